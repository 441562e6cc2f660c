import { useCallback, useId, useState, type FormEvent } from "react";
import type { ActionRecord, Explanation, TopUpForm, TopUpPlan, WorkspaceBalance } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { ForAccount } from "../../components/AccountPicker";
import { AwazWait } from "../../awaz/AwazWait";
import { Confirm } from "../../awaz/Confirm";
import { toneClass } from "../../awaz/callStatus";
import { ExportButton } from "../../awaz/ExportButton";
import "../../components/forms.css";
import "../getvocal.css";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
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
  const [plan, setPlan] = useState<TopUpPlan | null>(null);
  const [planProblem, setPlanProblem] = useState<Explanation | null>(null);
  const action = useAction<WorkspaceBalance>();
  const loadRecent = useCallback(
    async (): Promise<Result<string[], Explanation>> => ({ status: "ok", data: (await backend.getSettings()).recent_workspaces }),
    [backend],
  );
  const [recent, reloadRecent] = useLoad(loadRecent);

  const problem = (field: string) => {
    if (planProblem?.field === field) return planProblem.title;
    return action.current.state === "error" && action.current.error.field === field ? action.current.error.title : null;
  };

  async function review(event: FormEvent) {
    event.preventDefault();
    action.reset();
    setPlanProblem(null);
    const checked = await backend.awazPlanTopUp(form);
    if (checked.status === "ok") setPlan(checked.data);
    else setPlanProblem(checked.error);
  }

  async function send() {
    await action.run((actionKey) => backend.awazTopUp(accountId, actionKey, form));
    setPlan(null);
    onSent();
    reloadRecent();
  }

  const otherError =
    planProblem && !planProblem.field
      ? planProblem
      : action.current.state === "error" && !action.current.error.field
        ? action.current.error
        : null;

  return (
    <Card title="Top up a workspace" description="You will see exactly what will be added, and to whom, before anything is sent.">
      <form onSubmit={review} className="form" data-testid="top-up-form">
        <div className="form-grid">
          <Field
            id={`${ids}-workspace`}
            name="workspace"
            label="Client workspace"
            hint="The email address the client's Awaz workspace is registered with, or its id. Workspaces you topped up recently are suggested."
            problem={problem("workspace")}
          >
            <input
              id={`${ids}-workspace`}
              list={`${ids}-recent`}
              value={form.workspace}
              onChange={(event) => setForm({ ...form, workspace: event.target.value })}
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
                data-testid="recent-workspace"
              >
                {workspace}
              </button>
            ))}
          </p>
        )}
        {!plan && (
          <div className="form-actions">
            <button type="submit" className="button" disabled={action.busy || action.mustConfirm} data-testid="submit-top-up">
              Review top-up
            </button>
          </div>
        )}
      </form>
      {plan && (
        <Confirm
          id="top-up"
          question={plan.question}
          confirmLabel={`Yes, add ${plan.kind}`}
          busy={action.busy}
          onConfirm={send}
          onCancel={() => setPlan(null)}
        >
          <p className="muted">This is sent to Awaz once and recorded on this computer.</p>
        </Confirm>
      )}
      <AwazWait accountId={accountId} active={action.busy} />
      {otherError && <ErrorNotice error={otherError} />}
      {action.current.state === "done" && (
        <div className="result-panel" role="status" data-testid="result-top-up">
          <p className="result-title">Done: {action.current.record.summary}.</p>
          <p>
            {action.current.answer.company?.email || form.workspace} now has {action.current.answer.credits} credits and{" "}
            {action.current.answer.minutes} minutes.
          </p>
        </div>
      )}
      {action.current.state === "unknown" && (
        <UnknownTopUp
          record={action.current.record}
          busy={action.busy}
          onNotApplied={() => {
            action.reset();
            // A new intent: useAction makes a new key because the last one got its answer.
            void send();
          }}
          onApplied={() => action.reset()}
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

/**
 * "We don't know": Awaz has no way to read a workspace's balance, so checking means looking
 * at the workspace in Awaz, with Callboard's own record of what was sent beside it.
 */
function UnknownTopUp({
  record,
  busy,
  onNotApplied,
  onApplied,
}: {
  record: ActionRecord;
  busy: boolean;
  onNotApplied: () => void;
  onApplied: () => void;
}) {
  const backend = useBackend();
  const [checking, setChecking] = useState(false);
  const load = useCallback(() => backend.awazTopUps(record.subject), [backend, record.subject]);
  return (
    <div className="warning-notice" role="alert" data-testid="result-unknown">
      <p className="error-title">We don't know if it was applied: {record.summary}.</p>
      <p>
        The request was sent, but Awaz's answer never arrived. Don't send it again yet: if it was applied, sending again
        would add it twice.
      </p>
      {!checking ? (
        <button type="button" className="button" onClick={() => setChecking(true)} data-testid="check-top-up">
          Check first
        </button>
      ) : (
        <>
          <p>
            Callboard can't read a workspace's balance from Awaz. Open <strong>{record.subject}</strong> in Awaz and look
            at its balance. Here is everything Callboard sent to this workspace:
          </p>
          <WorkspaceRecords load={load} />
          <div className="form-actions">
            <button type="button" className="button" disabled={busy} onClick={onNotApplied} data-testid="confirm-resend-top-up">
              I checked — it was NOT applied, send again
            </button>
            <button type="button" className="link-button" onClick={onApplied} data-testid="top-up-was-applied">
              It was applied — nothing more to do
            </button>
          </div>
        </>
      )}
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

const outcomes: Record<ActionRecord["state"], { label: string; tone: keyof typeof toneClass }> = {
  Succeeded: { label: "Done", tone: "good" },
  Failed: { label: "Not applied", tone: "bad" },
  Unknown: { label: "Unknown — check", tone: "waiting" },
  Pending: { label: "Sending", tone: "waiting" },
};

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
              <span className={toneClass[outcomes[record.state].tone]} title={record.error ?? undefined} data-testid="top-up-outcome">
                {outcomes[record.state].label}
              </span>
              {record.error && <span className="muted outcome-reason"> {record.error}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
