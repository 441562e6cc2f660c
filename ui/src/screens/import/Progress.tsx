import { useCallback, useEffect, useRef, useState } from "react";
import type { BulkRowView, CheckResult, Explanation, JobView, RowStage } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { ExportButton } from "../../awaz/ExportButton";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { thrownToExplanation } from "../../errors";
import { useLoad } from "../../useLoad";
import { count, localClock, plural, remaining, targetWords } from "./words";

/** How often a running job is asked where it stands. */
export const POLL_MS = 500;

/**
 * Follows one bulk job: a progress bar with its counts, Awaz's "wait" when it throttles us,
 * pause / resume / cancel, and at the end the rows that failed with a way to retry or export them,
 * and the rows the calling rules skipped, with the rule and from when it allows a call.
 */
export function JobProgress({ initial }: { initial: JobView }) {
  const backend = useBackend();
  const [job, setJob] = useState(initial);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const inFlight = useRef(false);

  useEffect(() => {
    if (job.state !== "running") return;
    let current = true;
    const timer = setTimeout(() => {
      backend.bulkStatus(job.id).then(
        (result) => {
          if (!current) return;
          if (result.status === "ok") setJob(result.data);
          else setProblem(result.error);
        },
        // An engine that did not answer once is asked again at the next tick.
        () => current && setJob((known) => ({ ...known })),
      );
    }, POLL_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [backend, job]);

  async function control(send: () => Promise<Result<JobView, Explanation>>) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const result = await send();
      if (result.status === "ok") setJob(result.data);
      else setProblem(result.error);
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    } finally {
      inFlight.current = false;
      setBusy(false);
      setConfirmingCancel(false);
    }
  }

  const [one] = targetWords(job.target).record;
  const settled = job.done + job.failed + job.skipped;
  const percent = job.total === 0 ? 100 : Math.round((settled / job.total) * 100);
  const over = job.state === "finished" || job.state === "cancelled";

  return (
    <section className="card job-progress" aria-label="Progress" data-testid={`job-${job.id}`} data-state={job.state}>
      <header className="card-header">
        <h2>{headline(job)}</h2>
        <p className="muted">
          {plural(job.total, "person", "people")} from your spreadsheet, each becoming a {one} in “{job.account_name}” (with their call, when you asked for one).
        </p>
      </header>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label="Rows sent"
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={settled}
        data-testid="job-progress-bar"
      >
        <span className="progress-done" style={{ width: `${job.total === 0 ? 100 : (job.done / job.total) * 100}%` }} />
        <span className="progress-failed" style={{ width: `${job.total === 0 ? 0 : (job.failed / job.total) * 100}%` }} />
        <span className="progress-skipped" style={{ width: `${job.total === 0 ? 0 : (job.skipped / job.total) * 100}%` }} />
      </div>
      <p className="muted">{percent}% handled</p>
      <dl className="job-counts" data-testid="job-counts">
        <div>
          <dt>Done</dt>
          <dd data-testid="job-done">{count(job.done)}</dd>
        </div>
        <div>
          <dt>Failed</dt>
          <dd data-testid="job-failed">{count(job.failed)}</dd>
        </div>
        {job.skipped > 0 && (
          <div>
            <dt title="Not sent: a calling rule or the do-not-call list does not allow calling them.">Skipped</dt>
            <dd data-testid="job-skipped">{count(job.skipped)}</dd>
          </div>
        )}
        <div>
          <dt title="Sent, but the platform's answer was lost: Callboard checks before sending again.">Being checked</dt>
          <dd data-testid="job-unknown">{count(job.unknown)}</dd>
        </div>
        <div>
          <dt title="Not sent yet: waiting for their turn or for the platform's go-ahead.">Waiting</dt>
          <dd data-testid="job-waiting">{count(job.waiting)}</dd>
        </div>
      </dl>
      {job.state === "running" && job.waiting_for_budget_until && (
        <p className="warning-notice" role="status" data-testid="job-throttled">
          Awaz asked us to wait — continuing at {localClock(job.waiting_for_budget_until)}. Nothing is lost; the rest is sent automatically.
        </p>
      )}
      {!over && (
        <div className="form-actions">
          {job.state === "running" && (
            <button type="button" className="button secondary" disabled={busy} onClick={() => control(() => backend.bulkPause(job.id))} data-testid="job-pause">
              Pause
            </button>
          )}
          {(job.state === "paused" || job.state === "interrupted") && (
            <button type="button" className="button" disabled={busy} onClick={() => control(() => backend.bulkResume(job.id))} data-testid="job-resume">
              Resume
            </button>
          )}
          {!confirmingCancel && (
            <button type="button" className="button danger-outline" disabled={busy} onClick={() => setConfirmingCancel(true)} data-testid="job-cancel">
              Cancel…
            </button>
          )}
        </div>
      )}
      {confirmingCancel && !over && (
        <div className="confirm-panel" role="alertdialog" aria-label="Cancel the import" data-testid="dialog-cancel-job">
          <p className="result-title">
            Stop now and leave the {plural(remaining(job), "person", "people")} not yet sent?
          </p>
          <p>What is already done stays done. This can't be resumed afterwards.</p>
          <div className="form-actions">
            <button type="button" className="button danger" disabled={busy} onClick={() => control(() => backend.bulkCancel(job.id))} data-testid="confirm-cancel-job">
              Stop the import
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={() => setConfirmingCancel(false)}>
              Keep going
            </button>
          </div>
        </div>
      )}
      {problem && <ErrorNotice error={problem} />}
      {over && job.done > 0 && (
        <p className="muted" data-testid="job-see-history">
          Each {one} and call is listed in History → Everything.
        </p>
      )}
      {over && job.failed + job.skipped + job.unknown > 0 && (
        <FailedRows
          key={`${job.failed}-${job.skipped}-${job.unknown}-${job.finished_at}`}
          job={job}
          busy={busy}
          onRetry={(lines) => control(() => backend.bulkRetryRows(job.id, lines))}
          onResolve={(lines, found) => control(() => backend.bulkResolveRows(job.id, lines, found))}
        />
      )}
    </section>
  );
}

