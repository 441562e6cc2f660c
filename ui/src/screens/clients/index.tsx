import { useEffect, useId, useRef, useState } from "react";
import type { BatchView, BookImport, Client, ExportedFile } from "../../bindings";
import { useBackend } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { useWords } from "../../i18n";
import { useLoad } from "../../useLoad";
import { BatchPanel } from "./Batch";
import { BatchSetup, type BatchTarget } from "./BatchSetup";
import { ClientEditor } from "./ClientEditor";
import { ClientPage } from "./ClientPage";
import { DueTopUps } from "./DueTopUps";
import { ColumnHeads, RowActions, SavedFile, fileName, formatDay, useRun } from "./shared";
import "../../components/forms.css";
import "../getvocal.css";
import "./clients.css";

/** What the screen shows under its heading. */
type View =
  | { show: "book" }
  | { show: "edit"; client: Client | null }
  | { show: "client"; clientId: number }
  | { show: "setup"; target: BatchTarget }
  | { show: "batch"; batch: BatchView };

export function ClientsScreen() {
  const { t } = useWords();
  const [view, setView] = useState<View>({ show: "book" });
  const book = () => setView({ show: "book" });
  const openBatch = (batch: BatchView) => setView({ show: "batch", batch });
  return (
    <Screen id="clients" title={t("clients-title")} purpose={t("clients-purpose")}>
      {view.show === "book" && (
        <>
          <DueTopUps onReviewed={openBatch} />
          <UnfinishedBatches onOpen={openBatch} />
          <Book
            onAdd={() => setView({ show: "edit", client: null })}
            onEdit={(client) => setView({ show: "edit", client })}
            onOpen={(clientId) => setView({ show: "client", clientId })}
            onTopUp={(target) => setView({ show: "setup", target })}
          />
        </>
      )}
      {view.show === "edit" && (
        <ClientEditor
          client={view.client}
          onSaved={(client) => setView({ show: "client", clientId: client.id })}
          onCancel={view.client ? () => setView({ show: "client", clientId: view.client!.id }) : book}
        />
      )}
      {view.show === "client" && <ClientPage clientId={view.clientId} onBack={book} onEdit={(client) => setView({ show: "edit", client })} />}
      {view.show === "setup" && <BatchSetup target={view.target} onReviewed={openBatch} onCancel={book} />}
      {view.show === "batch" && <BatchPanel key={view.batch.id} initial={view.batch} onClose={book} />}
    </Screen>
  );
}

