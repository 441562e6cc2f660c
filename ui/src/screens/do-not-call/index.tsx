import { useCallback, useId, useState, type FormEvent } from "react";
import type { Explanation, ExportedFile, FileAdded, ListSource, ListedNumber } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { Card } from "../../components/Card";
import { DangerConfirm } from "../../components/DangerConfirm";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { thrownToExplanation } from "../../errors";
import { useLoad } from "../../useLoad";
import "../../components/forms.css";

const howWords: Record<ListSource, string> = {
  by_hand: "by hand",
  spreadsheet: "from a spreadsheet",
  call_details: "from a call",
  national_list: "from a national opt-out file",
};

/** One list of numbers never to call, for both platforms and every account. */
export function DoNotCallScreen() {
  const backend = useBackend();
  const [text, setText] = useState("");
  const load = useCallback(() => backend.doNotCallList(text.trim() || null), [backend, text]);
  const [listed, reload] = useLoad<ListedNumber[]>(load);
  // Who is doing this, remembered while the screen is open: every entry says who added it.
  const [who, setWho] = useState("");

  return (
    <Screen
      id="do-not-call"
      title="Do not call"
      purpose="Numbers Callboard never calls, on GetVocal or Awaz, from any account: imports and single calls refuse them and say why."
    >
      <AddByHand who={who} onWho={setWho} onAdded={reload} />
      <AddFromFile who={who} onWho={setWho} onAdded={reload} />
      <Card title="The list" description="Newest first. Each number says who added it, when and why.">
        <div className="form-grid">
          <Field id="dnc-search" name="text" label="Find a number or a name">
            <input id="dnc-search" value={text} onChange={(event) => setText(event.target.value)} data-testid="field-dnc-search" />
          </Field>
        </div>
        {listed.state === "loading" && <Loading label="Reading the list…" />}
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
  return (
    <Field id={id} name="added_by" label="Your name" hint="Kept with each number, so anyone can see who added it." problem={problem}>
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
    <Card title="Add a number" description="For someone who asked not to be called again.">
      <form className="form" onSubmit={submit} data-testid="dnc-add-form">
        <div className="form-grid">
          <Field id={`${ids}-phone`} name="phone" label="Phone number" hint="Any usual writing; numbers without a country code use your default country." problem={fieldProblem("phone")}>
            <input id={`${ids}-phone`} value={phone} onChange={(event) => setPhone(event.target.value)} data-testid="field-dnc-phone" />
          </Field>
          <WhoField id="field-dnc-added-by" who={who} onWho={onWho} problem={fieldProblem("added_by")} />
          <Field id={`${ids}-reason`} name="reason" label="Why (optional)" hint="Blank means “Asked not to be called”.">
            <input id={`${ids}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} data-testid="field-dnc-reason" />
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || !phone.trim()} data-testid="submit-dnc-add">
            {busy ? "Adding…" : "Add to the list"}
          </button>
        </div>
      </form>
      {problem && !problem.field && <ErrorNotice error={problem} />}
      {added && (
        <p className="success-note" role="status" data-testid="dnc-added">
          {added.phone} is on the list. Callboard will not call it.
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
    <Card
      title="Add numbers from a file"
      description="A spreadsheet saved as CSV, or a national opt-out file such as a Bloctel result file. In each line, the first cell that is a phone number is added; numbers may be written with or without “+”."
    >
      <form className="form" onSubmit={submit} data-testid="dnc-file-form">
        <div className="form-grid">
          <Field id={`${ids}-file`} name="file" label="File" problem={problem?.field === "file" ? problem.title : null}>
            <input id={`${ids}-file`} type="file" accept=".csv,.txt,.tsv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} data-testid="field-dnc-file" />
          </Field>
          <Field id={`${ids}-kind`} name="source" label="What it is">
            <select id={`${ids}-kind`} value={source} onChange={(event) => setSource(event.target.value as ListSource)} data-testid="field-dnc-source">
              <option value="spreadsheet">A spreadsheet of people who said no</option>
              <option value="national_list">A national opt-out file (e.g. Bloctel)</option>
            </select>
          </Field>
          <WhoField id="field-dnc-file-added-by" who={who} onWho={onWho} problem={problem?.field === "added_by" ? problem.title : null} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || !file} data-testid="submit-dnc-file">
            {busy ? "Adding…" : "Add the file's numbers"}
          </button>
        </div>
      </form>
      {problem && !problem.field && <ErrorNotice error={problem} />}
      {report && (
        <div className="success-note" role="status" data-testid="dnc-file-report">
          <p>
            {report.added} added, {report.already_listed} already on the list.
            {report.skipped.length > 0 && ` ${report.skipped.length} line(s) had no phone number:`}
          </p>
          {report.skipped.length > 0 && (
            <ul>
              {report.skipped.slice(0, 20).map((line) => (
                <li key={line.line}>
                  Line {line.line}: {line.text || "(empty)"}
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

  async function remove() {
    if (!removing) return;
    const phone = removing.phone;
    if (await send(() => backend.doNotCallRemove(phone, who))) {
      setRemoving(null);
      onRemoved();
    }
  }

  if (entries.length === 0) return <p className="muted" data-testid="dnc-empty">No number on the list yet.</p>;
  return (
    <>
      <table className="table" data-testid="dnc-table">
        <thead>
          <tr>
            <th>Number</th>
            <th>Why</th>
            <th>Added by</th>
            <th>When</th>
            <th>
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.phone} data-testid={`dnc-row-${entry.phone}`}>
              <td className="phone-number">{entry.phone}</td>
              <td>{entry.reason}</td>
              <td>
                {entry.added_by} ({howWords[entry.source]}
                {entry.account_name ? `, ${entry.account_name}` : ""})
              </td>
              <td>{new Date(entry.added_at).toLocaleString()}</td>
              <td>
                <button type="button" className="link-button danger-link" onClick={() => setRemoving(entry)} data-testid={`remove-${entry.phone}`}>
                  Remove…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {removing && (
        <DangerConfirm
          id="dnc-remove"
          question={`Take ${removing.phone} off the do-not-call list?`}
          confirmLabel="Remove it, calls allowed again"
          busyLabel="Removing…"
          busy={busy}
          onConfirm={remove}
          onCancel={() => setRemoving(null)}
        >
          <p>
            Callboard will be able to call this number again. It was added by {removing.added_by}: “{removing.reason}”. Your name is kept with the removal.
          </p>
          {!who.trim() && <p className="field-problem">Type your name in “Your name” above first.</p>}
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
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button secondary"
        disabled={busy}
        onClick={async () => setExported((await send(() => backend.doNotCallExport()))?.data ?? null)}
        data-testid="dnc-export"
      >
        {busy ? "Exporting…" : "Export the list (CSV)"}
      </button>
      {exported && (
        <p className="success-note" role="status" data-testid="dnc-exported">
          {exported.rows} numbers saved to {exported.path}
        </p>
      )}
      {problem && <ErrorNotice error={problem} />}
    </div>
  );
}
