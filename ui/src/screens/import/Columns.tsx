import { useEffect, useId, useState } from "react";
import type { AccountSummary, Destination, ImportChange, ImportPreview } from "../../bindings";
import { useBackend } from "../../backend";
import { AwazAccountPicker, GetVocalAccountPicker } from "../../components/AccountPicker";
import { useWords } from "../../i18n";
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
  const { t } = useWords();
  const { options } = preview;
  const platform = targetWords(preview.target).platform;

  return (
    <section className="card" aria-label={t("import-step-columns")}>
      <header className="card-header">
        <h2>{t("import-columns-heading")}</h2>
        <p className="muted">{t("import-columns-intro", { name: preview.file_name })}</p>
      </header>

      <h3>{t("import-reading-heading")}</h3>
      <p className="reading" data-testid="reading-words">
        {t("import-reading-sentence", { reading: describeReading(options) })}
      </p>
      <div className="form-grid reading-controls">
        <div className="field">
          <label htmlFor={`${ids}-sep`}>{t("import-separator-label")}</label>
          <select
            id={`${ids}-sep`}
            value={options.delimiter}
            disabled={busy}
            onChange={(event) => onChange({ ...noChange, options: { ...options, delimiter: Number(event.target.value) } })}
            data-testid="field-delimiter"
          >
            {separators.map((separator) => (
              <option key={separator.code} value={separator.code}>
                {t(separator.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-enc`}>{t("import-encoding-label")}</label>
          <select
            id={`${ids}-enc`}
            value={options.encoding}
            disabled={busy}
            onChange={(event) => onChange({ ...noChange, options: { ...options, encoding: event.target.value as ImportPreview["options"]["encoding"] } })}
            data-testid="field-encoding"
          >
            {encodings.map((encoding) => (
              <option key={encoding.value} value={encoding.value}>
                {t(encoding.name)}
              </option>
            ))}
          </select>
          <p className="hint">{t("import-encoding-hint")}</p>
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
          <label htmlFor={`${ids}-header`}>{t("import-has-header")}</label>
        </div>
        <DefaultCountry busy={busy} onChange={(country) => onChange({ ...noChange, default_country: country })} />
      </div>

      <h3>{t("import-send-to")}</h3>
      <div className="choice-row" role="radiogroup" aria-label={t("import-send-to")}>
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
            {t(target.name)}
          </label>
        ))}
      </div>
      <p className="hint">{platform === "getvocal" ? t("import-target-getvocal-hint") : t("import-target-awaz-hint")}</p>
      {platform === "getvocal" ? (
        <GetVocalAccountPicker accountId={account?.platform === "getvocal" ? account.id : null} onChange={onAccount} />
      ) : (
        <AwazAccountPicker accountId={account?.platform === "awaz" ? account.id : null} onChange={onAccount} />
      )}

      <h3>{t("import-mapping-heading")}</h3>
      <MappingTable preview={preview} busy={busy} onChange={(mapping) => onChange({ ...noChange, mapping })} />
      {preview.mapping_problems.length > 0 ? (
        <div className="warning-notice" role="alert" data-testid="mapping-problems">
          <p className="error-title">{t("import-mapping-problems")}</p>
          <ul>
            {preview.mapping_problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="success-note" data-testid="mapping-ok">
          {t("import-mapping-ok")}
        </p>
      )}
    </section>
  );
}

function MappingTable({ preview, busy, onChange }: { preview: ImportPreview; busy: boolean; onChange: (mapping: ImportPreview["mapping"]) => void }) {
  const { target, headers, mapping } = preview;
  const samples = preview.rows.slice(0, 2);
  const { t } = useWords();

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
          <th scope="col">{t("import-mapping-column")}</th>
          <th scope="col">{t("import-mapping-example")}</th>
          <th scope="col">{t("import-mapping-becomes")}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, column) => {
          const destination = mapping.columns[column] ?? { kind: "ignored" };
          return (
            <tr key={column} data-testid={`mapping-row-${column}`}>
              <th scope="row" translate="no">
                {header}
              </th>
              <td className="muted example-cells">
                {samples
                  .map((row) => row.cells[column])
                  .filter(Boolean)
                  .join(" · ") || "—"}
              </td>
              <td>
                <select
                  aria-label={t("import-mapping-choice", { header })}
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
                  {target === "get_vocal_leads" && <option value="static">{t("import-mapping-static")}</option>}
                  <option value="ignored">{t("import-mapping-ignored")}</option>
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
  const { t } = useWords();
  useEffect(() => setTyped(value), [value]);
  return (
    <input
      className="static-key"
      aria-label={t("import-static-key", { header })}
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
  const { t } = useWords();
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
      <label htmlFor={id}>{t("import-default-country")}</label>
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
      <p className="hint">{t("import-default-country-hint")}</p>
    </div>
  );
}
