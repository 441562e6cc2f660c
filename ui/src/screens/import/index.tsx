import { useRef, useState } from "react";
import type { AccountSummary, Explanation, ImportPreview, ImportSource, JobView } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { thrownToExplanation } from "../../errors";
import { useWords } from "../../i18n";
import { ChooseFile } from "./ChooseFile";
import { Columns } from "./Columns";
import { FixRows } from "./FixRows";
import { InterruptedJobs } from "./InterruptedJobs";
import { JobProgress } from "./Progress";
import { Send } from "./Send";
import { useFileDrop } from "./useFileDrop";
import { targetWords } from "./words";
import "../../components/forms.css";
import "../getvocal.css";
import "./import.css";

type Step = 1 | 2 | 3 | 4;

const stepNames: Record<Step, string> = { 1: "import-step-choose", 2: "import-step-columns", 3: "import-step-fix", 4: "import-step-send" };

export function ImportScreen() {
  const backend = useBackend();
  const { t } = useWords();
  const [step, setStep] = useState<Step>(1);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [account, setAccount] = useState<AccountSummary | null>(null);
  const [job, setJob] = useState<JobView | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  // Only the answer to the latest change may replace the preview.
  const latest = useRef(0);

  async function ask(send: () => Promise<Result<ImportPreview, Explanation>>, then?: () => void) {
    const attempt = ++latest.current;
    setBusy(true);
    setProblem(null);
    try {
      const result = await send();
      if (attempt !== latest.current) return;
      if (result.status === "ok") {
        setPreview(result.data);
        then?.();
      } else {
        setProblem(result.error);
      }
    } catch (thrown) {
      if (attempt === latest.current) setProblem(thrownToExplanation(thrown));
    } finally {
      if (attempt === latest.current) setBusy(false);
    }
  }

  function open(source: ImportSource) {
    // A file dropped while a run is followed, or while the last file is still being read, waits.
    if (job || busy) return;
    ask(
      () => backend.importOpen(source),
      () => setStep(2),
    );
  }

  const dragging = useFileDrop((path) => open({ kind: "path", path }));

  function startOver() {
    latest.current++;
    setPreview(null);
    setJob(null);
    setProblem(null);
    setBusy(false);
    setStep(1);
  }

  const canFix = preview !== null && preview.mapping_problems.length === 0;
  const fitting = account !== null && preview !== null && account.platform === targetWords(preview.target).platform ? account : null;
  const canSend = canFix && fitting !== null && preview.summary.valid > 0;
  const reachable: Record<Step, boolean> = { 1: true, 2: preview !== null, 3: canFix, 4: canSend };

  return (
    <Screen id="import" title={t("import-title")} purpose={t("import-purpose")}>
      <InterruptedJobs />
      {job ? (
        <>
          <JobProgress initial={job} />
          <div className="form-actions">
            <button type="button" className="button secondary" onClick={startOver} data-testid="import-another">
              {t("import-another")}
            </button>
          </div>
        </>
      ) : (
        <>
          <ol className="steps" aria-label={t("import-steps")}>
            {([1, 2, 3, 4] as const).map((number) => (
              <li key={number}>
                <button
                  type="button"
                  className="step"
                  aria-current={number === step ? "step" : undefined}
                  disabled={!reachable[number] || busy}
                  onClick={() => setStep(number)}
                  data-testid={`step-${number}`}
                >
                  <span className="step-number">{number}</span> {t(stepNames[number])}
                </button>
              </li>
            ))}
          </ol>
          {preview && step > 1 && (
            <p className="muted open-file" data-testid="open-file">
              {t("import-open-file")} <strong>{preview.file_name}</strong> · {t("import-open-file-rows", { count: preview.summary.total })}{" "}
              <button type="button" className="link-button" onClick={startOver} data-testid="choose-another">
                {t("import-choose-another")}
              </button>
            </p>
          )}
          {step === 1 && <ChooseFile busy={busy} dragging={dragging} onOpen={open} />}
          {step === 2 && preview && (
            <Columns
              preview={preview}
              account={account}
              busy={busy}
              onAccount={setAccount}
              onChange={(change) => ask(() => backend.importUpdate(preview.import_id, change))}
            />
          )}
          {step === 3 && preview && (
            <FixRows preview={preview} busy={busy} onFix={(line, column, value) => ask(() => backend.importFixCell(preview.import_id, line, column, value))} />
          )}
          {step === 4 && preview && fitting && <Send preview={preview} account={fitting} onStarted={setJob} />}
          {busy && <Loading label={step === 1 ? t("import-reading-file") : t("import-checking-again")} />}
          {problem && <ErrorNotice error={problem} />}
          {step > 1 && (
            <div className="form-actions step-actions">
              <button type="button" className="button secondary" disabled={busy} onClick={() => setStep((step - 1) as Step)} data-testid="step-back">
                {t("import-back")}
              </button>
              {step < 4 && (
                <button
                  type="button"
                  className="button"
                  disabled={busy || !reachable[(step + 1) as Step]}
                  onClick={() => setStep((step + 1) as Step)}
                  data-testid="step-next"
                >
                  {t("import-next", { step: t(stepNames[(step + 1) as Step]) })}
                </button>
              )}
            </div>
          )}
        </>
      )}
    </Screen>
  );
}
