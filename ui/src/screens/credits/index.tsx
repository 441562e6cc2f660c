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
import { useLoad } from "../../useLoad";
import { formatMoment } from "../../when";

export function CreditsScreen() {
  // Bumped after every top-up so the list below shows it at once.
  const [journalVersion, setJournalVersion] = useState(0);
  const refresh = useCallback(() => setJournalVersion((n) => n + 1), []);
  return (
    <Screen
      id="credits"
      title="Credits"
      purpose="Add credits or minutes to a client's Awaz workspace. Each top-up is sent once and kept in the list below."
    >
      <ForAccount platform="awaz">{(account) => <TopUpCard accountId={account.id} onSent={refresh} />}</ForAccount>
      <TopUpsJournal version={journalVersion} />
    </Screen>
  );
}

const emptyForm: TopUpForm = { workspace: "", kind: "credits", amount: "" };

function TopUpCard({ accountId, onSent }: { accountId: string; onSent: () => void }) {
  const backend = useBackend();
  const ids = useId();
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
  const [recent, reloadRecent] = useLoad(loadRecent);
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
    planProblem && !planProblem.field
      ? planProblem
      : action.current.state === "error" && !action.current.error.field
        ? action.current.error
        : null;

  return (
    <Card title="Top up a workspace" description="You will see exactly what will be added, and to whom, before anything is sent.">
      {action.current.state === "done" && (
        <Done testId="result-top-up" title={`${addedWords(action.current.record.summary)}.`} again="Top up again" onAgain={another}>
          <p>
            {action.current.answer.company?.email || lastSent?.workspace || form.workspace} now has {action.current.answer.credits} credits and{" "}
            {action.current.answer.minutes} minutes.
          </p>
        </Done>
      )}
      <form onSubmit={submit} className="form" data-testid="top-up-form">
        {/* Each control says it is disabled too, so every way of asking (a screen reader, a test driver) agrees. */}
        <fieldset className="form-lock" disabled={locked} data-testid="top-up-fields">
          <legend className="visually-hidden">The top-up</legend>
          <div className="form-grid">
            <Field
              id={`${ids}-workspace`}
              name="workspace"
              label="Client workspace"
              hint="The email address the client's Awaz workspace is registered with, or its ID. Workspaces you topped up recently are suggested."
              problem={problem("workspace")}
            >
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
            <fieldset className="toggle" aria-label="What to add">
              <legend>What to add</legend>
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
                  {kind === "credits" ? "Credits" : "Minutes"}
                </label>
              ))}
              <p className="hint">Credits pay for the workspace's usage; minutes are call time.</p>
            </fieldset>
            <Field
              id={`${ids}-amount`}
              name="amount"
              label={form.kind === "credits" ? "Credits to add" : "Minutes to add"}
              hint="A number more than zero, for example 25 or 10.50."
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
              Recent:{" "}
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
            The form is locked while you look at this, so what you confirm is exactly what is sent. Cancel to change it.
          </p>
        )}
        {!plan && (
          <div className="form-actions">
            {done ? (
              <DoneButton />
            ) : (
              <button type="submit" className="button" disabled={locked} data-testid="submit-top-up">
                {reviewing ? "Checking…" : "Review top-up"}
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
          confirmLabel={`Yes, add ${plan.kind}`}
          busy={action.busy}
          onConfirm={() => send(plan)}
          onCancel={() => setPlan(null)}
        >
          <p className="muted">This is sent to Awaz once and recorded on this computer.</p>
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
          <p className="error-title">This top-up was already sent: {action.current.record.summary}.</p>
          <p>{action.current.record.error ?? "It is still on its way. Wait for its answer in the list below."}</p>
        </div>
      )}
    </Card>
  );
}

/** A top-up's summary ("Add 30 minutes to …") as what was done ("Added 30 minutes to …"). */
function addedWords(summary: string): string {
  return summary.replace(/^Add /, "Added ");
}

/** "credits" or "minutes": what a top-up record added. */
function unitOf(record: ActionRecord): string {
  return record.kind === "awaz_minutes" ? "minutes" : "credits";
}

