import { useEffect, useRef, useState } from "react";
import type { Explanation, JobView } from "../../bindings";
import { ErrorNotice } from "../../components/ErrorNotice";
import { thrownToExplanation } from "../../errors";
import { useBackend } from "../../backend";
import { JobProgress } from "./Progress";
import { useWords } from "../../i18n";
import { recordCount, remaining } from "./words";
import "./import.css";

/**
 * Imports that stopped because Callboard was closed mid-way, each offered to resume or
 * discard. Shows nothing when there is none (or when the list can't be read: the Import
 * screen is where that would matter, and it says so there).
 */
export function InterruptedJobs() {
  const backend = useBackend();
  const [jobs, setJobs] = useState<JobView[]>([]);
  const [followed, setFollowed] = useState<JobView[]>([]);

  useEffect(() => {
    let current = true;
    backend.bulkJobs().then(
      (result) => {
        if (current && result.status === "ok") setJobs(result.data.filter((job) => job.state === "interrupted"));
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [backend]);

  return (
    <>
      {jobs.map((job) => (
        <Offer
          key={job.id}
          job={job}
          onResumed={(resumed) => {
            setJobs((known) => known.filter((other) => other.id !== job.id));
            setFollowed((known) => [...known, resumed]);
          }}
          onDiscarded={() => setJobs((known) => known.filter((other) => other.id !== job.id))}
        />
      ))}
      {followed.map((job) => (
        <JobProgress key={job.id} initial={job} />
      ))}
    </>
  );
}

function Offer({ job, onResumed, onDiscarded }: { job: JobView; onResumed: (job: JobView) => void; onDiscarded: () => void }) {
  const backend = useBackend();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const inFlight = useRef(false);
  const { t } = useWords();

  async function act(send: () => ReturnType<typeof backend.bulkResume>, then: (job: JobView) => void) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const result = await send();
      if (result.status === "ok") then(result.data);
      else setProblem(result.error);
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return (
    <div className="warning-notice interrupted-job" role="region" aria-label={t("import-interrupted")} data-testid={`interrupted-job-${job.id}`}>
      <p className="error-title">{t("import-interrupted-title", { done: job.done, total: job.total })}</p>
      <p>{t("import-interrupted-words", { records: recordCount(job.target, job.total), account: job.account_name, count: remaining(job) })}</p>
      {!confirmingDiscard ? (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => act(() => backend.bulkResume(job.id), onResumed)}
            data-testid={`resume-job-${job.id}`}
          >
            {t("import-resume")}
          </button>
          <button type="button" className="link-button" disabled={busy} onClick={() => setConfirmingDiscard(true)} data-testid={`discard-job-${job.id}`}>
            {t("import-discard")}
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <span>{t("import-discard-question", { count: remaining(job) })}</span>
          <button
            type="button"
            className="button danger"
            disabled={busy}
            onClick={() => act(() => backend.bulkCancel(job.id), onDiscarded)}
            data-testid={`confirm-discard-job-${job.id}`}
          >
            {t("import-discard-rest")}
          </button>
          <button type="button" className="link-button" disabled={busy} onClick={() => setConfirmingDiscard(false)}>
            {t("import-discard-keep")}
          </button>
        </div>
      )}
      {problem && <ErrorNotice error={problem} />}
    </div>
  );
}
