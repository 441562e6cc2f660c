import { useState } from "react";
import type { ExportedFile, Explanation } from "../bindings";
import type { Result } from "../backend";
import { ErrorNotice } from "../components/ErrorNotice";
import { thrownToExplanation } from "../errors";

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
        {busy ? "Saving…" : `Export ${rows} ${rows === 1 ? "row" : "rows"} to CSV`}
      </button>
      {outcome?.status === "ok" && (
        <p className="muted" role="status" data-testid={`result-export-${id}`}>
          Saved {outcome.data.rows} {outcome.data.rows === 1 ? "row" : "rows"} to <code>{outcome.data.path}</code>. It opens
          in Excel, Numbers or LibreOffice.
        </p>
      )}
      {outcome?.status === "error" && <ErrorNotice error={outcome.error} />}
    </div>
  );
}
