import { useCallback, useEffect, useId, useState } from "react";
import type { Explanation, UpdateStatus } from "../../bindings";
import type { Result } from "../../backend";
import { useBackend } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { thrownToExplanation } from "../../errors";
import { formatMoment } from "../../when";
import "./Updates.css";

/** How often the section asks how a check or a download is going while one runs. */
const FOLLOW_EVERY_MS = 300;

/**
 * Settings → "Updates": the version running, "Check now", "Check automatically", what is new in
 * a version found, and "Install and restart" with its download progress.
 */
export function UpdatesSection() {
  const backend = useBackend();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [failure, setFailure] = useState<Explanation | null>(null);
  const automaticId = useId();

  const take = useCallback(async (answer: Promise<Result<UpdateStatus>>) => {
    try {
      const result = await answer;
      if (result.status === "ok") {
        setStatus(result.data);
        setFailure(null);
      } else {
        setFailure(result.error);
      }
    } catch (thrown) {
      setFailure(thrownToExplanation(thrown));
    }
  }, []);

  useEffect(() => {
    void take(backend.updateStatus());
  }, [backend, take]);

  const phase = status?.phase ?? "idle";
  // While a check or an installation runs, its progress is followed here.
  useEffect(() => {
    if (phase === "idle") return;
    const timer = window.setInterval(() => void take(backend.updateStatus()), FOLLOW_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [backend, phase, take]);

  async function setAutomatic(on: boolean) {
    try {
      const result = await backend.updateCheckAutomatically(on);
      if (result.status === "ok") setStatus((current) => current && { ...current, choices: result.data });
      else setFailure(result.error);
    } catch (thrown) {
      setFailure(thrownToExplanation(thrown));
    }
  }

  function start(phaseNow: UpdateStatus["phase"], command: () => Promise<Result<UpdateStatus>>) {
    setStatus((current) => current && { ...current, phase: phaseNow, problem: null });
    void take(command());
  }

  const busy = phase !== "idle";
  const problem = failure ?? status?.problem ?? null;

  return (
    <section className="updates" aria-label="Updates" data-testid="updates">
      <h2>Updates</h2>
      {status && (
        <>
          <p data-testid="update-current">
            You have Callboard <strong data-testid="update-current-version">{status.current_version}</strong>.
            {status.choices.updated_from && ` It was updated from version ${status.choices.updated_from}.`}
          </p>
          <div className="checkbox-field">
            <label htmlFor={automaticId}>
              <input
                id={automaticId}
                type="checkbox"
                checked={status.choices.check_automatically}
                onChange={(event) => void setAutomatic(event.target.checked)}
                data-testid="update-automatic"
              />
              Check for updates automatically (once a day, never while a bulk run is sending)
            </label>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => start("checking", backend.updateCheck)}
              data-testid="update-check"
            >
              {phase === "checking" ? "Checking…" : "Check now"}
            </button>
            {status.choices.last_checked && (
              <span className="muted" data-testid="update-last-checked">
                Last checked {formatMoment(status.choices.last_checked)}.
              </span>
            )}
          </div>
          {status.up_to_date && !status.found && phase === "idle" && !problem && (
            <p className="success-note" role="status" data-testid="update-up-to-date">
              Callboard is up to date.
            </p>
          )}
          {status.found && <Found status={status} onInstall={() => start("downloading", backend.updateInstall)} />}
        </>
      )}
      {problem && <ErrorNotice error={problem} />}
    </section>
  );
}

function Found({ status, onInstall }: { status: UpdateStatus; onInstall: () => void }) {
  const found = status.found!;
  const phase = status.phase;
  return (
    <div className="update-found" data-testid="update-found">
      <p>
        <strong>Version {found.version} is available.</strong>
        {found.published && ` Published ${formatMoment(found.published)}.`}
      </p>
      {found.notes && (
        <>
          <h3>What's new</h3>
          <p className="update-notes" data-testid="update-notes">
            {found.notes}
          </p>
        </>
      )}
      {phase === "downloading" && (
        <div role="status" data-testid="update-downloading">
          <progress
            className="update-progress"
            aria-label="Download"
            value={status.downloaded}
            max={status.download_size ?? undefined}
            data-testid="update-progress"
          />
          <p className="muted">
            Downloading… {megabytes(status.downloaded)}
            {status.download_size !== null && ` of ${megabytes(status.download_size)}`}
          </p>
        </div>
      )}
      {phase === "installing" && (
        <p role="status" data-testid="update-installing">
          Installing… Your computer may ask for your password to allow it.
        </p>
      )}
      {phase === "restarting" && (
        <p role="status" data-testid="update-restarting">
          Restarting into version {found.version}…
        </p>
      )}
      {phase === "idle" && (
        <>
          <p className="muted">
            Callboard closes for a moment and opens again in the new version. Nothing you sent is lost: the update waits
            while a bulk run is sending or an answer is awaited.
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={onInstall} data-testid="update-install">
              Install and restart
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
