import { useCallback, useId, useState, type FormEvent } from "react";
import type { AccountRules, AccountSummary, CallingSettings, Explanation, RuleHours, Weekday } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { thrownToExplanation } from "../../errors";
import { useWords } from "../../i18n";
import { useLoadWith } from "../../useLoad";
import { describeDays, weekdays } from "../import/words";

type Loaded = { settings: CallingSettings; accounts: AccountSummary[] };

/**
 * The calling rules Callboard applies besides each country's own: the default for countries
 * without a rule, and each client's (account's) stricter hours, attempt limit and consent
 * coverage. Nothing here can loosen a legal rule.
 */
export function CallingRulesSection() {
  const backend = useBackend();
  const load = useCallback(async (): Promise<Result<Loaded, Explanation>> => {
    const [settings, accounts] = await Promise.all([backend.callingSettings(), backend.listAccounts()]);
    if (settings.status === "error") return settings;
    if (accounts.status === "error") return accounts;
    return { status: "ok", data: { settings: settings.data, accounts: accounts.data } };
  }, [backend]);
  // After a save the section reads the settings again in place, so "Saved." stays in view.
  const [loaded, reload, refresh] = useLoadWith<Loaded>(["callingSettingsAndAccounts"], load);
  const { t } = useWords();
  if (loaded.state === "loading") return <Loading label={t("settings-rules-loading")} />;
  if (loaded.state === "failed") return <ErrorNotice error={loaded.error} onRetry={reload} />;
  return (
    <Card title={t("settings-rules-title")} description={t("settings-rules-description")}>
      <DefaultRule saved={loaded.data.settings.default_rule} onSaved={refresh} />
      <ClientRules settings={loaded.data.settings} accounts={loaded.data.accounts} onSaved={refresh} />
    </Card>
  );
}

function HoursFields({ id, hours, onHours }: { id: string; hours: RuleHours; onHours: (hours: RuleHours) => void }) {
  const { t } = useWords();
  function toggle(day: Weekday, on: boolean) {
    const days = on ? [...hours.days, day] : hours.days.filter((known) => known !== day);
    onHours({ ...hours, days: weekdays.map((known) => known.value).filter((known) => days.includes(known)) });
  }
  return (
    <>
      <div className="when-fields">
        <Field id={`${id}-from`} name="from" label={t("settings-rules-from")}>
          <input
            id={`${id}-from`}
            type="time"
            value={hours.from}
            onChange={(event) => onHours({ ...hours, from: event.target.value })}
            data-testid={`${id}-from`}
          />
        </Field>
        <Field id={`${id}-to`} name="to" label={t("settings-rules-to")}>
          <input id={`${id}-to`} type="time" value={hours.to} onChange={(event) => onHours({ ...hours, to: event.target.value })} data-testid={`${id}-to`} />
        </Field>
      </div>
      <div className="weekdays" role="group" aria-label={t("settings-rules-days")}>
        {weekdays.map((day) => (
          <label key={day.value} className="weekday" data-intl>
            <input
              type="checkbox"
              checked={hours.days.includes(day.value)}
              onChange={(event) => toggle(day.value, event.target.checked)}
              data-testid={`${id}-day-${day.value}`}
            />{" "}
            {day.short}
          </label>
        ))}
      </div>
    </>
  );
}

function useSave() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const [saved, setSaved] = useState(false);
  async function save(request: () => Promise<Result<CallingSettings, Explanation>>, then: () => void) {
    setBusy(true);
    setProblem(null);
    setSaved(false);
    try {
      const result = await request();
      if (result.status === "ok") {
        setSaved(true);
        then();
      } else setProblem(result.error);
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    } finally {
      setBusy(false);
    }
  }
  return { busy, problem, saved, save };
}