function headline(job: JobView): string {
  switch (job.state) {
    case "running":
      return `Sending… ${count(job.done)} of ${count(job.total)} done`;
    case "paused":
      return `Paused — ${plural(remaining(job), "person is", "people are")} waiting. Nothing more is sent until you resume.`;
    case "interrupted":
      return `Interrupted — ${count(job.done)} of ${count(job.total)} done`;
    case "cancelled":
      return `Stopped — ${count(job.done)} of ${count(job.total)} done`;
    case "finished": {
      if (job.failed === 0 && job.skipped === 0 && job.unknown === 0) return `Finished: all ${plural(job.done, "person", "people")} done`;
      const parts = [`${count(job.done)} done`];
      if (job.skipped > 0) parts.push(`${count(job.skipped)} skipped by the calling rules`);
      if (job.failed > 0) parts.push(`${count(job.failed)} failed`);
      if (job.unknown > 0) parts.push(`${count(job.unknown)} to check`);
      return `Finished: ${parts.join(", ")}`;
    }
  }
}

const platformNames: Record<JobView["platform"], string> = { getvocal: "GetVocal", awaz: "Awaz" };

const stageWords: Record<RowStage, string> = {
  lead: "Creating the lead",
  contact: "Creating the contact",
  call: "Placing the call",
};

/**
 * The rows of a run that ended: those the platform refused (retry them once the cause is
 * fixed) and those that may have gone through (the person looks them up first, then says
 * what they found; only "not there" sends them again).
 */
