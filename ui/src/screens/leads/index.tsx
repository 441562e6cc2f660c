import { useEffect, useId, useState, type FormEvent } from "react";
import type { AccountSummary, CreatedLead, LanguageOption, LeadForm, StaticDataRow } from "../../bindings";
import { useBackend } from "../../backend";
import { useWords } from "../../i18n";
import { ForAccount } from "../../components/AccountPicker";
import { Card } from "../../components/Card";
import { ActionNotice } from "../../components/ActionNotice";
import { Done, DoneButton } from "../../components/Done";
import { Field } from "../../components/Field";
import { TechnicalDetails } from "../../components/TechnicalDetails";
import { formatPhone } from "../../phone";
import { Screen } from "../../components/Screen";
import { fieldProblem, useAction, type ActionState } from "../../useAction";
import { useLoad } from "../../useLoad";
import { LeadsBook } from "./LeadsBook";
import "../../components/forms.css";
import "../getvocal.css";

export function LeadsScreen() {
  const [book, , reloadBook] = useLoad("leadsBook");
  const [accounts] = useLoad("listAccounts");
  const { t } = useWords();
  return (
    <Screen id="leads" title={t("leads-title")} purpose={t("leads-purpose")}>
      <LeadsBook book={book} accounts={accounts.state === "ready" ? accounts.data : []} onChanged={reloadBook} />
      <ForAccount platform="getvocal">{(account) => <LeadFormCard account={account} onCreated={reloadBook} />}</ForAccount>
    </Screen>
  );
}

const emptyForm: LeadForm = {
  phone_number: "",
  first_name: "",
  last_name: "",
  email_address: "",
  company_name: "",
  customer_lead_id: "",
  static_data: [],
  language: "",
};

type TextField = Exclude<keyof LeadForm, "static_data" | "language">;

/** Each text field with the catalogue ids of its label and hint. */
const textFields: { name: TextField; label: string; hint: string; type?: string }[] = [
  { name: "phone_number", label: "leads-field-phone", hint: "leads-field-phone-hint", type: "tel" },
  { name: "first_name", label: "leads-field-first-name", hint: "leads-field-first-name-hint" },
  { name: "last_name", label: "leads-field-last-name", hint: "leads-field-last-name-hint" },
  { name: "email_address", label: "leads-field-email", hint: "leads-field-email-hint", type: "email" },
  { name: "company_name", label: "leads-field-company", hint: "leads-field-company-hint" },
  { name: "customer_lead_id", label: "leads-field-reference", hint: "leads-field-reference-hint" },
];

