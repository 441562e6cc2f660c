import { useId, useState, type FormEvent } from "react";
import type { BatchSource, BatchView, TopUpKind } from "../../bindings";
import { useBackend } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { useWords } from "../../i18n";
import { AwazAccountField, useAwazAccounts, useRun } from "./shared";

/** Who a batch tops up: the ticked clients, every client with a tag, or a CSV file's lines. */
export type BatchTarget = { from: "clients"; clientIds: number[] } | { from: "tag"; tag: string } | { from: "csv" };

/** The same top-up for the picked clients (or a CSV file's lines), reviewed before anything is sent. */
export function BatchSetup({ target, onReviewed, onCancel }: { target: BatchTarget; onReviewed: (batch: BatchView) => void; onCancel: () => void }) {
  const backend = useBackend();
  const ids = useId();
  const { t } = useWords();
  const [kind, setKind] = useState<TopUpKind>("credits");
  const [amount, setAmount] = useState("");
  const [reference, setReference] = useState("");
  const [path, setPath] = useState("");
  const [accountId, setAccountId] = useState("");
  const { run, busy, problem } = useRun();
  const awazAccounts = useAwazAccounts();
  const chosenAccount = accountId || awazAccounts[0]?.id || null;

  async function review(event: FormEvent) {
    event.preventDefault();
    const same = { kind, amount, reference: reference.trim() || null };
    const source: BatchSource =
      target.from === "clients"
        ? { from: "clients", client_ids: target.clientIds, ...same }
        : target.from === "tag"
          ? { from: "tag", tag: target.tag, ...same }
          : { from: "csv", path: path.trim() };
    const draft = await run(() => backend.batchDraft(source, chosenAccount));
    if (draft) onReviewed(draft);
  }

  const problemOn = (field: string) => (problem?.field === field ? problem.title : null);
  return (
    <form className="form card" onSubmit={review} data-testid="batch-setup" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>
        {target.from === "clients"
          ? t("clients-batch-for-clients", { count: target.clientIds.length })
          : target.from === "tag"
            ? t("clients-batch-for-tag", { tag: target.tag })
            : t("clients-batch-for-csv")}
      </h2>
      <p className="hint">{t("clients-batch-intro")}</p>
      {target.from === "csv" ? (
        <Field id={`${ids}-path`} name="path" label={t("clients-batch-csv-path")} hint={t("clients-batch-csv-hint")} problem={problemOn("path")}>
          <input id={`${ids}-path`} value={path} onChange={(event) => setPath(event.target.value)} data-testid="batch-csv-path" />
        </Field>
      ) : (
        <>
          <Field id={`${ids}-kind`} name="kind" label={t("clients-kind")} problem={problemOn("kind")}>
            <select id={`${ids}-kind`} value={kind} onChange={(event) => setKind(event.target.value as TopUpKind)} data-testid="batch-kind">
              <option value="credits">{t("clients-kind-credits")}</option>
              <option value="minutes">{t("clients-kind-minutes")}</option>
            </select>
          </Field>
          <Field id={`${ids}-amount`} name="amount" label={t("clients-amount")} hint={t("clients-amount-hint")} problem={problemOn("amount")}>
            <input id={`${ids}-amount`} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} data-testid="batch-amount" />
          </Field>
          <Field id={`${ids}-reference`} name="reference" label={t("clients-reference")} hint={t("clients-reference-hint")} problem={problemOn("reference")}>
            <input id={`${ids}-reference`} value={reference} onChange={(event) => setReference(event.target.value)} data-testid="batch-reference" />
          </Field>
        </>
      )}
      {awazAccounts.length > 1 && (
        <AwazAccountField
          id={`${ids}-account`}
          label={t("clients-batch-account")}
          hint={t("clients-batch-account-hint")}
          value={chosenAccount ?? ""}
          testId="batch-account"
          onChange={setAccountId}
        />
      )}
      {problem && !problem.field && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} data-testid="batch-review">
          {busy ? t("clients-checking") : t("clients-batch-review")}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t("clients-cancel")}
        </button>
      </div>
    </form>
  );
}
