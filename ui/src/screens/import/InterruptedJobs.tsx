import { useEffect, useRef, useState } from "react";
import type { Explanation, JobView } from "../../bindings";
import { ErrorNotice } from "../../components/ErrorNotice";
import { thrownToExplanation } from "../../errors";
import { useBackend } from "../../backend";
import { JobProgress } from "./Progress";
import { count, plural, remaining, targetWords } from "./words";
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
  const [one, many] = targetWords(job.target).record;

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
    <div className="warning-notice interrupted-job" role="region" aria-label="Interrupted import" data-testid={`interrupted-job-${job.id}`}>
      <p className="error-title">
        An import was interrupted ({count(job.done)} of {count(job.total)} done).
      </p>
      <p>
        {plural(job.total, one, many)} for “{job.account_name}”: {plural(remaining(job), "person was", "people were")} not sent yet. What was already
        confirmed is never sent twice.
      </p>
      {!confirmingDiscard ? (
        <div className="form-actions">
          <button type="button" className="button" disabled={busy} onClick={() => act(() => backend.bulkResume(job.id), onResumed)} data-testid={`resume-job-${job.id}`}>
            Resume
          </button>
          <button type="button" className="link-button" disabled={busy} onClick={() => setConfirmingDiscard(true)} data-testid={`discard-job-${job.id}`}>
            Discard
          </button>
        </div>
      ) : (
        <div className="form-actions">
          <span>Leave the {plural(remaining(job), "person", "people")} not yet sent?</span>
          <button type="button" className="button danger" disabled={busy} onClick={() => act(() => backend.bulkCancel(job.id), onDiscarded)} data-testid={`confirm-discard-job-${job.id}`}>
            Discard the rest
          </button>
          <button type="button" className="link-button" disabled={busy} onClick={() => setConfirmingDiscard(false)}>
            Keep it
          </button>
        </div>
      )}
      {problem && <ErrorNotice error={problem} />}
    </div>
  );
}
