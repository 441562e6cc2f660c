import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Callee, ImportPreview, Mapping, PreviewRow, RowProblem } from "../../bindings";
import { useBackend } from "../../backend";
import { useLoadWith } from "../../useLoad";
import { useWords, words } from "../../i18n";
import { recordCount } from "./words";

/** How many rows are drawn at once; more come with "Show more". */
const PAGE = 200;

/** How often the people's local times are read again, so a step left open keeps the time right. */
export const LOCAL_TIME_REFRESH_MS = 60_000;

/**
 * Each shown number's local time now and its do-not-call entry, from the engine (which knows the
 * number's zones, and the test clock in developer builds). Read again every minute.
 */
function useCallees(phones: string[]): { callees: Map<string, Callee>; failed: boolean } {
  const backend = useBackend();
  const key = phones.join("\n");
  const load = useCallback(() => (key === "" ? Promise.resolve({ status: "ok" as const, data: [] }) : backend.callingCallees(key.split("\n"))), [backend, key]);
  const [loaded, , refresh] = useLoadWith<Callee[]>(["callingCallees", key], load);
  useEffect(() => {
    const timer = setInterval(refresh, LOCAL_TIME_REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  const callees = useMemo(() => new Map(loaded.state === "ready" ? loaded.data.map((callee) => [callee.phone, callee]) : []), [loaded]);
  return { callees, failed: loaded.state === "failed" };
}

/**
 * Step 3: the counts, then the rows that need a fix (first) and a sample of the ready ones.
 * A problem is shown under its cell, and the cell can be corrected right there.
 */
export function FixRows({ preview, busy, onFix }: { preview: ImportPreview; busy: boolean; onFix: (line: number, column: number, value: string) => void }) {
  const { t } = useWords();
  const [fixed, setFixed] = useState<number[]>([]);
  // With nothing to fix, every row is shown: each person's local time is worth a look.
  const [onlyProblems, setOnlyProblems] = useState(preview.summary.with_problems > 0);
  const [shown, setShown] = useState(PAGE);
  const { summary } = preview;
  const needFix = summary.with_problems - summary.duplicates;

  // A row fixed here stays where it was, marked fixed, so the person sees the fix take.
  const needsLooking = (row: PreviewRow) => row.problems.length > 0 || fixed.includes(row.line);
  const rows = [...preview.rows].filter((row) => !onlyProblems || needsLooking(row)).sort((a, b) => a.line - b.line);
  const readyShown = preview.rows.filter((row) => row.problems.length === 0).length;
  const page = rows.slice(0, shown);
  const phones = [...new Set(page.flatMap((row) => (row.values.phone ? [row.values.phone] : [])))];
  const { callees, failed: localTimesFailed } = useCallees(phones);

  function fix(line: number, column: number, value: string) {
    setFixed((lines) => (lines.includes(line) ? lines : [...lines, line]));
    onFix(line, column, value);
  }

  return (
    <section className="card" aria-label={t("import-step-fix")}>
      <header className="card-header">
        <h2>{t("import-fix-heading")}</h2>
        <p className="muted">{t("import-fix-intro")}</p>
      </header>
      <p className="import-summary" data-testid="import-summary">
        <span className="badge badge-ok">{t("import-summary-ready", { count: summary.valid })}</span>
        <span className={needFix > 0 ? "badge badge-bad" : "badge badge-muted"}>{t("import-summary-need-fix", { count: needFix })}</span>
        <span className={summary.duplicates > 0 ? "badge badge-warn" : "badge badge-muted"}>
          {t("import-summary-duplicates", { count: summary.duplicates })}
        </span>
        <span className="muted">{t("import-summary-total", { count: summary.total })}</span>
      </p>
      {summary.duplicates > 0 && <p className="hint">{t("import-duplicate-hint", { target: preview.target })}</p>}
      {summary.with_problems === 0 && (
        <p className="success-note" data-testid="rows-all-ready">
          {t("import-all-ready", { count: summary.valid, records: recordCount(preview.target, summary.valid) })}
        </p>
      )}
      <div className="checkbox-row">
        <input
          id="import-only-problems"
          type="checkbox"
          checked={onlyProblems}
          onChange={(event) => setOnlyProblems(event.target.checked)}
          data-testid="field-only-problems"
        />
        <label htmlFor="import-only-problems">{t("import-only-problems")}</label>
      </div>
      {localTimesFailed && (
        <p className="hint" data-testid="local-times-failed">
          {t("import-local-times-failed")}
        </p>
      )}
      {rows.length > 0 && (
        <div className="rows-scroll">
          <table className="table rows-table" data-testid="rows-table">
            <thead>
              <tr>
                <th scope="col">{t("import-rows-line")}</th>
                <th scope="col">{t("import-rows-status")}</th>
                <th scope="col" title={t("import-rows-local-time.title")}>
                  {t("import-rows-local-time")}
                </th>
                {preview.headers.map((header, column) => (
                  <th scope="col" key={column} translate="no">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.map((row) => (
                <Row
                  key={row.line}
                  row={row}
                  callee={row.values.phone ? callees.get(row.values.phone) : undefined}
                  mapping={preview.mapping}
                  busy={busy}
                  wasFixed={fixed.includes(row.line)}
                  onFix={fix}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > shown && (
        <button type="button" className="button secondary" onClick={() => setShown((n) => n + PAGE)}>
          {t("import-show-more", { count: Math.min(PAGE, rows.length - shown) })}
        </button>
      )}
      {!onlyProblems && summary.valid > readyShown && <p className="muted">{t("import-ready-sample", { count: readyShown })}</p>}
    </section>
  );
}

/** The column a problem is about: the first one mapped to its field. */
function columnOf(problem: RowProblem, mapping: Mapping): number | null {
  if (problem.field === null) return null;
  const column = mapping.columns.findIndex((destination) => destination.kind === "field" && destination.field === problem.field);
  return column === -1 ? null : column;
}

/** Messages start with the field's name; under the cell itself that is said already. */
function withoutFieldName(message: string): string {
  return message.replace(/^[^:]{1,40}:\s*/, "");
}

function Row({
  row,
  callee,
  mapping,
  busy,
  wasFixed,
  onFix,
}: {
  row: PreviewRow;
  /** Its number's local time and do-not-call entry, once read. */
  callee: Callee | undefined;
  mapping: Mapping;
  busy: boolean;
  wasFixed: boolean;
  onFix: (line: number, column: number, value: string) => void;
}) {
  const located = row.problems.map((problem) => ({ problem, column: columnOf(problem, mapping) }));
  const rowLevel = located.filter((entry) => entry.column === null).map((entry) => entry.problem.message);
  const valid = row.problems.length === 0;
  const { t } = useWords();

  return (
    <tr className={valid ? "row-ready" : "row-problem"} data-testid={`row-line-${row.line}`} data-state={valid ? "ready" : "problem"}>
      <th scope="row" className="line-number">
        {row.line}
      </th>
      <td className="row-status">
        {valid && callee?.listed ? (
          <span className="badge badge-warn" data-testid={`row-status-${row.line}`}>
            {t("import-row-do-not-call")}
          </span>
        ) : valid ? (
          <span className="badge badge-ok" data-testid={`row-status-${row.line}`}>
            {wasFixed ? t("import-row-fixed") : t("import-row-ready")}
          </span>
        ) : (
          <>
            <span className={row.duplicate_of !== null ? "badge badge-warn" : "badge badge-bad"} data-testid={`row-status-${row.line}`}>
              {row.duplicate_of !== null ? t("import-row-duplicate", { line: row.duplicate_of }) : t("import-row-needs-fix")}
            </span>
            {rowLevel.map((message) => (
              <p key={message} className="field-problem">
                {message}
              </p>
            ))}
          </>
        )}
        {callee?.listed && (
          <p className="field-problem" data-testid={`row-listed-${row.line}`}>
            {callee.listed}
          </p>
        )}
      </td>
      <td className="local-time" data-testid={`row-local-${row.line}`}>
        {localTimeWords(row, callee)}
      </td>
      {row.cells.map((cell, column) => {
        const messages = located.filter((entry) => entry.column === column).map((entry) => withoutFieldName(entry.problem.message));
        return (
          <td key={column} className={messages.length > 0 ? "cell-problem" : undefined}>
            {messages.length > 0 ? (
              <>
                <EditableCell line={row.line} column={column} value={cell} busy={busy} onCommit={(value) => onFix(row.line, column, value)} />
                {messages.map((message) => (
                  <p key={message} className="field-problem" data-testid={`problem-${row.line}-${column}`}>
                    {message}
                  </p>
                ))}
              </>
            ) : (
              cell
            )}
          </td>
        );
      })}
    </tr>
  );
}

function localTimeWords(row: PreviewRow, callee: Callee | undefined): string {
  if (!row.values.phone) return "—";
  if (!callee) return "…";
  // "Europe/Isle_of_Man" is written with spaces, as every zone on screen.
  return callee.local_time?.words.replaceAll("_", " ") ?? words().t("import-row-unknown-zone");
}

/** A cell being corrected: sent when the person presses Enter or leaves it. */
function EditableCell({
  line,
  column,
  value,
  busy,
  onCommit,
}: {
  line: number;
  column: number;
  value: string;
  busy: boolean;
  onCommit: (value: string) => void;
}) {
  const [typed, setTyped] = useState(value);
  // Enter then leaving the cell must send the correction once.
  const sent = useRef(value);
  const { t } = useWords();
  useEffect(() => {
    setTyped(value);
    sent.current = value;
  }, [value]);
  const commit = () => {
    if (typed === sent.current) return;
    sent.current = typed;
    onCommit(typed);
  };
  return (
    <input
      className="cell-input"
      aria-label={t("import-cell", { line, column: column + 1 })}
      value={typed}
      disabled={busy}
      onChange={(event) => setTyped(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === "Enter") commit();
      }}
      data-testid={`field-cell-${line}-${column}`}
    />
  );
}
