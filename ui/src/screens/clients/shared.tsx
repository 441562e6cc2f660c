import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { AccountSummary, BatchLineStage, Explanation, TopUpKind } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { TechnicalDetails } from "../../components/TechnicalDetails";
import { useLoad } from "../../useLoad";
import { thrownToExplanation } from "../../errors";
import { useWords } from "../../i18n";
import { ownLocale } from "../../preferences";

/**
 * Runs one command of the clients screens (not a journaled top-up: those go through batches),
 * keeps its refusal to show, and asks the reads on screen again after a success.
 */
export function useRun() {
  const queries = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const run = useCallback(
    async <T,>(command: () => Promise<Result<T, Explanation>>): Promise<T | null> => {
      setBusy(true);
      setProblem(null);
      try {
        const result = await command();
        if (result.status === "error") {
          setProblem(result.error);
          return null;
        }
        void queries.invalidateQueries();
        return result.data;
      } catch (thrown) {
        setProblem(thrownToExplanation(thrown));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [queries],
  );
  return { run, busy, problem, clearProblem: () => setProblem(null) };
}

/** An exact decimal amount from Rust ("10.5"), written for the person ("10.50"); never summed here. */
export function formatAmount(amount: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  const decimals = amount.includes(".") ? 2 : 0;
  return new Intl.NumberFormat(ownLocale(), { minimumFractionDigits: decimals, maximumFractionDigits: 2 }).format(value);
}

/** A YYYY-MM-DD date, written the person's way. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return new Intl.DateTimeFormat(ownLocale(), { day: "numeric", month: "long", year: "numeric" }).format(new Date(year, month - 1, date));
}

/** A "2026-11" month, written the person's way. */
export function formatMonth(month: string): string {
  const [year, number] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(ownLocale(), { month: "long", year: "numeric" }).format(new Date(year, number - 1, 1));
}

/** The catalogue id naming each kind of top-up with its amount. */
export const kindAmountWords: Record<TopUpKind, string> = {
  credits: "clients-amount-credits",
  minutes: "clients-amount-minutes",
};

/** The catalogue id of each kind's name. */
export const kindWords: Record<TopUpKind, string> = {
  credits: "clients-kind-credits",
  minutes: "clients-kind-minutes",
};

/** The catalogue id of each batch line's stage. */
export const stageWords: Record<BatchLineStage, string> = {
  waiting: "clients-stage-waiting",
  sending: "clients-stage-sending",
  done: "clients-stage-done",
  refused: "clients-stage-refused",
  unknown: "clients-stage-unknown",
  blocked: "clients-stage-blocked",
  skipped: "clients-stage-skipped",
};

/** The month before the current one, "2026-10": statements are usually for the month just ended. */
export function lastMonth(today = new Date()): string {
  return recentMonths(today)[1];
}

/** How far back statements can be asked for from the month list: two years of invoices. */
const STATEMENT_MONTHS = 24;

/** "YYYY-MM" of this month and the ones before it, newest first. */
export function recentMonths(today = new Date()): string[] {
  return Array.from({ length: STATEMENT_MONTHS }, (_, back) => {
    const month = new Date(today.getFullYear(), today.getMonth() - back, 1);
    return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")}`;
  });
}

/** A row's two actions: edit it, and switch it off or on again (archive, stop a plan). */
export function RowActions({
  testId,
  onEdit,
  switchLabel,
  onSwitch,
  busy,
}: {
  /** The two buttons' test ids. */
  testId: { edit: string; switch: string };
  onEdit: () => void;
  switchLabel: string;
  onSwitch: () => void;
  busy: boolean;
}) {
  const { t } = useWords();
  return (
    <>
      <button type="button" className="link-button" onClick={onEdit} data-testid={testId.edit}>
        {t("clients-edit")}
      </button>{" "}
      <button type="button" className="link-button" disabled={busy} onClick={onSwitch} data-testid={testId.switch}>
        {switchLabel}
      </button>
    </>
  );
}
/** A table's column headings, from catalogue ids; `actions` adds an empty one for the row's buttons. */
export function ColumnHeads({ ids, actions = false }: { ids: string[]; actions?: boolean }) {
  const { t } = useWords();
  return (
    <thead>
      <tr>
        {ids.map((id) => (
          <th key={id}>{t(id)}</th>
        ))}
        {actions && <th />}
      </tr>
    </thead>
  );
}

/** The Awaz accounts top-ups can be sent from. */
export function useAwazAccounts(): AccountSummary[] {
  const [accounts] = useLoad("listAccounts");
  return accounts.state === "ready" ? accounts.data.filter((account) => account.platform === "awaz") : [];
}

/** Picks the Awaz account top-ups are sent from; `noneLabel` offers "none" (the empty value). */
export function AwazAccountField({
  id,
  label,
  hint,
  value,
  noneLabel,
  testId,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  noneLabel?: string;
  testId: string;
  onChange: (accountId: string) => void;
}) {
  const accounts = useAwazAccounts();
  return (
    <Field id={id} name="account_id" label={label} hint={hint}>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {accounts.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Where a file was saved, with "Open folder" (the Downloads folder) and its whole path folded away. */
export function SavedFile({ testId, message, path }: { testId: string; message: string; path: string }) {
  const backend = useBackend();
  const { t } = useWords();
  const { run, problem } = useRun();
  return (
    <div className="success-note" role="status" data-testid={testId}>
      <p>{message}</p>
      <button type="button" className="button secondary small" onClick={() => run(() => backend.openFolder("downloads"))} data-testid={`${testId}-open-folder`}>
        {t("clients-open-folder")}
      </button>
      <TechnicalDetails>
        <code>{path}</code>
      </TechnicalDetails>
      {problem && <ErrorNotice error={problem} />}
    </div>
  );
}

/** The file's name without its folder. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
