import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { ActionRecord, Explanation, TopUpForm, TopUpPlan, WorkspaceBalance } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { ForAccount } from "../../components/AccountPicker";
import { AwazWait } from "../../awaz/AwazWait";
import { Confirm } from "../../awaz/Confirm";
import { ExportButton } from "../../awaz/ExportButton";
import "../../components/forms.css";
import "../getvocal.css";
import "./credits.css";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { OutcomeBadge, outcomeWords } from "../../components/OutcomeBadge";
import { Done, DoneButton } from "../../components/Done";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { thrownToExplanation } from "../../errors";
import { useAction } from "../../useAction";
import { useLoad, useLoadWith } from "../../useLoad";
import { formatMoment } from "../../when";
import { useWords, words } from "../../i18n";
import { ownLocale } from "../../preferences";

export function CreditsScreen() {
  const { t } = useWords();
  // After every top-up sent or settled, the lists of top-ups are read again at once.
  const queries = useQueryClient();
  const refresh = useCallback(() => void queries.invalidateQueries({ queryKey: ["awazTopUps"] }), [queries]);
  return (
    <Screen id="credits" title={t("credits-title")} purpose={t("credits-purpose")}>
      <ForAccount platform="awaz">{(account) => <TopUpCard accountId={account.id} onSent={refresh} />}</ForAccount>
      <TopUpsJournal />
    </Screen>
  );
}

const emptyForm: TopUpForm = { workspace: "", kind: "credits", amount: "" };