/** Batches that stopped before their end (paused, or Callboard closed while sending): shown until resumed. */
function UnfinishedBatches({ onOpen }: { onOpen: (batch: BatchView) => void }) {
  const { t } = useWords();
  const [batches] = useLoad("batchesList");
  if (batches.state !== "ready") return null;
  const unfinished = batches.data.filter((batch) => batch.state === "paused" || batch.state === "running");
  if (unfinished.length === 0) return null;
  return (
    <section className="card" data-testid="unfinished-batches" aria-labelledby="unfinished-title">
      <h2 id="unfinished-title">{t("clients-unfinished-title")}</h2>
      <ul>
        {unfinished.map((batch) => (
          <li key={batch.id} data-testid="unfinished-batch">
            {t("clients-unfinished-line", { done: batch.counts.done, lines: batch.lines.length, question: batch.question })}{" "}
            <button type="button" className="button small" onClick={() => onOpen(batch)} data-testid="unfinished-open">
              {batch.state === "paused" ? t("clients-unfinished-resume") : t("clients-unfinished-open")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Book({
  onAdd,
  onEdit,
  onOpen,
  onTopUp,
}: {
  onAdd: () => void;
  onEdit: (client: Client) => void;
  onOpen: (clientId: number) => void;
  onTopUp: (target: BatchTarget) => void;
}) {
  const backend = useBackend();
  const ids = useId();
  const { t } = useWords();
  const [text, setText] = useState("");
  const [tag, setTag] = useState("");
  const [archived, setArchived] = useState(false);
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const [clients, retry] = useLoad("clientsList", { text: text.trim() || null, tag: tag || null, include_archived: archived });
  const [everyone] = useLoad("clientsList", { include_archived: false });
  const { run, busy, problem } = useRun();
  const [filled, setFilled] = useState<Client[] | null>(null);

  // On the first opening of an empty book, the workspaces already topped up become clients.
  const askedToFill = useRef(false);
  useEffect(() => {
    if (askedToFill.current || everyone.state !== "ready" || everyone.data.length > 0) return;
    askedToFill.current = true;
    void run(() => backend.clientsFillFromHistory()).then((added) => added && added.length > 0 && setFilled(added));
  }, [everyone, backend, run]);

  const tags = everyone.state === "ready" ? [...new Set(everyone.data.flatMap((client) => client.tags))].sort() : [];
  function toggle(id: number) {
    const next = new Set(ticked);
    if (!next.delete(id)) next.add(id);
    setTicked(next);
  }
  const shownTicked = clients.state === "ready" ? clients.data.filter((client) => ticked.has(client.id)).map((client) => client.id) : [];

  return (
    <>
      <div className="form-actions">
        <button type="button" className="button" onClick={onAdd} data-testid="client-add">
          {t("clients-add")}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={() => run(() => backend.clientsFillFromHistory()).then((added) => added && setFilled(added))}
          data-testid="clients-fill"
        >
          {t("clients-fill")}
        </button>
      </div>
      {filled && (
        <p className="success-note" role="status" data-testid="clients-filled">
          {t("clients-filled", { count: filled.length })}
        </p>
      )}
      <div className="filters">
        <label htmlFor={`${ids}-search`}>{t("clients-search")}</label>
        <input id={`${ids}-search`} type="search" value={text} onChange={(event) => setText(event.target.value)} data-testid="clients-search" />
        <label htmlFor={`${ids}-tag`}>{t("clients-tag")}</label>
        <select id={`${ids}-tag`} value={tag} onChange={(event) => setTag(event.target.value)} data-testid="clients-tag">
          <option value="">{t("clients-tag-any")}</option>
          {tags.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} data-testid="clients-show-archived" />{" "}
          {t("clients-show-archived")}
        </label>
      </div>
      {clients.state === "loading" && <Loading label={t("clients-loading")} />}
      {clients.state === "failed" && <ErrorNotice error={clients.error} onRetry={retry} />}
      {clients.state === "ready" && clients.data.length === 0 && <p className="empty">{t("clients-empty")}</p>}
      {clients.state === "ready" && clients.data.length > 0 && (
        <table className="table" data-testid="clients-table">
          <ColumnHeads ids={["clients-column-pick", "clients-column-client", "clients-column-workspace", "clients-tags", "clients-column-next-due"]} actions />
          <tbody>
            {clients.data.map((client) => (
              <tr key={client.id} data-testid="client-row" data-archived={client.archived}>
                <td>
                  <input
                    type="checkbox"
                    checked={ticked.has(client.id)}
                    onChange={() => toggle(client.id)}
                    aria-label={t("clients-pick", { name: client.name })}
                    data-testid="client-pick"
                  />
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => onOpen(client.id)} data-testid="client-open">
                    {client.name}
                  </button>
                  {client.archived && <span className="badge badge-muted">{t("clients-archived")}</span>}
                </td>
                <td>{client.workspace_email ?? client.workspace_id}</td>
                <td>{client.tags.join(", ")}</td>
                <td>{client.next_due_on ? formatDay(client.next_due_on) : ""}</td>
                <td>
                  <RowActions
                    testId={{ edit: "client-row-edit", switch: "client-archive" }}
                    onEdit={() => onEdit(client)}
                    switchLabel={client.archived ? t("clients-unarchive") : t("clients-archive")}
                    onSwitch={() => run(() => backend.clientsSetArchived(client.id, !client.archived))}
                    busy={busy}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problem && <ErrorNotice error={problem} />}
      <section className="card" aria-labelledby={`${ids}-several`}>
        <h2 id={`${ids}-several`}>{t("clients-several-title")}</h2>
        <p className="hint">{t("clients-several-intro")}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={shownTicked.length === 0}
            onClick={() => onTopUp({ from: "clients", clientIds: shownTicked })}
            data-testid="top-up-picked"
          >
            {t("clients-top-up-picked", { count: shownTicked.length })}
          </button>
          {tag && (
            <button type="button" className="button secondary" onClick={() => onTopUp({ from: "tag", tag })} data-testid="top-up-tag">
              {t("clients-top-up-tag", { tag })}
            </button>
          )}
          <button type="button" className="button secondary" onClick={() => onTopUp({ from: "csv" })} data-testid="top-up-csv">
            {t("clients-top-up-csv")}
          </button>
        </div>
      </section>
      <BookFile />
    </>
  );
}

/** The book as a CSV file, both ways. */
function BookFile() {
  const backend = useBackend();
  const ids = useId();
  const { t } = useWords();
  const [path, setPath] = useState("");
  const [imported, setImported] = useState<BookImport | null>(null);
  const [exported, setExported] = useState<ExportedFile | null>(null);
  const { run, busy, problem } = useRun();
  return (
    <section className="card" aria-labelledby={`${ids}-title`} data-testid="book-file">
      <h2 id={`${ids}-title`}>{t("clients-file-title")}</h2>
      <div className="form-actions">
        <button
          type="button"
          className="button secondary"
          disabled={busy}
          onClick={async () => setExported(await run(() => backend.clientsExport(null)))}
          data-testid="clients-export"
        >
          {t("clients-export")}
        </button>
      </div>
      {exported && (
        <SavedFile testId="clients-exported" message={t("clients-exported", { rows: exported.rows, file: fileName(exported.path) })} path={exported.path} />
      )}
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          setImported(await run(() => backend.clientsImport(path.trim())));
        }}
      >
        <label htmlFor={`${ids}-path`}>{t("clients-import-path")}</label>
        <input id={`${ids}-path`} value={path} onChange={(event) => setPath(event.target.value)} data-testid="clients-import-path" />
        <p className="hint">{t("clients-import-hint")}</p>
        <button type="submit" className="button secondary" disabled={busy || !path.trim()} data-testid="clients-import">
          {t("clients-import")}
        </button>
      </form>
      {imported && (
        <div className="success-note" role="status" data-testid="clients-imported">
          <p>{t("clients-imported", { added: imported.added, updated: imported.updated })}</p>
          {imported.problems.length > 0 && (
            <ul>
              {imported.problems.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {problem && <ErrorNotice error={problem} />}
    </section>
  );
}