/** Where to look in Awaz to know whether `record` went through. */
function WhatToCheck({ record }: { record: ActionRecord }) {
  const unit = unitOf(record);
  return (
    <p data-testid="what-to-check">
      Open the workspace <strong>{record.subject ?? "it was sent to"}</strong> in Awaz and look at its {unit} balance and its{" "}
      {unit} history. If “{record.summary}” shows there (around {formatMoment(record.created_at)}), it went through.
      Callboard can't read a workspace's balance from Awaz, so only you can tell.
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
  return (
    <div ref={panel} tabIndex={-1} className="warning-notice" role="alert" data-testid="unsettled-top-up">
      <p className="error-title">
        Wait: an earlier top-up to this workspace may have gone through — “{record.summary}”, sent{" "}
        {formatMoment(record.created_at)} from “{record.account_name}”.
      </p>
      {onItsWay ? (
        <>
          <p>It is still on its way to Awaz. Nothing new is sent until its answer arrives.</p>
          <div className="form-actions">
            <button type="button" className="button" disabled={busy} onClick={onLookAgain} data-testid="unsettled-look-again">
              Look again
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={onCancel} data-testid="cancel-unsettled">
              Cancel
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Callboard sent it, but Awaz (or a server on the way) answered with an error after receiving it, so it may have
            been applied. Nothing new is sent until you check and say what you found.
          </p>
          <WhatToCheck record={record} />
          <div className="form-actions">
            <button type="button" className="button secondary" disabled={busy} onClick={() => onSettle(true)} data-testid="settle-applied">
              It went through
            </button>
            <button type="button" className="button secondary" disabled={busy} onClick={() => onSettle(false)} data-testid="settle-not-applied">
              It did not go through
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={onCancel} data-testid="cancel-unsettled">
              Cancel
            </button>
          </div>
          <p className="muted">After you answer, you will see the new top-up's question again before anything is sent.</p>
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
  const backend = useBackend();
  const load = useCallback(() => backend.awazTopUps(record.subject), [backend, record.subject]);
  return (
    <div className="warning-notice" role="alert" data-testid="result-unknown">
      <p className="error-title">This may have gone through: {record.summary}.</p>
      <p>
        Awaz (or a server on the way) answered with an error after receiving it. Don't send it again yet: if it was
        applied, sending it again would add it twice.
      </p>
      <WhatToCheck record={record} />
      <p>Here is everything Callboard sent to this workspace, with what Awaz answered:</p>
      <WorkspaceRecords load={load} />
      <div className="form-actions">
        <button type="button" className="button secondary" disabled={busy} onClick={() => onNotApplied(record)} data-testid="confirm-resend-top-up">
          I checked — it was NOT applied, send again
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={() => onApplied(record)} data-testid="top-up-was-applied">
          It was applied — nothing more to do
        </button>
      </div>
      <p className="muted">Sending again asks you to confirm once more first.</p>
    </div>
  );
}

function WorkspaceRecords({ load }: { load: () => Promise<Result<ActionRecord[], Explanation>> }) {
  const [records, retry] = useLoad(load);
  if (records.state === "loading") return <Loading label="Reading Callboard's records…" />;
  if (records.state === "failed") return <ErrorNotice error={records.error} onRetry={retry} />;
  return <TopUpTable records={records.data} />;
}

function TopUpsJournal({ version }: { version: number }) {
  const backend = useBackend();
  // `version` is part of the loader's identity so a new top-up reloads the list.
  const load = useCallback(() => {
    void version;
    return backend.awazTopUps(null);
  }, [backend, version]);
  const [records, retry] = useLoad(load);
  return (
    <Card title="Top-ups" description="Every top-up sent from this computer, newest first, with what Awaz answered.">
      {records.state === "loading" && <Loading label="Loading top-ups…" />}
      {records.state === "failed" && <ErrorNotice error={records.error} onRetry={retry} />}
      {records.state === "ready" &&
        (records.data.length === 0 ? (
          <p className="empty">No top-ups yet.</p>
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
  return (
    <table className="table" data-testid="top-ups">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Account</th>
          <th scope="col">Outcome</th>
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
