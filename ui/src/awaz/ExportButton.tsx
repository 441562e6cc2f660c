import { useState } from "react";
import type { ExportedFile, Explanation } from "../bindings";
import type { Result } from "../backend";
import { useBackend } from "../backend";
import { ErrorNotice } from "../components/ErrorNotice";
import { TechnicalDetails } from "../components/TechnicalDetails";
import { thrownToExplanation } from "../errors";
import { useWords } from "../i18n";

/** The file's name without its folder (the folder opens with "Open folder"). */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function OpenDownloads() {
  const backend = useBackend();
  const [problem, setProblem] = useState<Explanation | null>(null);
  const { t } = useWords();
  async function open() {
    setProblem(null);
    try {
      const result = await backend.openFolder("downloads");
      if (result.status === "error") setProblem(result.error);
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    }
  }
  return (
    <>
      <button type="button" className="button secondary small" onClick={open} data-testid="open-downloads">
        {t("awaz-open-folder")}
      </button>
      {problem && <ErrorNotice error={problem} />}
    </>
  );
}

/** "Export CSV": writes the rows into the Downloads folder and says where the file is. */
export function ExportButton({
  id,
  rows,
  exportRows,
}: {
  /** Names the test ids `export-<id>` and `result-export-<id>`. */
  id: string;
  rows: number;
  exportRows: () => Promise<Result<ExportedFile, Explanation>>;
}) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Result<ExportedFile, Explanation> | null>(null);
  const { t } = useWords();

  async function run() {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await exportRows());
    } catch (thrown) {
      setOutcome({ status: "error", error: thrownToExplanation(thrown) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export">
      <button type="button" className="button secondary" disabled={busy || rows === 0} onClick={run} data-testid={`export-${id}`}>
        {busy ? t("awaz-export-saving") : t("awaz-export", { rows })}
      </button>
      {outcome?.status === "ok" && (
        <div className="success-note" role="status" data-testid={`result-export-${id}`}>
          <p>{t("awaz-export-saved", { rows: outcome.data.rows, file: fileName(outcome.data.path) })}</p>
          <OpenDownloads />
          <TechnicalDetails>
            <code>{outcome.data.path}</code>
          </TechnicalDetails>
        </div>
      )}
      {outcome?.status === "error" && <ErrorNotice error={outcome.error} />}
    </div>
  );
}
