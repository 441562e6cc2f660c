import { useCallback, useEffect, useId, useState, type ReactNode } from "react";
import type { Explanation, UpdateStatus } from "../../bindings";
import type { Result } from "../../backend";
import { useBackend, usePushed } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { thrownToExplanation } from "../../errors";
import { currentLocale, useWords } from "../../i18n";
import { formatMoment } from "../../when";
import "./Updates.css";

/**
 * Settings → "Updates": the version running, "Check now", "Check automatically", what is new in
 * a version found, and "Install and restart" with its download progress.
 */
export function UpdatesSection() {
  const backend = useBackend();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [failure, setFailure] = useState<Explanation | null>(null);
  const automaticId = useId();
  const { t } = useWords();

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

  // A check or an installation is followed through what the engine pushes as it moves on.
  usePushed("updateStatusChanged", (pushed) => {
    setStatus(pushed.status);
    setFailure(null);
  });

  const phase = status?.phase ?? "idle";

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
    <section className="updates" aria-label={t("settings-updates")} data-testid="updates">
      <h2>{t("settings-updates")}</h2>
      {status && (
        <>
          <p data-testid="update-current">
            {withBold(
              status.choices.updated_from
                ? t("settings-updates-current-updated", { version: status.current_version, from: status.choices.updated_from })
                : t("settings-updates-current", { version: status.current_version }),
              status.current_version,
              <strong data-testid="update-current-version">{status.current_version}</strong>,
            )}
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
              {t("settings-updates-automatic")}
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
              {phase === "checking" ? t("settings-updates-checking") : t("settings-updates-check")}
            </button>
            {status.choices.last_checked && (
              <span className="muted" data-testid="update-last-checked">
                {t("settings-updates-last-checked", { moment: formatMoment(status.choices.last_checked) })}
              </span>
            )}
          </div>
          {status.up_to_date && !status.found && phase === "idle" && !problem && (
            <p className="success-note" role="status" data-testid="update-up-to-date">
              {t("settings-updates-up-to-date")}
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
  const { t } = useWords();
  return (
    <div className="update-found" data-testid="update-found">
      <p>
        <strong>{t("settings-updates-available", { version: found.version })}</strong>
        {found.published && ` ${t("settings-updates-published", { moment: formatMoment(found.published) })}`}
      </p>
      {found.notes && (
        <>
          <h3>{t("settings-updates-whats-new")}</h3>
          <p className="update-notes" data-testid="update-notes">
            {found.notes}
          </p>
        </>
      )}
      {phase === "downloading" && (
        <div role="status" data-testid="update-downloading">
          <progress
            className="update-progress"
            aria-label={t("settings-updates-download")}
            value={status.downloaded}
            max={status.download_size ?? undefined}
            data-testid="update-progress"
          />
          <p className="muted">
            {status.download_size !== null
              ? t("settings-updates-downloading-of", { done: megabytes(status.downloaded), total: megabytes(status.download_size) })
              : t("settings-updates-downloading", { done: megabytes(status.downloaded) })}
          </p>
        </div>
      )}
      {phase === "installing" && (
        <p role="status" data-testid="update-installing">
          {t("settings-updates-installing")}
        </p>
      )}
      {phase === "restarting" && (
        <p role="status" data-testid="update-restarting">
          {t("settings-updates-restarting", { version: found.version })}
        </p>
      )}
      {phase === "idle" && (
        <>
          <p className="muted">{t("settings-updates-install-note")}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={onInstall} data-testid="update-install">
              {t("settings-updates-install")}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/** "2.5 MB", "2,5 Mo": one decimal, in the language on screen. */
function megabytes(bytes: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: "unit", unit: "megabyte", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    bytes / 1_000_000,
  );
}

/** A sentence from the catalogue with its one `value` shown as `bold` (the version number). */
function withBold(sentence: string, value: string, bold: ReactNode): ReactNode {
  const at = sentence.indexOf(value);
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      {bold}
      {sentence.slice(at + value.length)}
    </>
  );
}