function TopUpCard({ accountId, onSent }: { accountId: string; onSent: () => void }) {
  const backend = useBackend();
  const ids = useId();
  const { t } = useWords();
  const [form, setForm] = useState<TopUpForm>(emptyForm);
  // The reviewed top-up: its question (or the earlier one to settle first), its key and the
  // form as it was checked. While it is open the form is locked: what is shown is what is sent.
  const [plan, setPlan] = useState<TopUpPlan | null>(null);
  const [planProblem, setPlanProblem] = useState<Explanation | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [settling, setSettling] = useState(false);
  // One answer per click, even a double one: the state above changes only at the next render.
  const settlingNow = useRef(false);
  // What the last confirmation sent, to review it again after "it did not go through".
  const [lastSent, setLastSent] = useState<TopUpForm | null>(null);
  const action = useAction<WorkspaceBalance>();
  const loadRecent = useCallback(
    async (): Promise<Result<string[], Explanation>> => ({ status: "ok", data: (await backend.getSettings()).recent_workspaces }),
    [backend],
  );
  const [recent, reloadRecent] = useLoadWith(["recentWorkspaces"], loadRecent);
  const done = action.current.state === "done";
  const locked = plan !== null || reviewing || action.busy || settling || done;

  const problem = (field: string) => {
    if (planProblem?.field === field) return planProblem.title;
    return action.current.state === "error" && action.current.error.field === field ? action.current.error.title : null;
  };

  /** Checks `snapshot` and words its question; nothing is sent. */
  async function review(snapshot: TopUpForm) {
    action.reset();
    setPlan(null);
    setPlanProblem(null);
    setReviewing(true);
    try {
      const checked = await backend.awazPlanTopUp(accountId, snapshot);
      if (checked.status === "ok") {
        setPlan(checked.data);
        setForm(checked.data.form);
      } else {
        setPlanProblem(checked.error);
      }
    } catch (thrown) {
      setPlanProblem(thrownToExplanation(thrown));
    } finally {
      setReviewing(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (locked) return;
    void review(form);
  }

  /** Sends exactly what was confirmed: the plan's form under the plan's key. */
  async function send(confirmed: TopUpPlan) {
    setLastSent(confirmed.form);
    let unsettledEarlier = false;
    await action.run(async () => {
      const result = await backend.awazTopUp(accountId, confirmed.action_key, confirmed.form);
      unsettledEarlier = result.status === "error" && result.error.code === "journal.unsettled_earlier";
      return result;
    });
    setPlan(null);
    onSent();
    reloadRecent();
    // An earlier top-up to this workspace turned out unsettled: show it instead of sending.
    if (unsettledEarlier) await review(confirmed.form);
  }

  /**
   * Records what the person found in Awaz about `record`, then reviews `next` again (a new
   * question with a new key), or stops there when there is nothing more to send.
   */
  async function settle(record: ActionRecord, applied: boolean, next: TopUpForm | null) {
    if (settlingNow.current) return;
    settlingNow.current = true;
    setSettling(true);
    setPlanProblem(null);
    try {
      if (record.id !== null) {
        const settled = await backend.settleAction(record.id, applied);
        // Settled already (elsewhere, or by a double click): what matters is that it is settled.
        if (settled.status === "error" && settled.error.code !== "journal.already_settled") {
          setPlanProblem(settled.error);
          return;
        }
      }
      onSent();
      if (next) await review(next);
      else {
        setPlan(null);
        action.reset();
      }
    } catch (thrown) {
      setPlanProblem(thrownToExplanation(thrown));
    } finally {
      settlingNow.current = false;
      setSettling(false);
    }
  }

  function another() {
    action.reset();
    setForm(emptyForm);
  }

  const otherError =
    planProblem && !planProblem.field ? planProblem : action.current.state === "error" && !action.current.error.field ? action.current.error : null;

  return (
    <Card title={t("credits-top-up")} description={t("credits-top-up-intro")}>
      {action.current.state === "done" && (
        <Done testId="result-top-up" title={addedWords(lastSent ?? form)} again={t("credits-again")} onAgain={another}>
          <p>
            {t("credits-balance", {
              workspace: action.current.answer.company?.email || lastSent?.workspace || form.workspace,
              credits: action.current.answer.credits ?? "—",
              minutes: action.current.answer.minutes ?? "—",
            })}
          </p>
        </Done>
      )}
      <form onSubmit={submit} className="form" data-testid="top-up-form">
        {/* Each control says it is disabled too, so every way of asking (a screen reader, a test driver) agrees. */}
        <fieldset className="form-lock" disabled={locked} data-testid="top-up-fields">
          <legend className="visually-hidden">{t("credits-form")}</legend>
          <div className="form-grid">
            <Field id={`${ids}-workspace`} name="workspace" label={t("credits-workspace")} hint={t("credits-workspace-hint")} problem={problem("workspace")}>
              <input
                id={`${ids}-workspace`}
                list={`${ids}-recent`}
                value={form.workspace}
                onChange={(event) => setForm({ ...form, workspace: event.target.value })}
                disabled={locked}
                data-testid="field-workspace"
                autoComplete="off"
              />
              <datalist id={`${ids}-recent`}>
                {recent.state === "ready" && recent.data.map((workspace) => <option key={workspace} value={workspace} />)}
              </datalist>
            </Field>
            <fieldset className="toggle" aria-label={t("credits-kind")}>
              <legend>{t("credits-kind")}</legend>
              {(["credits", "minutes"] as const).map((kind) => (
                <label key={kind} className={form.kind === kind ? "toggle-option chosen" : "toggle-option"}>
                  <input
                    type="radio"
                    name={`${ids}-kind`}
                    value={kind}
                    checked={form.kind === kind}
                    onChange={() => setForm({ ...form, kind })}
                    disabled={locked}
                    data-testid={`field-kind-${kind}`}
                  />
                  {kind === "credits" ? t("credits-kind-credits") : t("credits-kind-minutes")}
                </label>
              ))}
              <p className="hint">{t("credits-kind-hint")}</p>
            </fieldset>
            <Field
              id={`${ids}-amount`}
              name="amount"
              label={form.kind === "credits" ? t("credits-amount-credits") : t("credits-amount-minutes")}
              hint={t("credits-amount-hint")}
              problem={problem("amount")}
            >
              <input
                id={`${ids}-amount`}
                inputMode="decimal"
                value={form.amount}
                onChange={(event) => setForm({ ...form, amount: event.target.value })}
                disabled={locked}
                data-testid="field-amount"
              />
            </Field>
          </div>
          {recent.state === "ready" && recent.data.length > 0 && (
            <p className="recent-workspaces">
              {t("credits-recent")}{" "}
              {recent.data.map((workspace) => (
                <button
                  key={workspace}
                  type="button"
                  className="chip"
                  onClick={() => setForm({ ...form, workspace })}
                  disabled={locked}
                  data-testid="recent-workspace"
                >
                  {workspace}
                </button>
              ))}
            </p>
          )}
        </fieldset>
        {plan && (
          <p className="muted" data-testid="top-up-locked">
            {t("credits-locked")}
          </p>
        )}
        {!plan && (
          <div className="form-actions">
            {done ? (
              <DoneButton />
            ) : (
              <button type="submit" className="button" disabled={locked} data-testid="submit-top-up">
                {reviewing ? t("credits-checking") : t("credits-review")}
              </button>
            )}
          </div>
        )}
      </form>
      {plan && plan.unsettled && (
        <UnsettledTopUp
          record={plan.unsettled}
          busy={settling || reviewing}
          onSettle={(applied) => settle(plan.unsettled!, applied, plan.form)}
          onLookAgain={() => review(plan.form)}
          onCancel={() => setPlan(null)}
        />
      )}
      {plan && !plan.unsettled && (
        <Confirm
          id="top-up"
          question={plan.question}
          confirmLabel={t("credits-confirm", { kind: plan.kind })}
          busy={action.busy}
          onConfirm={() => send(plan)}
          onCancel={() => setPlan(null)}
        >
          <p className="muted">{t("credits-sent-once")}</p>
        </Confirm>
      )}
      <AwazWait accountId={accountId} active={action.busy} />
      {otherError && <ErrorNotice error={otherError} />}
      {action.current.state === "unknown" && (
        <UnknownTopUp
          record={action.current.record}
          busy={settling || reviewing}
          onNotApplied={(record) => settle(record, false, lastSent ?? form)}
          onApplied={(record) => settle(record, true, null)}
        />
      )}
      {action.current.state === "earlier" && (
        <div className="warning-notice" role="alert" data-testid="result-earlier">
          <p className="error-title">{t("credits-earlier", { summary: action.current.record.summary })}</p>
          <p>{action.current.record.error ?? t("credits-earlier-on-its-way")}</p>
        </div>
      )}
    </Card>
  );
}

/** What a confirmed top-up did: "Added 30 minutes to north-clinic@…". */
function addedWords(sent: TopUpForm): string {
  const amount = Number(sent.amount.trim().replace(",", "."));
  const shown = Number.isFinite(amount) ? new Intl.NumberFormat(ownLocale()).format(amount) : sent.amount;
  return words().t("credits-added", { kind: sent.kind, amount: shown, workspace: sent.workspace });
}

/** Where to look in Awaz to know whether `record` went through. */
function WhatToCheck({ record }: { record: ActionRecord }) {
  const { t } = useWords();
  return (
    <p data-testid="what-to-check">
      {t("credits-what-to-check", {
        workspace: record.subject ?? t("credits-what-to-check-unknown"),
        kind: record.kind === "awaz_minutes" ? "minutes" : "credits",
        summary: record.summary,
        when: formatMoment(record.created_at),
      })}
    </p>
  );
}

/**
 * An earlier top-up to the same workspace is unsettled: no question is asked until the
 * person says what they found in Awaz, because sending now could add it twice.
 */
function UnsettledTopUp({
  record,
  busy,
  onSettle,
  onLookAgain,
  onCancel,
}: {
  record: ActionRecord;
  busy: boolean;
  onSettle: (applied: boolean) => void;
  onLookAgain: () => void;
  onCancel: () => void;
}) {
  const onItsWay = record.state === "Pending";
  // Keyboard users land on the panel (not on one of its answers) when it replaces the question.
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  const { t } = useWords();
  return (
    <div ref={panel} tabIndex={-1} className="warning-notice" role="alert" data-testid="unsettled-top-up">
      <p className="error-title">{t("credits-unsettled", { summary: record.summary, when: formatMoment(record.created_at), account: record.account_name })}</p>
      {onItsWay ? (
        <>
          <p>{t("credits-unsettled-on-its-way")}</p>
          <div className="form-actions">
            <button type="button" className="button" disabled={busy} onClick={onLookAgain} data-testid="unsettled-look-again">
              {t("credits-look-again")}
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={onCancel} data-testid="cancel-unsettled">
              {t("credits-cancel")}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t("credits-unsettled-may-have")}</p>
          <WhatToCheck record={record} />
          <div className="form-actions">
            <button type="button" className="button secondary" disabled={busy} onClick={() => onSettle(true)} data-testid="settle-applied">
              {t("credits-settle-applied")}
            </button>
            <button type="button" className="button secondary" disabled={busy} onClick={() => onSettle(false)} data-testid="settle-not-applied">
              {t("credits-settle-not-applied")}
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={onCancel} data-testid="cancel-unsettled">
              {t("credits-cancel")}
            </button>
          </div>
          <p className="muted">{t("credits-unsettled-after")}</p>
        </>
      )}
    </div>
  );
}

/**
 * "We don't know": Awaz has no way to read a workspace's balance, so checking means looking
 * at the workspace in Awaz, with Callboard's own record of what was sent beside it. Sending
 * again goes through a new review and a new confirmation.
 */
function UnknownTopUp({
  record,
  busy,
  onNotApplied,
  onApplied,
}: {
  record: ActionRecord;
  busy: boolean;
  onNotApplied: (record: ActionRecord) => void;
  onApplied: (record: ActionRecord) => void;
}) {
  const { t } = useWords();
  return (
    <div className="warning-notice" role="alert" data-testid="result-unknown">
      <p className="error-title">{t("credits-unknown", { summary: record.summary })}</p>
      <p>{t("credits-unknown-words")}</p>
      <WhatToCheck record={record} />
      <p>{t("credits-unknown-records")}</p>
      <WorkspaceRecords workspace={record.subject} />
      <div className="form-actions">
        <button type="button" className="button secondary" disabled={busy} onClick={() => onNotApplied(record)} data-testid="confirm-resend-top-up">
          {t("credits-unknown-resend")}
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={() => onApplied(record)} data-testid="top-up-was-applied">
          {t("credits-unknown-applied")}
        </button>
      </div>
      <p className="muted">{t("credits-unknown-confirm-again")}</p>
    </div>
  );
}

function WorkspaceRecords({ workspace }: { workspace: string | null }) {
  const [records, retry] = useLoad("awazTopUps", workspace);
  const { t } = useWords();
  if (records.state === "loading") return <Loading label={t("credits-reading-records")} />;
  if (records.state === "failed") return <ErrorNotice error={records.error} onRetry={retry} />;
  return <TopUpTable records={records.data} />;
}

function TopUpsJournal() {
  const backend = useBackend();
  const [records, retry] = useLoad("awazTopUps", null);
  const { t } = useWords();
  return (
    <Card title={t("credits-journal")} description={t("credits-journal-intro")}>
      {records.state === "loading" && <Loading label={t("credits-journal-loading")} />}
      {records.state === "failed" && <ErrorNotice error={records.error} onRetry={retry} />}
      {records.state === "ready" &&
        (records.data.length === 0 ? (
          <p className="empty">{t("credits-journal-empty")}</p>
        ) : (
          <>
            <TopUpTable records={records.data} />
            <ExportButton id="top-ups" rows={records.data.length} exportRows={() => backend.awazExportTopUps(null)} />
          </>
        ))}
    </Card>
  );
}

/** A top-up's ending in the app's one vocabulary: Done, Refused, Needs a check or Being sent. */
const outcomeOfRecord = { Succeeded: "done", Failed: "refused", Unknown: "needs_check", Pending: "pending" } as const;

function TopUpTable({ records }: { records: ActionRecord[] }) {
  const { t } = useWords();
  return (
    <table className="table" data-testid="top-ups">
      <thead>
        <tr>
          <th scope="col">{t("credits-when")}</th>
          <th scope="col">{t("credits-what")}</th>
          <th scope="col">{t("credits-account")}</th>
          <th scope="col">{t("credits-outcome")}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id} data-testid={`row-top-up-${record.id}`}>
            <td>{formatMoment(record.created_at)}</td>
            <td>{record.summary}</td>
            <td>{record.account_name}</td>
            <td>
              <span data-testid="top-up-outcome" data-label={outcomeWords(outcomeOfRecord[record.state]).label}>
                <OutcomeBadge outcome={outcomeOfRecord[record.state]} />
              </span>
              {record.error && <span className="muted outcome-reason"> {record.error}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
