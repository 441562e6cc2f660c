import { Fragment, useCallback, useEffect, useId, useState, type ReactNode } from "react";
import type { AccountSummary, Platform } from "../bindings";
import { useBackend } from "../backend";
import { useLoadWith } from "../useLoad";
import { ErrorNotice } from "./ErrorNotice";
import { Loading } from "./Loading";
import { useWords } from "../i18n";

const platformNames: Record<Platform, string> = { getvocal: "GetVocal", awaz: "Awaz" };

type PickerProps = {
  accountId: string | null;
  onChange: (account: AccountSummary) => void;
};

/**
 * Chooses one of the person's accounts on one platform. Picks the first one by itself, so a
 * person with a single account never has to think about it.
 */
export function AccountPicker({ platform, accountId, onChange }: PickerProps & { platform: Platform }) {
  const backend = useBackend();
  const load = useCallback(async () => {
    const result = await backend.listAccounts();
    if (result.status === "error") return result;
    return { status: "ok" as const, data: result.data.filter((account) => account.platform === platform) };
  }, [backend, platform]);
  const [accounts, retry] = useLoadWith(["accountsOn", platform], load);
  const selectId = useId();
  const { t } = useWords();
  const name = platformNames[platform];

  const first = accounts.state === "ready" ? accounts.data[0] : undefined;
  useEffect(() => {
    if (accountId === null && first) onChange(first);
  }, [accountId, first, onChange]);

  if (accounts.state === "loading") return <Loading label={t("components-account-loading", { platform: name })} />;
  if (accounts.state === "failed") return <ErrorNotice error={accounts.error} onRetry={retry} />;
  if (accounts.data.length === 0) {
    return (
      <p className="empty" data-testid={`no-${platform}-account`}>
        {t("components-account-none", { platform: name })}
      </p>
    );
  }
  return (
    <div className="field account-picker">
      <label htmlFor={selectId}>{t("components-account-label", { platform: name })}</label>
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
            {account.by_api_key ? account.name : `${account.name} — ${account.signed_in_as}`}
          </option>
        ))}
      </select>
    </div>
  );
}

export function GetVocalAccountPicker(props: PickerProps) {
  return <AccountPicker platform="getvocal" {...props} />;
}

export function AwazAccountPicker(props: PickerProps) {
  return <AccountPicker platform="awaz" {...props} />;
}

/**
 * The account picker of one platform, then what `children` shows for the chosen account, made
 * anew when the person picks another one.
 */
export function ForAccount({ platform, children }: { platform: Platform; children: (account: AccountSummary) => ReactNode }) {
  const [account, setAccount] = useState<AccountSummary | null>(null);
  return (
    <>
      <AccountPicker platform={platform} accountId={account?.id ?? null} onChange={setAccount} />
      {account && <Fragment key={account.id}>{children(account)}</Fragment>}
    </>
  );
}
