import { useCallback, useEffect, useRef, useState } from "react";
import type { BulkRowView, Explanation, JobView } from "../../bindings";
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
 * pause / resume / cancel, and at the end the rows that failed with a way to retry or export them.
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
  const settled = job.done + job.failed;
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
      {over && job.failed + job.unknown > 0 && (
        <FailedRows key={`${job.failed}-${job.unknown}-${job.finished_at}`} job={job} busy={busy} onRetry={(lines) => control(() => backend.bulkRetryRows(job.id, lines))} />
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
    case "finished":
      return job.failed === 0 ? `Finished: all ${plural(job.done, "person", "people")} done` : `Finished: ${count(job.done)} done, ${count(job.failed)} failed`;
  }
}

function FailedRows({ job, busy, onRetry }: { job: JobView; busy: boolean; onRetry: (lines: number[]) => void }) {
  const backend = useBackend();
  const load = useCallback(() => backend.bulkFailedRows(job.id), [backend, job.id]);
  const [rows, retry] = useLoad<BulkRowView[]>(load);

  if (rows.state === "loading") return <Loading label="Loading the rows that did not go through…" />;
  if (rows.state === "failed") return <ErrorNotice error={rows.error} onRetry={retry} />;
  if (rows.data.length === 0) return null;
  const retryable = rows.data.filter((row) => row.reason !== null).map((row) => row.line);
  return (
    <div className="failed-rows" data-testid="failed-rows">
      <h3>Rows that did not go through</h3>
      <p className="muted">Each one keeps its reason. Retry them once the cause is fixed, or export them to correct in your spreadsheet.</p>
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
          {rows.data.map((row) => (
            <tr key={row.line} data-testid={`failed-line-${row.line}`}>
              <th scope="row">{row.line}</th>
              <td>{row.name || "—"}</td>
              <td className="phone-number">{row.phone}</td>
              <td>{row.reason ?? "We don't know whether this one went through. Check in the platform before retrying it."}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy || retryable.length === 0} onClick={() => onRetry(retryable)} data-testid="job-retry-failed">
          Retry these {plural(retryable.length, "row", "rows")}
        </button>
        <ExportButton id="failed" rows={rows.data.length} exportRows={() => backend.bulkExportFailed(job.id)} />
      </div>
    </div>
  );
}
