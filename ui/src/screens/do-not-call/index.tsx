import { useId, useState, type FormEvent } from "react";
import type { Explanation, ExportedFile, FileAdded, ListSource, ListedNumber } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { Card } from "../../components/Card";
import { DangerConfirm } from "../../components/DangerConfirm";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { thrownToExplanation } from "../../errors";
import { useWords } from "../../i18n";
import { formatMoment } from "../../when";
import { useLoad } from "../../useLoad";
import "../../components/forms.css";

/** The catalogue id of how each number came onto the list. */
const howWords: Record<ListSource, string> = {
  by_hand: "do-not-call-how-by-hand",
  spreadsheet: "do-not-call-how-spreadsheet",
  call_details: "do-not-call-how-call-details",
  national_list: "do-not-call-how-national-list",
};

/** One list of numbers never to call, for both platforms and every account. */
export function DoNotCallScreen() {
  const [text, setText] = useState("");
  const [listed, reload] = useLoad("doNotCallList", text.trim() || null);
  // Who is doing this, remembered while the screen is open: every entry says who added it.
  const [who, setWho] = useState("");
  const { t } = useWords();

  return (
    <Screen id="do-not-call" title={t("do-not-call-title")} purpose={t("do-not-call-purpose")}>
      <AddByHand who={who} onWho={setWho} onAdded={reload} />
      <AddFromFile who={who} onWho={setWho} onAdded={reload} />
      <Card title={t("do-not-call-list-title")} description={t("do-not-call-list-description")}>
        <div className="form-grid">
          <Field id="dnc-search" name="text" label={t("do-not-call-search")}>
            <input id="dnc-search" value={text} onChange={(event) => setText(event.target.value)} data-testid="field-dnc-search" />
          </Field>
        </div>
        {listed.state === "loading" && <Loading label={t("do-not-call-loading")} />}
        {listed.state === "failed" && <ErrorNotice error={listed.error} onRetry={reload} />}
        {listed.state === "ready" && <ListedTable entries={listed.data} who={who} onRemoved={reload} />}
        <ExportList />
      </Card>
    </Screen>
  );
}

/** Runs one request, keeping its problem (field or not) for the form. */
function useSend<T>() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  /** The answer, or null when it failed (the problem is then kept). */
  async function send(request: () => Promise<Result<T, Explanation>>): Promise<{ data: T } | null> {
    setBusy(true);
    setProblem(null);
    try {
      const result = await request();
      if (result.status === "ok") return { data: result.data };
      setProblem(result.error);
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    } finally {
      setBusy(false);
    }
    return null;
  }
  return { busy, problem, send };
}

function WhoField({ id, who, onWho, problem }: { id: string; who: string; onWho: (who: string) => void; problem: string | null }) {
  const { t } = useWords();
  return (
    <Field id={id} name="added_by" label={t("do-not-call-your-name")} hint={t("do-not-call-your-name-hint")} problem={problem}>
      <input id={id} value={who} onChange={(event) => onWho(event.target.value)} data-testid={`${id}`} />
    </Field>
  );
}

