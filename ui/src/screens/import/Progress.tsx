import { useRef, useState } from "react";
import type { BulkRowView, CheckResult, Explanation, JobView, RowStage } from "../../bindings";
import { useBackend, useBulkJob, type Result } from "../../backend";
import { ExportButton } from "../../awaz/ExportButton";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { thrownToExplanation } from "../../errors";
import { useLoad } from "../../useLoad";
import { useWords, words } from "../../i18n";
import { ownLocale } from "../../preferences";
import { count, localClock, remaining } from "./words";

/**
 * Follows one bulk job: a progress bar with its counts, Awaz's "wait" when it throttles us,
 * pause / resume / cancel, and at the end the rows that failed with a way to retry or export them,
 * and the rows the calling rules skipped, with the rule and from when it allows a call.
 */
export function JobProgress({ initial }: { initial: JobView }) {
  const backend = useBackend();
  const [job, setJob] = useBulkJob(initial);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const inFlight = useRef(false);
  const { t } = useWords();

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

  const settled = job.done + job.failed + job.skipped;
  const handled = job.total === 0 ? 1 : settled / job.total;
  const over = job.state === "finished" || job.state === "cancelled";

  return (
    <section className="card job-progress" aria-label={t("import-progress")} data-testid={`job-${job.id}`} data-state={job.state}>
      <header className="card-header">
        <h2>{headline(job)}</h2>
        <p className="muted">{t("import-progress-intro", { count: job.total, target: job.target, account: job.account_name })}</p>
      </header>
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={t("import-progress-bar")}
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={settled}
        data-testid="job-progress-bar"
      >
        <span className="progress-done" style={{ width: `${job.total === 0 ? 100 : (job.done / job.total) * 100}%` }} />
        <span className="progress-failed" style={{ width: `${job.total === 0 ? 0 : (job.failed / job.total) * 100}%` }} />
        <span className="progress-skipped" style={{ width: `${job.total === 0 ? 0 : (job.skipped / job.total) * 100}%` }} />
      </div>
      <p className="muted">{t("import-progress-handled", { percent: new Intl.NumberFormat(ownLocale(), { style: "percent" }).format(handled) })}</p>
      <dl className="job-counts" data-testid="job-counts">
        <div>
          <dt>{t("import-count-done")}</dt>
          <dd data-testid="job-done">{count(job.done)}</dd>
        </div>
        <div>
          <dt>{t("import-count-failed")}</dt>
          <dd data-testid="job-failed">{count(job.failed)}</dd>
        </div>
        {job.skipped > 0 && (
          <div>
            <dt title={t("import-count-skipped.title")}>{t("import-count-skipped")}</dt>
            <dd data-testid="job-skipped">{count(job.skipped)}</dd>
          </div>
        )}
        <div>
          <dt title={t("import-count-unknown.title")}>{t("import-count-unknown")}</dt>
          <dd data-testid="job-unknown">{count(job.unknown)}</dd>
        </div>
        <div>
          <dt title={t("import-count-waiting.title")}>{t("import-count-waiting")}</dt>
          <dd data-testid="job-waiting">{count(job.waiting)}</dd>
        </div>
      </dl>
      {job.state === "running" && job.waiting_for_budget_until && (
        <p className="warning-notice" role="status" data-testid="job-throttled">
          {t("import-throttled", { time: localClock(job.waiting_for_budget_until) })}
        </p>
      )}
      {!over && (
        <div className="form-actions">
          {job.state === "running" && (
            <button type="button" className="button secondary" disabled={busy} onClick={() => control(() => backend.bulkPause(job.id))} data-testid="job-pause">
              {t("import-pause")}
            </button>
          )}
          {(job.state === "paused" || job.state === "interrupted") && (
            <button type="button" className="button" disabled={busy} onClick={() => control(() => backend.bulkResume(job.id))} data-testid="job-resume">
              {t("import-resume")}
            </button>
          )}
          {!confirmingCancel && (
            <button type="button" className="button danger-outline" disabled={busy} onClick={() => setConfirmingCancel(true)} data-testid="job-cancel">
              {t("import-cancel")}
            </button>
          )}
        </div>
      )}
      {confirmingCancel && !over && (
        <div className="confirm-panel" role="alertdialog" aria-label={t("import-cancel-dialog")} data-testid="dialog-cancel-job">
          <p className="result-title">{t("import-cancel-question", { count: remaining(job) })}</p>
          <p>{t("import-cancel-words")}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button danger"
              disabled={busy}
              onClick={() => control(() => backend.bulkCancel(job.id))}
              data-testid="confirm-cancel-job"
            >
              {t("import-cancel-confirm")}
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={() => setConfirmingCancel(false)}>
              {t("import-cancel-keep")}
            </button>
          </div>
        </div>
      )}
      {problem && <ErrorNotice error={problem} />}
      {over && job.done > 0 && (
        <p className="muted" data-testid="job-see-history">
          {t("import-see-history", { target: job.target })}
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
  const { t } = words();
  const progress = { done: job.done, total: job.total };
  switch (job.state) {
    case "running":
      return t("import-headline-running", progress);
    case "paused":
      return t("import-headline-paused", { count: remaining(job) });
    case "interrupted":
      return t("import-headline-interrupted", progress);
    case "cancelled":
      return t("import-headline-stopped", progress);
    case "finished": {
      if (job.failed === 0 && job.skipped === 0 && job.unknown === 0) return t("import-headline-finished-all", { count: job.done });
      const parts = [t("import-headline-done", { count: job.done })];
      if (job.skipped > 0) parts.push(t("import-headline-skipped", { count: job.skipped }));
      if (job.failed > 0) parts.push(t("import-headline-failed", { count: job.failed }));
      if (job.unknown > 0) parts.push(t("import-headline-unknown", { count: job.unknown }));
      return t("import-headline-finished", { parts: parts.join(", ") });
    }
  }
}

const platformNames: Record<JobView["platform"], string> = { getvocal: "GetVocal", awaz: "Awaz" };

/** Catalogue ids of the step a row stopped at. */
const stageWords: Record<RowStage, string> = {
  lead: "import-stage-lead",
  contact: "import-stage-contact",
  call: "import-stage-call",
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
  const [rows, retry] = useLoad("bulkFailedRows", job.id);
  const { t } = useWords();

  if (rows.state === "loading") return <Loading label={t("import-failed-loading")} />;
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
          <h3>{t("import-failed-heading")}</h3>
          <p className="muted">{t("import-failed-intro")}</p>
          <table className="table" data-testid="refused-rows">
            <thead>
              <tr>
                <th scope="col">{t("import-rows-line")}</th>
                <th scope="col">{t("import-review-person")}</th>
                <th scope="col">{t("import-rows-phone")}</th>
                <th scope="col">{t("import-review-why")}</th>
              </tr>
            </thead>
            <tbody>
              {refused.map((row) => (
                <tr key={row.line} data-testid={`failed-line-${row.line}`}>
                  <th scope="row">{row.line}</th>
                  <td>{row.name || "—"}</td>
                  <td className="phone-number">{row.phone}</td>
                  <td>{row.reason ?? t("import-failed-refused")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="form-actions">
        {refused.length > 0 && (
          <button type="button" className="button" disabled={busy} onClick={() => onRetry(retryable)} data-testid="job-retry-failed">
            {t("import-retry-rows", { count: retryable.length })}
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
  const { t } = useWords();
  return (
    <section className="skipped-rows" aria-label={t("import-skipped")} data-testid="skipped-rows">
      <h3>{t("import-skipped-heading")}</h3>
      <p className="muted">{t("import-skipped-intro", { count: rows.length })}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t("import-rows-line")}</th>
            <th scope="col">{t("import-review-person")}</th>
            <th scope="col">{t("import-rows-phone")}</th>
            <th scope="col">{t("import-review-why")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-testid={`skipped-line-${row.line}`}>
              <th scope="row">{row.line}</th>
              <td>{row.name || "—"}</td>
              <td className="phone-number">{row.phone}</td>
              <td>{row.reason ?? t("import-skipped-reason")}</td>
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
  const { t } = useWords();
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
    <section className="rows-to-check" aria-label={t("import-check")} data-testid="rows-to-check">
      <h3>{t("import-check-heading")}</h3>
      <p>{t("import-check-intro", { platform })}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t("import-check-all")}
                checked={allTicked}
                onChange={(event) => {
                  setConfirming(null);
                  setUnticked(event.target.checked ? new Set() : new Set(rows.map((row) => row.line)));
                }}
                data-testid="check-all-rows"
              />
            </th>
            <th scope="col">{t("import-rows-line")}</th>
            <th scope="col">{t("import-review-person")}</th>
            <th scope="col">{t("import-rows-phone")}</th>
            <th scope="col">{t("import-check-stopped-at")}</th>
            <th scope="col">{t("import-check-what")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-testid={`check-line-${row.line}`}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t("import-check-line", { line: row.line, who: row.name || row.phone })}
                  checked={!unticked.has(row.line)}
                  onChange={(event) => tick(row.line, event.target.checked)}
                  data-testid={`field-check-line-${row.line}`}
                />
              </td>
              <th scope="row">{row.line}</th>
              <td>{row.name || "—"}</td>
              <td className="phone-number">{row.phone}</td>
              <td>{t(stageWords[row.stage])}</td>
              <td>{row.reason ?? t("import-check-unknown", { platform })}</td>
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
            {t("import-check-went-through")}
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={busy || lines.length === 0}
            onClick={() => setConfirming("not_applied")}
            data-testid="rows-not-through"
          >
            {t("import-check-not-through")}
          </button>
          <span className="muted">{t("import-check-chosen", { count: lines.length })}</span>
        </div>
      )}
      {confirming && (
        <ResolveQuestion
          found={confirming}
          rows={selected}
          platform={platform}
          target={job.target}
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
  target,
  busy,
  onConfirm,
  onCancel,
}: {
  found: CheckResult;
  rows: BulkRowView[];
  platform: string;
  target: JobView["target"];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  // A row that stopped at its call is done once its call is there; one that stopped at its
  // lead or contact goes on to its call (when this import places calls).
  const goOnToCall = rows.filter((row) => row.stage !== "call").length;
  const { t } = useWords();
  const question = found === "applied" ? t("import-resolve-applied", { count: rows.length }) : t("import-resolve-again", { count: rows.length });
  return (
    <div className="confirm-panel" role="alertdialog" aria-label={question} data-testid="dialog-resolve-rows">
      <p className="result-title">{question}</p>
      {found === "applied" ? (
        <p data-testid="resolve-calls">
          {goOnToCall === 0 ? t("import-resolve-applied-calls") : t("import-resolve-applied-go-on", { target, count: goOnToCall })}
        </p>
      ) : (
        <>
          <p data-testid="resolve-calls">{t("import-resolve-again-calls", { platform, count: rows.length })}</p>
          <p>{t("import-resolve-again-warning", { platform })}</p>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={onConfirm} data-testid="confirm-resolve-rows">
          {found === "applied" ? t("import-resolve-applied-yes") : t("import-resolve-again-yes")}
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={onCancel} data-testid="cancel-resolve-rows">
          {t("import-resolve-cancel")}
        </button>
      </div>
    </div>
  );
}