function LeadFormCard({ account, onCreated }: { account: AccountSummary; onCreated?: () => void }) {
  const backend = useBackend();
  const [form, setForm] = useState<LeadForm>(emptyForm);
  const action = useAction<CreatedLead>();
  const languages = useLanguages();
  const { t } = useWords();
  const ids = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run((actionKey) => backend.getvocalCreateLead(account.id, actionKey, form));
    onCreated?.();
  }

  function startOver() {
    setForm(emptyForm);
    action.reset();
  }

  const setRows = (rows: StaticDataRow[]) => setForm({ ...form, static_data: rows });
  const done = action.current.state === "done";

  return (
    <Card title={t("leads-add-title")} description={t("leads-add-description")}>
      <LeadResult current={action.current} onAgain={startOver} />
      <form onSubmit={submit} className="form" data-testid="lead-form">
        <fieldset className="form-lock" disabled={done}>
          <legend className="visually-hidden">{t("leads-add-legend")}</legend>
          <div className="form-grid">
            {textFields.map(({ name, label, hint, type }) => (
              <Field key={name} id={`${ids}-${name}`} name={name} label={t(label)} hint={t(hint)} problem={fieldProblem(action.current, name)}>
                <input
                  id={`${ids}-${name}`}
                  type={type ?? "text"}
                  value={form[name]}
                  onChange={(event) => setForm({ ...form, [name]: event.target.value })}
                  data-testid={`field-${name}`}
                />
              </Field>
            ))}
            <Field
              id={`${ids}-language`}
              name="language"
              label={t("leads-field-language")}
              hint={t("leads-field-language-hint")}
              problem={fieldProblem(action.current, "language")}
            >
              <select
                id={`${ids}-language`}
                value={form.language}
                onChange={(event) => setForm({ ...form, language: event.target.value })}
                data-testid="field-language"
              >
                <option value="">{t("leads-language-default")}</option>
                {languages.map((language) => (
                  <option key={language.code} value={language.code}>
                    {language.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <StaticData rows={form.static_data} onChange={setRows} problem={fieldProblem(action.current, "static_data")} />
        </fieldset>
        <div className="form-actions">
          {done ? (
            <DoneButton />
          ) : (
            <button type="submit" className="button" disabled={action.busy || action.mustConfirm} data-testid="submit-lead">
              {action.busy ? t("leads-creating") : t("leads-create")}
            </button>
          )}
        </div>
      </form>
      <ActionNotice current={action.current} accountId={account.id} onCheckedNotApplied={action.reset} />
    </Card>
  );
}

/** The language list comes from the engine; without it the select still offers the default. */
function useLanguages(): LanguageOption[] {
  const backend = useBackend();
  const [languages, setLanguages] = useState<LanguageOption[]>([]);
  useEffect(() => {
    backend.leadLanguages().then(setLanguages, () => setLanguages([]));
  }, [backend]);
  return languages;
}

/** Extra details as name/value rows; GetVocal receives them as `static_data`. */
function StaticData({ rows, onChange, problem }: { rows: StaticDataRow[]; onChange: (rows: StaticDataRow[]) => void; problem: string | null }) {
  const { t } = useWords();
  const update = (index: number, change: Partial<StaticDataRow>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <fieldset className={problem ? "static-data has-problem" : "static-data"}>
      <legend>{t("leads-details")}</legend>
      <p className="hint">{t("leads-details-hint")}</p>
      {rows.map((row, index) => (
        <div className="static-row" key={index} data-testid={`row-static-${index}`}>
          <input
            aria-label={t("leads-detail-name", { number: index + 1 })}
            placeholder={t("leads-detail-name-placeholder")}
            value={row.key}
            onChange={(event) => update(index, { key: event.target.value })}
            data-testid={`field-static-key-${index}`}
          />
          <input
            aria-label={t("leads-detail-value", { number: index + 1 })}
            placeholder={t("leads-detail-value-placeholder")}
            value={row.value}
            onChange={(event) => update(index, { value: event.target.value })}
            data-testid={`field-static-value-${index}`}
          />
          <button type="button" className="link-button" onClick={() => onChange(rows.filter((_, at) => at !== index))} data-testid={`remove-static-${index}`}>
            {t("leads-detail-remove")}
          </button>
        </div>
      ))}
      <button type="button" className="button secondary small" onClick={() => onChange([...rows, { key: "", value: "" }])} data-testid="add-static">
        {t("leads-detail-add")}
      </button>
      {problem && (
        <p className="field-problem" role="alert" data-testid="problem-static_data">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

function LeadResult({ current, onAgain }: { current: ActionState<CreatedLead>; onAgain: () => void }) {
  const { t } = useWords();
  if (current.state !== "done") return null;
  const lead = current.answer;
  const existed = lead.status === "EXISTING";
  const who = lead.name.trim() || formatPhone(lead.phone_number);
  return (
    <Done
      testId="result-lead"
      title={existed ? t("leads-result-existed", { who }) : t("leads-result-added", { who })}
      again={t("leads-result-another")}
      onAgain={onAgain}
    >
      <dl className="facts">
        <dt>{t("leads-result-who")}</dt>
        <dd>
          {lead.name.trim() || t("leads-no-name")}{" "}
          <span className={existed ? "badge" : "badge badge-ok"} data-testid="result-lead-status">
            {existed ? t("leads-result-already-existed") : lead.status === "CREATED" ? t("leads-result-created") : lead.status}
          </span>
        </dd>
        <dt>{t("leads-result-phone")}</dt>
        <dd className="phone-number">{formatPhone(lead.phone_number)}</dd>
        {lead.customer_lead_id && (
          <>
            <dt>{t("leads-result-reference")}</dt>
            <dd>{lead.customer_lead_id}</dd>
          </>
        )}
      </dl>
      <p className="muted">{t("leads-result-next")}</p>
      <TechnicalDetails>
        <p>
          {t("leads-result-lead-id")} <code data-testid="result-lead-id">{lead.id}</code>
        </p>
      </TechnicalDetails>
    </Done>
  );
}
