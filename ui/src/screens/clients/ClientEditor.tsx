import { useId, useState, type FormEvent } from "react";
import type { Client, ClientForm } from "../../bindings";
import { useBackend } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { useWords } from "../../i18n";
import { AwazAccountField, useRun } from "./shared";

function formOf(client: Client | null): ClientForm {
  return {
    id: client?.id ?? null,
    name: client?.name ?? "",
    workspace_email: client?.workspace_email ?? "",
    workspace_id: client?.workspace_id ?? "",
    account_id: client?.account_id ?? null,
    tags: client?.tags ?? [],
    notes: client?.notes ?? "",
  };
}

/** Adds or edits a client. A refusal is shown on its field; everything typed stays. */
export function ClientEditor({ client, onSaved, onCancel }: { client: Client | null; onSaved: (client: Client) => void; onCancel: () => void }) {
  const backend = useBackend();
  const ids = useId();
  const { t } = useWords();
  const [form, setForm] = useState(() => formOf(client));
  const [tagsText, setTagsText] = useState(() => form.tags.join(", "));
  const { run, busy, problem } = useRun();

  async function save(event: FormEvent) {
    event.preventDefault();
    const tags = tagsText
      .split(/[,;]/)
      .map((tag) => tag.trim())
      .filter(Boolean);
    const saved = await run(() =>
      backend.clientsSave({ ...form, tags, workspace_email: form.workspace_email?.trim() || null, workspace_id: form.workspace_id?.trim() || null }),
    );
    if (saved) onSaved(saved);
  }

  const problemOn = (field: string) => (problem?.field === field ? problem.title : null);
  return (
    <form className="form card" noValidate onSubmit={save} data-testid="client-editor" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{client ? t("clients-edit-title", { name: client.name }) : t("clients-add-title")}</h2>
      <Field id={`${ids}-name`} name="name" label={t("clients-name")} problem={problemOn("name")}>
        <input id={`${ids}-name`} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} data-testid="client-name" />
      </Field>
      <Field
        id={`${ids}-email`}
        name="workspace_email"
        label={t("clients-workspace-email")}
        hint={t("clients-workspace-hint")}
        problem={problemOn("workspace_email")}
      >
        <input
          id={`${ids}-email`}
          type="email"
          value={form.workspace_email ?? ""}
          onChange={(event) => setForm({ ...form, workspace_email: event.target.value })}
          data-testid="client-workspace-email"
        />
      </Field>
      <Field id={`${ids}-workspace-id`} name="workspace_id" label={t("clients-workspace-id")} problem={problemOn("workspace_id")}>
        <input
          id={`${ids}-workspace-id`}
          value={form.workspace_id ?? ""}
          onChange={(event) => setForm({ ...form, workspace_id: event.target.value })}
          data-testid="client-workspace-id"
        />
      </Field>
      <AwazAccountField
        id={`${ids}-account`}
        label={t("clients-account")}
        hint={t("clients-account-hint")}
        value={form.account_id ?? ""}
        noneLabel={t("clients-account-none")}
        testId="client-account"
        onChange={(accountId) => setForm({ ...form, account_id: accountId || null })}
      />
      <Field id={`${ids}-tags`} name="tags" label={t("clients-tags")} hint={t("clients-tags-hint")} problem={problemOn("tags")}>
        <input id={`${ids}-tags`} value={tagsText} onChange={(event) => setTagsText(event.target.value)} data-testid="client-tags" />
      </Field>
      <Field id={`${ids}-notes`} name="notes" label={t("clients-notes")} problem={problemOn("notes")}>
        <textarea id={`${ids}-notes`} value={form.notes} onChange={(event) => setForm({ ...form, notes: event.target.value })} data-testid="client-notes" />
      </Field>
      {problem && !problem.field && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} data-testid="client-save">
          {busy ? t("clients-saving") : t("clients-save")}
        </button>
        <button type="button" className="link-button" onClick={onCancel} data-testid="client-cancel">
          {t("clients-cancel")}
        </button>
      </div>
    </form>
  );
}
