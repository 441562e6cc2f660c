import { useId, useState, type FormEvent } from "react";
import type { ImportSource } from "../../bindings";

/**
 * Step 1: a file picker, a drop anywhere on the window (see useFileDrop), or the file's
 * location typed in (for keyboard users and for pasting a path from a file manager).
 */
export function ChooseFile({ busy, dragging, onOpen }: { busy: boolean; dragging: boolean; onOpen: (source: ImportSource) => void }) {
  const ids = useId();
  const [path, setPath] = useState("");
  const [readProblem, setReadProblem] = useState<string | null>(null);

  function pick(file: File | undefined) {
    if (!file) return;
    setReadProblem(null);
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      onOpen({ kind: "bytes", name: file.name, base64: url.slice(url.indexOf(",") + 1) });
    };
    reader.onerror = () => setReadProblem(`Callboard could not read “${file.name}”. Check that the file is not open in another program, then try again.`);
    reader.readAsDataURL(file);
  }

  function openTyped(event: FormEvent) {
    event.preventDefault();
    const typed = path.trim().replace(/^["']|["']$/g, "");
    if (typed) onOpen({ kind: "path", path: typed });
  }

  return (
    <section className="card" aria-label="Choose a spreadsheet">
      <header className="card-header">
        <h2>1. Choose a spreadsheet</h2>
        <p className="muted">Callboard reads the file on this computer. Nothing is sent until the last step, and only after you confirm.</p>
      </header>
      <div className={dragging ? "drop-zone dragging" : "drop-zone"} data-testid="drop-zone">
        <p className="drop-title">{dragging ? "Let go to open this file" : "Drop a CSV file anywhere on this window"}</p>
        <p className="muted">or</p>
        <label className="button file-button">
          Choose a file…
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            className="visually-hidden"
            disabled={busy}
            onChange={(event) => {
              pick(event.target.files?.[0]);
              event.target.value = "";
            }}
            data-testid="field-file"
          />
        </label>
      </div>
      <form className="inline-form" onSubmit={openTyped} aria-label="Open a file by its location">
        <label htmlFor={`${ids}-path`}>Or type the file's location</label>
        <div className="inline-row">
          <input
            id={`${ids}-path`}
            value={path}
            placeholder="e.g. /home/ana/Documents/leads.csv"
            onChange={(event) => setPath(event.target.value)}
            data-testid="field-path"
          />
          <button type="submit" className="button secondary" disabled={busy || path.trim() === ""} data-testid="submit-open-path">
            {busy ? "Opening…" : "Open"}
          </button>
        </div>
      </form>
      {readProblem && (
        <p className="field-problem" role="alert">
          {readProblem}
        </p>
      )}
      <div className="good-file">
        <h3>What a good file looks like</h3>
        <ul>
          <li>A CSV file: in Excel, Numbers or LibreOffice choose “Save as” → “CSV”.</li>
          <li>One person per row, and a first row naming the columns, e.g. “Phone, First name, Last name, Email”.</li>
          <li>A phone number on every row. Numbers without a + and a country code are read with your default country from Settings.</li>
          <li>Any other columns (date of birth, contract number…) can be passed to the AI agent as extra details.</li>
        </ul>
      </div>
    </section>
  );
}
