import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Callee, ImportPreview, Mapping, PreviewRow, RowProblem } from "../../bindings";
import { useBackend } from "../../backend";
import { useLoad } from "../../useLoad";
import { count, plural, targetWords } from "./words";

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
  const load = useCallback(
    () => (key === "" ? Promise.resolve({ status: "ok" as const, data: [] }) : backend.callingCallees(key.split("\n"))),
    [backend, key],
  );
  const [loaded, , refresh] = useLoad<Callee[]>(load);
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
export function FixRows({
  preview,
  busy,
  onFix,
}: {
  preview: ImportPreview;
  busy: boolean;
  onFix: (line: number, column: number, value: string) => void;
}) {
  const [fixed, setFixed] = useState<number[]>([]);
  // With nothing to fix, every row is shown: each person's local time is worth a look.
  const [onlyProblems, setOnlyProblems] = useState(preview.summary.with_problems > 0);
  const [shown, setShown] = useState(PAGE);
  const { summary } = preview;
  const needFix = summary.with_problems - summary.duplicates;
  const [one, many] = targetWords(preview.target).record;

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
    <section className="card" aria-label="Fix the rows">
      <header className="card-header">
        <h2>3. Fix the rows</h2>
        <p className="muted">Every row was checked. Rows that need a fix are not sent; correct them here, or fix the file and open it again.</p>
      </header>
      <p className="import-summary" data-testid="import-summary">
        <span className="badge badge-ok">{count(summary.valid)} ready</span>
        <span className={needFix > 0 ? "badge badge-bad" : "badge badge-muted"}>{count(needFix)} need a fix</span>
        <span className={summary.duplicates > 0 ? "badge badge-warn" : "badge badge-muted"}>{plural(summary.duplicates, "duplicate", "duplicates")}</span>
        <span className="muted">of {plural(summary.total, "row", "rows")}</span>
      </p>
      {summary.duplicates > 0 && (
        <p className="hint">
          A duplicate is a person who is already on an earlier line (same phone number{preview.target === "get_vocal_leads" ? " or lead ID" : ""}): only the
          first line is sent, so nobody is called twice.
        </p>
      )}
      {summary.with_problems === 0 && (
        <p className="success-note" data-testid="rows-all-ready">
          All {plural(summary.valid, one, many)} are ready to send.
        </p>
      )}
      <div className="checkbox-row">
        <input id="import-only-problems" type="checkbox" checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} data-testid="field-only-problems" />
        <label htmlFor="import-only-problems">Show only the rows that need a fix</label>
      </div>
      {localTimesFailed && (
        <p className="hint" data-testid="local-times-failed">
          The people's local times could not be read just now; Callboard tries again in a minute. The calling rules are still checked before anything is sent.
        </p>
      )}
      {rows.length > 0 && (
        <div className="rows-scroll">
          <table className="table rows-table" data-testid="rows-table">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Status</th>
                <th scope="col" title="Read from each phone number: the person's own time zone (several when the number's area spans zones).">
                  Their local time
                </th>
                {preview.headers.map((header, column) => (
                  <th scope="col" key={column}>
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
          Show {count(Math.min(PAGE, rows.length - shown))} more rows
        </button>
      )}
      {!onlyProblems && summary.valid > readyShown && (
        <p className="muted">The first {count(readyShown)} ready rows are shown; the others are ready too.</p>
      )}
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

  return (
    <tr className={valid ? "row-ready" : "row-problem"} data-testid={`row-line-${row.line}`} data-state={valid ? "ready" : "problem"}>
      <th scope="row" className="line-number">
        {row.line}
      </th>
      <td className="row-status">
        {valid && callee?.listed ? (
          <span className="badge badge-warn" data-testid={`row-status-${row.line}`}>
            Do not call
          </span>
        ) : valid ? (
          <span className="badge badge-ok" data-testid={`row-status-${row.line}`}>
            {wasFixed ? "Fixed — ready" : "Ready"}
          </span>
        ) : (
          <>
            <span className={row.duplicate_of !== null ? "badge badge-warn" : "badge badge-bad"} data-testid={`row-status-${row.line}`}>
              {row.duplicate_of !== null ? `Duplicate of line ${row.duplicate_of}` : "Needs a fix"}
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
  return callee.local_time?.words.replaceAll("_", " ") ?? "Unknown time zone";
}

/** A cell being corrected: sent when the person presses Enter or leaves it. */
function EditableCell({ line, column, value, busy, onCommit }: { line: number; column: number; value: string; busy: boolean; onCommit: (value: string) => void }) {
  const [typed, setTyped] = useState(value);
  // Enter then leaving the cell must send the correction once.
  const sent = useRef(value);
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
      aria-label={`Line ${line}, column ${column + 1}`}
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