function AddByHand({ who, onWho, onAdded }: { who: string; onWho: (who: string) => void; onAdded: () => void }) {
  const backend = useBackend();
  const ids = useId();
  const [phone, setPhone] = useState("");
  const [reason, setReason] = useState("");
  const [added, setAdded] = useState<ListedNumber | null>(null);
  const { busy, problem, send } = useSend<ListedNumber>();
  const { t } = useWords();
  const fieldProblem = (field: string) => (problem?.field === field ? problem.title : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    const entry = await send(() => backend.doNotCallAdd({ phone, added_by: who, reason, source: "by_hand", account_name: null }));
    if (entry) {
      setAdded(entry.data);
      setPhone("");
      setReason("");
      onAdded();
    }
  }

  return (
    <Card title={t("do-not-call-add-title")} description={t("do-not-call-add-description")}>
      <form className="form" onSubmit={submit} data-testid="dnc-add-form">
        <div className="form-grid">
          <Field id={`${ids}-phone`} name="phone" label={t("do-not-call-phone")} hint={t("do-not-call-phone-hint")} problem={fieldProblem("phone")}>
            <input id={`${ids}-phone`} value={phone} onChange={(event) => setPhone(event.target.value)} data-testid="field-dnc-phone" />
          </Field>
          <WhoField id="field-dnc-added-by" who={who} onWho={onWho} problem={fieldProblem("added_by")} />
          <Field id={`${ids}-reason`} name="reason" label={t("do-not-call-reason")} hint={t("do-not-call-reason-hint")}>
            <input id={`${ids}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} data-testid="field-dnc-reason" />
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || !phone.trim()} data-testid="submit-dnc-add">
            {busy ? t("do-not-call-adding") : t("do-not-call-add")}
          </button>
        </div>
      </form>
      {problem && !problem.field && <ErrorNotice error={problem} />}
      {added && (
        <p className="success-note" role="status" data-testid="dnc-added">
          {t("do-not-call-added", { phone: added.phone })}
        </p>
      )}
    </Card>
  );
}

function AddFromFile({ who, onWho, onAdded }: { who: string; onWho: (who: string) => void; onAdded: () => void }) {
  const backend = useBackend();
  const ids = useId();
  const [source, setSource] = useState<ListSource>("spreadsheet");
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<FileAdded | null>(null);
  const { busy, problem, send } = useSend<FileAdded>();
  const { t } = useWords();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setReport(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
    const result = await send(() => backend.doNotCallAddFile({ file_name: file.name, base64: btoa(binary), added_by: who, reason: "", source }));
    if (result) {
      setReport(result.data);
      onAdded();
    }
  }

  return (
    <Card title={t("do-not-call-file-title")} description={t("do-not-call-file-description")}>
      <form className="form" onSubmit={submit} data-testid="dnc-file-form">
        <div className="form-grid">
          <Field id={`${ids}-file`} name="file" label={t("do-not-call-file")} problem={problem?.field === "file" ? problem.title : null}>
            <input
              id={`${ids}-file`}
              type="file"
              accept=".csv,.txt,.tsv"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              data-testid="field-dnc-file"
            />
          </Field>
          <Field id={`${ids}-kind`} name="source" label={t("do-not-call-file-kind")}>
            <select id={`${ids}-kind`} value={source} onChange={(event) => setSource(event.target.value as ListSource)} data-testid="field-dnc-source">
              <option value="spreadsheet">{t("do-not-call-file-spreadsheet")}</option>
              <option value="national_list">{t("do-not-call-file-national")}</option>
            </select>
          </Field>
          <WhoField id="field-dnc-file-added-by" who={who} onWho={onWho} problem={problem?.field === "added_by" ? problem.title : null} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || !file} data-testid="submit-dnc-file">
            {busy ? t("do-not-call-adding") : t("do-not-call-file-add")}
          </button>
        </div>
      </form>
      {problem && !problem.field && <ErrorNotice error={problem} />}
      {report && (
        <div className="success-note" role="status" data-testid="dnc-file-report">
          <p>
            {report.skipped.length > 0
              ? t("do-not-call-file-report-skipped", { added: report.added, already: report.already_listed, skipped: report.skipped.length })
              : t("do-not-call-file-report", { added: report.added, already: report.already_listed })}
          </p>
          {report.skipped.length > 0 && (
            <ul>
              {report.skipped.slice(0, 20).map((line) => (
                <li key={line.line}>
                  {line.text ? t("do-not-call-file-line", { line: line.line, text: line.text }) : t("do-not-call-file-line-empty", { line: line.line })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}

function ListedTable({ entries, who, onRemoved }: { entries: ListedNumber[]; who: string; onRemoved: () => void }) {
  const backend = useBackend();
  const [removing, setRemoving] = useState<ListedNumber | null>(null);
  const { busy, problem, send } = useSend<null>();
  const { t } = useWords();

  async function remove() {
    if (!removing) return;
    const phone = removing.phone;
    if (await send(() => backend.doNotCallRemove(phone, who))) {
      setRemoving(null);
      onRemoved();
    }
  }

  if (entries.length === 0)
    return (
      <p className="muted" data-testid="dnc-empty">
        {t("do-not-call-empty")}
      </p>
    );
  return (
    <>
      <table className="table" data-testid="dnc-table">
        <thead>
          <tr>
            <th>{t("do-not-call-column-number")}</th>
            <th>{t("do-not-call-column-why")}</th>
            <th>{t("do-not-call-column-added-by")}</th>
            <th>{t("do-not-call-column-when")}</th>
            <th>
              <span className="visually-hidden">{t("do-not-call-column-remove")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.phone} data-testid={`dnc-row-${entry.phone}`}>
              <td className="phone-number">{entry.phone}</td>
              <td>{entry.reason}</td>
              <td>
                {entry.account_name
                  ? t("do-not-call-added-by-for-account", { who: entry.added_by, how: t(howWords[entry.source]), account: entry.account_name })
                  : t("do-not-call-added-by", { who: entry.added_by, how: t(howWords[entry.source]) })}
              </td>
              <td>{formatMoment(entry.added_at)}</td>
              <td>
                <button type="button" className="link-button danger-link" onClick={() => setRemoving(entry)} data-testid={`remove-${entry.phone}`}>
                  {t("do-not-call-remove")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {removing && (
        <DangerConfirm
          id="dnc-remove"
          question={t("do-not-call-remove-question", { phone: removing.phone })}
          confirmLabel={t("do-not-call-remove-confirm")}
          busyLabel={t("do-not-call-removing")}
          busy={busy}
          onConfirm={remove}
          onCancel={() => setRemoving(null)}
        >
          <p>{t("do-not-call-remove-explained", { who: removing.added_by, reason: removing.reason })}</p>
          {!who.trim() && <p className="field-problem">{t("do-not-call-remove-needs-name")}</p>}
          {problem && <ErrorNotice error={problem} />}
        </DangerConfirm>
      )}
    </>
  );
}

function ExportList() {
  const backend = useBackend();
  const [exported, setExported] = useState<ExportedFile | null>(null);
  const { busy, problem, send } = useSend<ExportedFile>();
  const { t } = useWords();
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button secondary"
        disabled={busy}
        onClick={async () => setExported((await send(() => backend.doNotCallExport()))?.data ?? null)}
        data-testid="dnc-export"
      >
        {busy ? t("do-not-call-exporting") : t("do-not-call-export")}
      </button>
      {exported && (
        <p className="success-note" role="status" data-testid="dnc-exported">
          {t("do-not-call-exported", { rows: exported.rows, path: exported.path })}
        </p>
      )}
      {problem && <ErrorNotice error={problem} />}
    </div>
  );
}
