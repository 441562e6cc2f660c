import { useId, useState, type FormEvent } from "react";
import type { ImportSource } from "../../bindings";
import { useWords } from "../../i18n";

/**
 * Step 1: a file picker, a drop anywhere on the window (see useFileDrop), or the file's
 * location typed in (for keyboard users and for pasting a path from a file manager).
 */
export function ChooseFile({ busy, dragging, onOpen }: { busy: boolean; dragging: boolean; onOpen: (source: ImportSource) => void }) {
  const ids = useId();
  const { t } = useWords();
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
    reader.onerror = () => setReadProblem(t("import-file-unreadable", { name: file.name }));
    reader.readAsDataURL(file);
  }

  function openTyped(event: FormEvent) {
    event.preventDefault();
    const typed = path.trim().replace(/^["']|["']$/g, "");
    if (typed) onOpen({ kind: "path", path: typed });
  }

  return (
    <section className="card" aria-label={t("import-step-choose")}>
      <header className="card-header">
        <h2>{t("import-choose-heading")}</h2>
        <p className="muted">{t("import-choose-intro")}</p>
      </header>
      <div className={dragging ? "drop-zone dragging" : "drop-zone"} data-testid="drop-zone">
        <p className="drop-title">{dragging ? t("import-drop-let-go") : t("import-drop-here")}</p>
        <p className="muted">{t("import-drop-or")}</p>
        <label className="button file-button">
          {t("import-choose-file")}
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
      <form className="inline-form" onSubmit={openTyped} aria-label={t("import-path-form")}>
        <label htmlFor={`${ids}-path`}>{t("import-path-label")}</label>
        <div className="inline-row">
          <input
            id={`${ids}-path`}
            value={path}
            placeholder={t("import-path-example")}
            onChange={(event) => setPath(event.target.value)}
            data-testid="field-path"
          />
          <button type="submit" className="button secondary" disabled={busy || path.trim() === ""} data-testid="submit-open-path">
            {busy ? t("import-path-opening") : t("import-path-open")}
          </button>
        </div>
      </form>
      {readProblem && (
        <p className="field-problem" role="alert">
          {readProblem}
        </p>
      )}
      <div className="good-file">
        <h3>{t("import-good-file")}</h3>
        <ul>
          <li>{t("import-good-file-csv")}</li>
          <li>{t("import-good-file-rows")}</li>
          <li>{t("import-good-file-phone")}</li>
          <li>{t("import-good-file-extra")}</li>
        </ul>
      </div>
    </section>
  );
}
