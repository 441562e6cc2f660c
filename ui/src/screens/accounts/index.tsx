import { useCallback, useState } from "react";
import type { AccountSummary, Explanation } from "../../bindings";
import { useBackend } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { DangerConfirm } from "../../components/DangerConfirm";
import { Loading } from "../../components/Loading";
import { TechnicalDetails } from "../../components/TechnicalDetails";
import { Screen } from "../../components/Screen";
import { thrownToExplanation } from "../../errors";
import { useWords, words } from "../../i18n";
import { useLoad } from "../../useLoad";
import { AddAccountForm, accountChoices, type AccountChoice } from "./AddAccount";
import { Reconnect } from "./Reconnect";
import "../../components/forms.css";
import "./accounts.css";

const platformNames = { getvocal: "GetVocal", awaz: "Awaz" } as const;

export function AccountsScreen() {
  const [accounts, reload] = useLoad("listAccounts");
  // What the lower half shows: nothing, the three choices, or one form.
  const [adding, setAdding] = useState<"closed" | "choosing" | AccountChoice>("closed");
  const [note, setNote] = useState<string | null>(null);
  const { t } = useWords();

  const added = useCallback(
    (account: AccountSummary) => {
      setAdding("closed");
      setNote(t("accounts-added", { name: account.name }));
      reload();
    },
    [reload, t],
  );

  return (
    <Screen id="accounts" title={t("accounts-title")} purpose={t("accounts-purpose")}>
      {note && (
        <p className="success-note" role="status" data-testid="accounts-note">
          {note}
        </p>
      )}
      {accounts.state === "loading" && <Loading label={t("accounts-loading")} />}
      {accounts.state === "failed" && <ErrorNotice error={accounts.error} onRetry={reload} />}
      {accounts.state === "ready" && (
        <AccountList
          accounts={accounts.data}
          onChanged={(message) => {
            setNote(message);
            reload();
          }}
        />
      )}

      <section className="add-account" aria-label={t("accounts-add-section")}>
        {adding === "closed" && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setNote(null);
              setAdding("choosing");
            }}
            data-testid="add-account"
          >
            {t("accounts-add")}
          </button>
        )}
        {adding === "choosing" && (
          <div className="choices" ref={revealed}>
            <h2>{t("accounts-add-which")}</h2>
            <ul>
              {accountChoices.map((choice) => (
                <li key={choice.id}>
                  <button type="button" className="choice" onClick={() => setAdding(choice.id)} data-testid={`add-account-${choice.id}`}>
                    <strong>{t(choice.title)}</strong>
                    <span>{t(choice.description)}</span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="button secondary" onClick={() => setAdding("closed")}>
              {t("accounts-cancel")}
            </button>
          </div>
        )}
        {adding !== "closed" && adding !== "choosing" && <AddAccountForm key={adding} choice={adding} onAdded={added} onCancel={() => setAdding("closed")} />}
      </section>
    </Screen>
  );
}

function AccountList({ accounts, onChanged }: { accounts: AccountSummary[]; onChanged: (message: string) => void }) {
  const { t } = useWords();
  if (accounts.length === 0) {
    return (
      <p className="empty" data-testid="no-accounts">
        {t("accounts-none")}
      </p>
    );
  }
  return (
    <ul className="account-list">
      {accounts.map((account) => (
        <AccountItem key={account.id} account={account} onChanged={onChanged} />
      ))}
    </ul>
  );
}

/** How the account signs in, without the key's ID (that is under Technical details). */
function signInWords(account: AccountSummary): string {
  if (account.by_api_key) return words().t("accounts-an-api-key");
  return account.signed_in_as;
}

function keptWords(account: AccountSummary): string {
  const { t } = words();
  if (account.status === "NeedsSignIn") return t("accounts-kept-nothing");
  if (account.demo) return t("accounts-kept-demo");
  if (account.remember) return t("accounts-kept-keychain");
  return t("accounts-kept-memory");
}

/** Brings a panel that just opened into view (a confirmation at the bottom of a long list). */
function revealed(element: HTMLElement | null) {
  element?.scrollIntoView?.({ block: "nearest" });
}

function AccountItem({ account, onChanged }: { account: AccountSummary; onChanged: (message: string) => void }) {
  const backend = useBackend();
  const [mode, setMode] = useState<"idle" | "sign-in" | "confirm-remove">("idle");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const connected = account.status === "Connected";
  const { t } = useWords();

  async function act(call: () => Promise<{ status: "ok" } | { status: "error"; error: Explanation }>, done: string) {
    setBusy(true);
    setProblem(null);
    try {
      const result = await call();
      if (result.status === "ok") {
        setMode("idle");
        onChanged(done);
      } else {
        setProblem(result.error);
      }
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="account-item" data-testid="account-item" data-account-id={account.id}>
      <div className="account-main">
        <div className="account-title">
          <span className="account-name" data-testid="account-name">
            {account.name}
          </span>
          <span className="badge">{platformNames[account.platform]}</span>
          {account.demo && (
            <span className="badge demo" data-testid="account-demo">
              {t("accounts-practice")}
            </span>
          )}
          <span className={connected ? "status connected" : "status needs-sign-in"} data-testid="account-status">
            {connected ? t("accounts-connected") : t("accounts-needs-sign-in")}
          </span>
        </div>
        <dl className="facts">
          <dt>{t("accounts-signs-in-with")}</dt>
          <dd data-testid="account-signs-in-with">{signInWords(account)}</dd>
          <dt>{t("accounts-kept")}</dt>
          <dd data-testid="account-kept">{keptWords(account)}</dd>
        </dl>
        <TechnicalDetails testId="account-technical">
          <dl className="facts">
            {signInWords(account) !== account.signed_in_as && (
              <>
                <dt>{t("accounts-signs-in-as")}</dt>
                <dd>{account.signed_in_as}</dd>
              </>
            )}
            {account.company_id && (
              <>
                <dt>{t("accounts-company-id")}</dt>
                <dd>{account.company_id}</dd>
              </>
            )}
            <dt>{t("accounts-server-address")}</dt>
            <dd>{account.base_url}</dd>
          </dl>
        </TechnicalDetails>
      </div>

      {mode === "idle" && (
        <div className="account-actions">
          {!connected && (
            <button type="button" className="button" onClick={() => setMode("sign-in")} data-testid="sign-in-again">
              {t("accounts-sign-in-again")}
            </button>
          )}
          {connected && (
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => act(() => backend.signOut(account.id), t("accounts-signed-out", { name: account.name }))}
              data-testid="sign-out"
            >
              {t("accounts-sign-out")}
            </button>
          )}
          <button type="button" className="button danger-outline" disabled={busy} onClick={() => setMode("confirm-remove")} data-testid="remove-account">
            {t("accounts-remove")}
          </button>
        </div>
      )}

      {mode === "sign-in" && (
        <Reconnect
          account={account}
          onDone={() => {
            setMode("idle");
            onChanged(t("accounts-signed-in-again", { name: account.name }));
          }}
          onCancel={() => setMode("idle")}
        />
      )}

      {mode === "confirm-remove" && (
        <DangerConfirm
          id="remove-account"
          question={t("accounts-remove-question", { name: account.name })}
          confirmLabel={t("accounts-remove-confirm", { name: account.name })}
          busyLabel={t("accounts-removing")}
          busy={busy}
          onConfirm={() => act(() => backend.removeAccount(account.id), t("accounts-removed", { name: account.name }))}
          onCancel={() => setMode("idle")}
        >
          <p>{t("accounts-remove-explained", { platform: platformNames[account.platform] })}</p>
        </DangerConfirm>
      )}

      {problem && <ErrorNotice error={problem} />}
    </li>
  );
}