function DefaultRule({ saved, onSaved }: { saved: RuleHours; onSaved: () => void }) {
  const backend = useBackend();
  const id = useId();
  const [hours, setHours] = useState(saved);
  const { busy, problem, saved: done, save } = useSave();
  const { t } = useWords();
  function submit(event: FormEvent) {
    event.preventDefault();
    save(() => backend.callingSaveDefaultRule(hours), onSaved);
  }
  return (
    <form className="form" onSubmit={submit} data-testid="default-rule-form">
      <h3>{t("settings-rules-other-countries")}</h3>
      <p className="hint">{t("settings-rules-other-countries-hint")}</p>
      <HoursFields id={`rule-default${id}`.replaceAll(":", "")} hours={hours} onHours={setHours} />
      <p className="hint" data-testid="default-rule-words">
        {t("settings-rules-default-words", { from: hours.from, to: hours.to, days: describeDays(hours.days) })}
      </p>
      {problem && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} data-testid="save-default-rule">
          {busy ? t("settings-rules-saving") : t("settings-rules-save-default")}
        </button>
        {done && (
          <span className="success-note" role="status">
            {t("settings-rules-saved")}
          </span>
        )}
      </div>
    </form>
  );
}

function ClientRules({ settings, accounts, onSaved }: { settings: CallingSettings; accounts: AccountSummary[]; onSaved: () => void }) {
  const backend = useBackend();
  const ids = useId();
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? "");
  const stored = (id: string): AccountRules =>
    settings.accounts.find((rules) => rules.account_id === id) ?? {
      account_id: id,
      hours: null,
      max_attempts: null,
      per_days: null,
      consent_rules_apply: false,
    };
  const [rules, setRules] = useState<AccountRules>(stored(accountId));
  const { busy, problem, saved, save } = useSave();
  const { t } = useWords();
  if (accounts.length === 0) return <p className="muted">{t("settings-rules-no-account")}</p>;
  function submit(event: FormEvent) {
    event.preventDefault();
    save(() => backend.callingSaveAccountRules(rules), onSaved);
  }
  const number = (text: string) => (text.trim() === "" ? null : Number(text));
  return (
    <form className="form" onSubmit={submit} data-testid="client-rules-form">
      <h3>{t("settings-rules-client")}</h3>
      <p className="hint">{t("settings-rules-client-hint")}</p>
      <Field id={`${ids}-account`} name="account_id" label={t("settings-rules-account")}>
        <select
          id={`${ids}-account`}
          value={accountId}
          onChange={(event) => {
            setAccountId(event.target.value);
            setRules(stored(event.target.value));
          }}
          data-testid="field-rules-account"
        >
          {accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="checkbox-row">
        <input
          id={`${ids}-hours`}
          type="checkbox"
          checked={rules.hours !== null}
          onChange={(event) =>
            setRules({ ...rules, hours: event.target.checked ? { from: "10:00", to: "18:00", days: ["mon", "tue", "wed", "thu", "fri"] } : null })
          }
          data-testid="field-rules-with-hours"
        />
        <label htmlFor={`${ids}-hours`}>{t("settings-rules-narrower")}</label>
      </div>
      {rules.hours && <HoursFields id="rule-client" hours={rules.hours} onHours={(hours) => setRules({ ...rules, hours })} />}
      <div className="when-fields">
        <Field id={`${ids}-max`} name="max_attempts" label={t("settings-rules-max")} problem={problem?.field === "max_attempts" ? problem.title : null}>
          <input
            id={`${ids}-max`}
            type="number"
            min={1}
            className="short-input"
            value={rules.max_attempts ?? ""}
            onChange={(event) => setRules({ ...rules, max_attempts: number(event.target.value) })}
            data-testid="field-rules-max"
          />
        </Field>
        <Field id={`${ids}-days`} name="per_days" label={t("settings-rules-per-days")}>
          <input
            id={`${ids}-days`}
            type="number"
            min={1}
            className="short-input"
            value={rules.per_days ?? ""}
            onChange={(event) => setRules({ ...rules, per_days: number(event.target.value) })}
            data-testid="field-rules-days"
          />
        </Field>
      </div>
      <div className="checkbox-row">
        <input
          id={`${ids}-consent`}
          type="checkbox"
          checked={rules.consent_rules_apply}
          onChange={(event) => setRules({ ...rules, consent_rules_apply: event.target.checked })}
          data-testid="field-rules-consent"
        />
        <label htmlFor={`${ids}-consent`}>{t("settings-rules-consent")}</label>
      </div>
      {problem && problem.field !== "max_attempts" && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} data-testid="save-client-rules">
          {busy ? t("settings-rules-saving") : t("settings-rules-save-client")}
        </button>
        {saved && (
          <span className="success-note" role="status">
            {t("settings-rules-saved")}
          </span>
        )}
      </div>
    </form>
  );
}