function FailedRows({
  job,
  busy,
  onRetry,
  onResolve,
}: {
  job: JobView;
  busy: boolean;
  onRetry: (lines: number[]) => void;
  onResolve: (lines: number[], found: CheckResult) => void;
}) {
  const backend = useBackend();
  const load = useCallback(() => backend.bulkFailedRows(job.id), [backend, job.id]);
  const [rows, retry] = useLoad<BulkRowView[]>(load);

  if (rows.state === "loading") return <Loading label="Loading the rows that did not go through…" />;
  if (rows.state === "failed") return <ErrorNotice error={rows.error} onRetry={retry} />;
  if (rows.data.length === 0) return null;
  const refused = rows.data.filter((row) => !row.needs_check && !row.skipped);
  const skipped = rows.data.filter((row) => row.skipped);
  const toCheck = rows.data.filter((row) => row.needs_check);
  const retryable = refused.map((row) => row.line);
  return (
    <div className="failed-rows" data-testid="failed-rows">
      {toCheck.length > 0 && <RowsToCheck job={job} rows={toCheck} busy={busy} onResolve={onResolve} />}
      {skipped.length > 0 && <SkippedRows rows={skipped} />}
      {refused.length > 0 && (
        <>
          <h3>Rows that did not go through</h3>
          <p className="muted">Each one keeps its reason. Retry them once the cause is fixed, or export them to correct in your spreadsheet.</p>
          <table className="table" data-testid="refused-rows">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Person</th>
                <th scope="col">Phone</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {refused.map((row) => (
                <tr key={row.line} data-testid={`failed-line-${row.line}`}>
                  <th scope="row">{row.line}</th>
                  <td>{row.name || "—"}</td>
                  <td className="phone-number">{row.phone}</td>
                  <td>{row.reason ?? "The platform refused it."}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="form-actions">
        {refused.length > 0 && (
          <button type="button" className="button" disabled={busy} onClick={() => onRetry(retryable)} data-testid="job-retry-failed">
            Retry these {plural(retryable.length, "row", "rows")}
          </button>
        )}
        <ExportButton id="failed" rows={rows.data.length} exportRows={() => backend.bulkExportFailed(job.id)} />
      </div>
    </div>
  );
}

/**
 * Rows not sent because a calling rule or the do-not-call list refuses them. Sending them again
 * would meet the same rule, so there is no retry: each says which rule, and from when it allows a
 * call; they are in the exported file with that reason.
 */
function SkippedRows({ rows }: { rows: BulkRowView[] }) {
  return (
    <section className="skipped-rows" aria-label="Rows skipped by the calling rules" data-testid="skipped-rows">
      <h3>Skipped: the calling rules don't allow these calls</h3>
      <p className="muted">
        Nothing was sent for {rows.length === 1 ? "this person" : `these ${count(rows.length)} people`}: sending again would meet the same rule. Each
        says which rule stopped the call and, when it will allow one, from when: import them again from then on. A number on the do-not-call list is
        only called again once someone takes it off the list.
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Person</th>
            <th scope="col">Phone</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-testid={`skipped-line-${row.line}`}>
              <th scope="row">{row.line}</th>
              <td>{row.name || "—"}</td>
              <td className="phone-number">{row.phone}</td>
              <td>{row.reason ?? "A calling rule does not allow this call."}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Rows whose outcome is unknown: looked up in the platform by the person, then settled by them. */
function RowsToCheck({
  job,
  rows,
  busy,
  onResolve,
}: {
  job: JobView;
  rows: BulkRowView[];
  busy: boolean;
  onResolve: (lines: number[], found: CheckResult) => void;
}) {
  const platform = platformNames[job.platform];
  const [one] = targetWords(job.target).record;
  // All ticked at first; the person unticks those they could not check yet.
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const [confirming, setConfirming] = useState<CheckResult | null>(null);
  const selected = rows.filter((row) => !unticked.has(row.line));
  const lines = selected.map((row) => row.line);
  const allTicked = selected.length === rows.length;

  function tick(line: number, on: boolean) {
    setConfirming(null);
    setUnticked((known) => {
      const next = new Set(known);
      if (on) next.delete(line);
      else next.add(line);
      return next;
    });
  }

  return (
    <section className="rows-to-check" aria-label="Rows to check" data-testid="rows-to-check">
      <h3>Rows to check: they may have gone through</h3>
      <p>
        Callboard sent these, but {platform}'s answer was lost, so they may already be there. Look each one up in {platform}{" "}
        by its phone number before choosing below. Nothing is sent again until you say what you found.
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Choose all rows to check"
                checked={allTicked}
                onChange={(event) => {
                  setConfirming(null);
                  setUnticked(event.target.checked ? new Set() : new Set(rows.map((row) => row.line)));
                }}
                data-testid="check-all-rows"
              />
            </th>
            <th scope="col">Line</th>
            <th scope="col">Person</th>
            <th scope="col">Phone</th>
            <th scope="col">Stopped at</th>
            <th scope="col">What to check</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-testid={`check-line-${row.line}`}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Line ${row.line}: ${row.name || row.phone}`}
                  checked={!unticked.has(row.line)}
                  onChange={(event) => tick(row.line, event.target.checked)}
                  data-testid={`field-check-line-${row.line}`}
                />
              </td>
              <th scope="row">{row.line}</th>
              <td>{row.name || "—"}</td>
              <td className="phone-number">{row.phone}</td>
              <td>{stageWords[row.stage]}</td>
              <td>{row.reason ?? `We don't know whether this one went through. Look for it in ${platform} before sending it again.`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!confirming && (
        <div className="form-actions">
          <button
            type="button"
            className="button secondary"
            disabled={busy || lines.length === 0}
            onClick={() => setConfirming("applied")}
            data-testid="rows-went-through"
          >
            I checked: they went through
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={busy || lines.length === 0}
            onClick={() => setConfirming("not_applied")}
            data-testid="rows-not-through"
          >
            I checked: they did not go through — send again
          </button>
          <span className="muted">{plural(lines.length, "row", "rows")} chosen</span>
        </div>
      )}
      {confirming && (
        <ResolveQuestion
          found={confirming}
          rows={selected}
          platform={platform}
          record={one}
          busy={busy}
          onConfirm={() => {
            setConfirming(null);
            onResolve(lines, confirming);
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
    </section>
  );
}

/** Names what happens next, and how many people may be called because of it. */
function ResolveQuestion({
  found,
  rows,
  platform,
  record,
  busy,
  onConfirm,
  onCancel,
}: {
  found: CheckResult;
  rows: BulkRowView[];
  platform: string;
  record: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  // A row that stopped at its call is done once its call is there; one that stopped at its
  // lead or contact goes on to its call (when this import places calls).
  const goOnToCall = rows.filter((row) => row.stage !== "call").length;
  const question =
    found === "applied"
      ? `Mark ${plural(rows.length, "row", "rows")} as gone through?`
      : `Send ${plural(rows.length, "row", "rows")} again?`;
  return (
    <div className="confirm-panel" role="alertdialog" aria-label={question} data-testid="dialog-resolve-rows">
      <p className="result-title">{question}</p>
      {found === "applied" ? (
        <p data-testid="resolve-calls">
          {goOnToCall === 0
            ? "Nothing is sent again and no one is called again: their calls are counted as placed."
            : `Their ${record} is counted as created. If this import places calls, up to ${plural(goOnToCall, "person", "people")} may be called now (those whose call was not placed yet).`}
        </p>
      ) : (
        <>
          <p data-testid="resolve-calls">
            Callboard sends them to {platform} again. Up to {plural(rows.length, "person", "people")} may be called.
          </p>
          <p>Only do this if you checked that they are not in {platform}: anyone who is already there could be added or called twice.</p>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={onConfirm} data-testid="confirm-resolve-rows">
          {found === "applied" ? "Yes, they went through" : "Yes, send them again"}
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={onCancel} data-testid="cancel-resolve-rows">
          Cancel
        </button>
      </div>
    </div>
  );
}
