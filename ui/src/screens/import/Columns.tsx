import { useEffect, useId, useState } from "react";
import type { AccountSummary, Destination, ImportChange, ImportPreview, Target } from "../../bindings";
import { useBackend } from "../../backend";
import { AwazAccountPicker, GetVocalAccountPicker } from "../../components/AccountPicker";
import { describeReading, destinationValue, encodings, fieldLabel, separators, staticKey, targetFields, targets, targetWords } from "./words";

const noChange: ImportChange = { options: null, target: null, mapping: null, default_country: null };

/**
 * Step 2: how the file is read (in words, with controls to correct it), where the rows go,
 * and which column fills which field.
 */
export function Columns({
  preview,
  account,
  busy,
  onChange,
  onAccount,
}: {
  preview: ImportPreview;
  account: AccountSummary | null;
  busy: boolean;
  onChange: (change: ImportChange) => void;
  onAccount: (account: AccountSummary) => void;
}) {
  const ids = useId();
  const { options } = preview;
  const platform = targetWords(preview.target).platform;

  return (
    <section className="card" aria-label="Check the columns">
      <header className="card-header">
        <h2>2. Check the columns</h2>
        <p className="muted">
          Callboard guessed how “{preview.file_name}” is written and what each column holds. Correct anything that looks wrong.
        </p>
      </header>

      <h3>How the file is read</h3>
      <p className="reading" data-testid="reading-words">
        {describeReading(options)}.
      </p>
      <div className="form-grid reading-controls">
        <div className="field">
          <label htmlFor={`${ids}-sep`}>Columns separated by</label>
          <select
            id={`${ids}-sep`}
            value={options.delimiter}
            disabled={busy}
            onChange={(event) => onChange({ ...noChange, options: { ...options, delimiter: Number(event.target.value) } })}
            data-testid="field-delimiter"
          >
            {separators.map((separator) => (
              <option key={separator.code} value={separator.code}>
                {separator.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-enc`}>Characters</label>
          <select
            id={`${ids}-enc`}
            value={options.encoding}
            disabled={busy}
            onChange={(event) => onChange({ ...noChange, options: { ...options, encoding: event.target.value as ImportPreview["options"]["encoding"] } })}
            data-testid="field-encoding"
          >
            {encodings.map((encoding) => (
              <option key={encoding.value} value={encoding.value}>
                {encoding.name}
              </option>
            ))}
          </select>
          <p className="hint">If accents look wrong (Ã© instead of é), try the other choice.</p>
        </div>
        <div className="field checkbox-row">
          <input
            id={`${ids}-header`}
            type="checkbox"
            checked={options.has_header}
            disabled={busy}
            onChange={(event) => onChange({ ...noChange, options: { ...options, has_header: event.target.checked } })}
            data-testid="field-has_header"
          />
          <label htmlFor={`${ids}-header`}>The first row names the columns</label>
        </div>
        <DefaultCountry busy={busy} onChange={(country) => onChange({ ...noChange, default_country: country })} />
      </div>

      <h3>Send to</h3>
      <div className="choice-row" role="radiogroup" aria-label="Send to">
        {targets.map((target) => (
          <label key={target.value}>
            <input
              type="radio"
              name={`${ids}-target`}
              checked={preview.target === target.value}
              disabled={busy}
              onChange={() => onChange({ ...noChange, target: target.value })}
              data-testid={`field-target-${target.value}`}
            />{" "}
            {target.name}
          </label>
        ))}
      </div>
      <p className="hint">
        {platform === "getvocal"
          ? "Each row becomes a lead: a person GetVocal's AI persona can call."
          : "Each row becomes a contact in Awaz: a person an Awaz AI agent can call. Awaz needs a name, a phone number and an email address."}
      </p>
      {platform === "getvocal" ? (
        <GetVocalAccountPicker accountId={account?.platform === "getvocal" ? account.id : null} onChange={onAccount} />
      ) : (
        <AwazAccountPicker accountId={account?.platform === "awaz" ? account.id : null} onChange={onAccount} />
      )}

      <h3>Which column is which</h3>
      <MappingTable preview={preview} busy={busy} onChange={(mapping) => onChange({ ...noChange, mapping })} />
      {preview.mapping_problems.length > 0 ? (
        <div className="warning-notice" role="alert" data-testid="mapping-problems">
          <p className="error-title">Before going on:</p>
          <ul>
            {preview.mapping_problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="success-note" data-testid="mapping-ok">
          Every column has a place.
        </p>
      )}
    </section>
  );
}

function MappingTable({ preview, busy, onChange }: { preview: ImportPreview; busy: boolean; onChange: (mapping: ImportPreview["mapping"]) => void }) {
  const { target, headers, mapping } = preview;
  const samples = preview.rows.slice(0, 2);

  function choose(column: number, value: string) {
    const destination: Destination =
      value === "ignored"
        ? { kind: "ignored" }
        : value === "static"
          ? { kind: "static_data", key: staticKey(headers[column]) || `COLUMN_${column + 1}` }
          : { kind: "field", field: value as Extract<Destination, { kind: "field" }>["field"] };
    onChange({ columns: mapping.columns.map((current, index) => (index === column ? destination : current)) });
  }

  function rename(column: number, key: string) {
    onChange({ columns: mapping.columns.map((current, index) => (index === column ? { kind: "static_data", key } : current)) });
  }

  return (
    <table className="table mapping-table" data-testid="mapping-table">
      <thead>
        <tr>
          <th scope="col">Column in your file</th>
          <th scope="col">Example</th>
          <th scope="col">Becomes</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, column) => {
          const destination = mapping.columns[column] ?? { kind: "ignored" };
          return (
            <tr key={column} data-testid={`mapping-row-${column}`}>
              <th scope="row">{header}</th>
              <td className="muted example-cells">{samples.map((row) => row.cells[column]).filter(Boolean).join(" · ") || "—"}</td>
              <td>
                <select
                  aria-label={`What “${header}” becomes`}
                  value={destinationValue(destination)}
                  disabled={busy}
                  onChange={(event) => choose(column, event.target.value)}
                  data-testid={`field-mapping-${column}`}
                >
                  {targetFields[target].map((field) => (
                    <option key={field} value={field}>
                      {fieldLabel(field)}
                    </option>
                  ))}
                  {target === "get_vocal_leads" && <option value="static">Extra detail for the AI agent (static_data)</option>}
                  <option value="ignored">Don't import</option>
                </select>
                {destination.kind === "static_data" && (
                  <StaticKey value={destination.key} busy={busy} header={header} onCommit={(key) => rename(column, key)} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The name the agent sees the extra detail under; sent when the person leaves the field. */
function StaticKey({ value, header, busy, onCommit }: { value: string; header: string; busy: boolean; onCommit: (key: string) => void }) {
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  return (
    <input
      className="static-key"
      aria-label={`Name of the extra detail from “${header}”`}
      value={typed}
      disabled={busy}
      onChange={(event) => setTyped(event.target.value)}
      onBlur={() => typed !== value && onCommit(typed)}
    />
  );
}

/** Numbers written without + and a country code are read as numbers of this country. */
function DefaultCountry({ busy, onChange }: { busy: boolean; onChange: (country: string) => void }) {
  const backend = useBackend();
  const id = useId();
  const [country, setCountry] = useState("");
  const [saved, setSaved] = useState("");

  useEffect(() => {
    let current = true;
    backend.getSettings().then(
      (settings) => {
        if (!current) return;
        setCountry(settings.preferences.default_country);
        setSaved(settings.preferences.default_country);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [backend]);

  function commit() {
    const code = country.trim().toUpperCase();
    if (code.length === 2 && code !== saved) {
      setSaved(code);
      onChange(code);
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>Country of numbers without a country code</label>
      <input
        id={id}
        className="country-code"
        value={country}
        maxLength={2}
        disabled={busy}
        onChange={(event) => setCountry(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === "Enter" && commit()}
        data-testid="field-default_country"
      />
      <p className="hint">Two letters, e.g. FR for France, US for the United States: “06 12 34 56 78” is read as +33 6 12 34 56 78 with FR.</p>
    </div>
  );
}
