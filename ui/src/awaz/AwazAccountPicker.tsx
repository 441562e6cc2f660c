import { useCallback, useEffect, useId } from "react";
import type { AccountSummary } from "../bindings";
import { useBackend } from "../backend";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { useLoad } from "../useLoad";

/**
 * Chooses one of the person's Awaz accounts, picking the first by itself so a person with a
 * single account never has to think about it.
 */
export function AwazAccountPicker({
  accountId,
  onChange,
}: {
  accountId: string | null;
  onChange: (account: AccountSummary) => void;
}) {
  const backend = useBackend();
  const load = useCallback(async () => {
    const result = await backend.listAccounts();
    if (result.status === "error") return result;
    return { status: "ok" as const, data: result.data.filter((account) => account.platform === "awaz") };
  }, [backend]);
  const [accounts, retry] = useLoad(load);
  const selectId = useId();

  const first = accounts.state === "ready" ? accounts.data[0] : undefined;
  useEffect(() => {
    if (accountId === null && first) onChange(first);
  }, [accountId, first, onChange]);

  if (accounts.state === "loading") return <Loading label="Loading your Awaz accounts…" />;
  if (accounts.state === "failed") return <ErrorNotice error={accounts.error} onRetry={retry} />;
  if (accounts.data.length === 0) {
    return (
      <p className="empty" data-testid="no-awaz-account">
        No Awaz account yet. Add one in Accounts first.
      </p>
    );
  }
  return (
    <div className="field account-picker">
      <label htmlFor={selectId}>Awaz account</label>
      <select
        id={selectId}
        value={accountId ?? ""}
        data-testid="field-account"
        onChange={(event) => {
          const chosen = accounts.data.find((account) => account.id === event.target.value);
          if (chosen) onChange(chosen);
        }}
      >
        {accounts.data.map((account) => (
          <option key={account.id} value={account.id}>
            {account.name}
          </option>
        ))}
      </select>
    </div>
  );
}
