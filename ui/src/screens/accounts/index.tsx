import { useCallback, useState } from "react";
import type { AccountSummary, Explanation } from "../../bindings";
import { useBackend } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { DangerConfirm } from "../../components/DangerConfirm";
import { Loading } from "../../components/Loading";
import { TechnicalDetails } from "../../components/TechnicalDetails";
import { Screen } from "../../components/Screen";
import { thrownToExplanation } from "../../errors";
import { useLoad } from "../../useLoad";
import { AddAccountForm, accountChoices, type AccountChoice } from "./AddAccount";
import { Reconnect } from "./Reconnect";
import "../../components/forms.css";
import "./accounts.css";

const platformNames = { getvocal: "GetVocal", awaz: "Awaz" } as const;

export function AccountsScreen() {
  const backend = useBackend();
  const [accounts, reload] = useLoad(backend.listAccounts);
  // What the lower half shows: nothing, the three choices, or one form.
  const [adding, setAdding] = useState<"closed" | "choosing" | AccountChoice>("closed");
  const [note, setNote] = useState<string | null>(null);

  const added = useCallback(
    (account: AccountSummary) => {
      setAdding("closed");
      setNote(`“${account.name}” is added and connected.`);
      reload();
    },
    [reload],
  );

  return (
    <Screen id="accounts" title="Accounts" purpose="Connect your GetVocal and Awaz accounts, and sign in to or out of them.">
      {note && (
        <p className="success-note" role="status" data-testid="accounts-note">
          {note}
        </p>
      )}
      {accounts.state === "loading" && <Loading label="Loading your accounts…" />}
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

      <section className="add-account" aria-label="Add an account">
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
            Add account
          </button>
        )}
        {adding === "choosing" && (
          <div className="choices" ref={revealed}>
            <h2>Which account do you want to add?</h2>
            <ul>
              {accountChoices.map((choice) => (
                <li key={choice.id}>
                  <button type="button" className="choice" onClick={() => setAdding(choice.id)} data-testid={`add-account-${choice.id}`}>
                    <strong>{choice.title}</strong>
                    <span>{choice.description}</span>
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="button secondary" onClick={() => setAdding("closed")}>
              Cancel
            </button>
          </div>
        )}
        {adding !== "closed" && adding !== "choosing" && (
          <AddAccountForm key={adding} choice={adding} onAdded={added} onCancel={() => setAdding("closed")} />
        )}
      </section>
    </Screen>
  );
}

function AccountList({ accounts, onChanged }: { accounts: AccountSummary[]; onChanged: (message: string) => void }) {
  if (accounts.length === 0) {
    return (
      <p className="empty" data-testid="no-accounts">
        No accounts yet. Add your GetVocal or Awaz account below.
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
  if (account.signed_in_as.startsWith("API key")) return "An API key";
  return account.signed_in_as;
}

function keptWords(account: AccountSummary): string {
  if (account.status === "NeedsSignIn") return "Nothing kept: sign in again to use this account";
  if (account.demo) return "Only while Callboard is open (practice account)";
  if (account.remember) return "In this computer's keychain";
  return "Only while Callboard is open: sign in again after reopening it";
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
              Practice account
            </span>
          )}
          <span className={connected ? "status connected" : "status needs-sign-in"} data-testid="account-status">
            {connected ? "Connected" : "Sign-in needed"}
          </span>
        </div>
        <dl className="facts">
          <dt>Signs in with</dt>
          <dd data-testid="account-signs-in-with">{signInWords(account)}</dd>
          <dt>Sign-in kept</dt>
          <dd data-testid="account-kept">{keptWords(account)}</dd>
        </dl>
        <TechnicalDetails testId="account-technical">
          <dl className="facts">
            {signInWords(account) !== account.signed_in_as && (
              <>
                <dt>Signs in as</dt>
                <dd>{account.signed_in_as}</dd>
              </>
            )}
            {account.company_id && (
              <>
                <dt>Company ID</dt>
                <dd>{account.company_id}</dd>
              </>
            )}
            <dt>Server address</dt>
            <dd>{account.base_url}</dd>
          </dl>
        </TechnicalDetails>
      </div>

      {mode === "idle" && (
        <div className="account-actions">
          {!connected && (
            <button type="button" className="button" onClick={() => setMode("sign-in")} data-testid="sign-in-again">
              Sign in again
            </button>
          )}
          {connected && (
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => act(() => backend.signOut(account.id), `Signed out of “${account.name}”. Its sign-in was deleted from this computer.`)}
              data-testid="sign-out"
            >
              Sign out
            </button>
          )}
          <button type="button" className="button danger-outline" disabled={busy} onClick={() => setMode("confirm-remove")} data-testid="remove-account">
            Remove…
          </button>
        </div>
      )}

      {mode === "sign-in" && (
        <Reconnect
          account={account}
          onDone={() => {
            setMode("idle");
            onChanged(`Signed in to “${account.name}” again.`);
          }}
          onCancel={() => setMode("idle")}
        />
      )}

      {mode === "confirm-remove" && (
        <DangerConfirm
          id="remove-account"
          question={`Remove “${account.name}” from Callboard?`}
          confirmLabel={`Remove “${account.name}”`}
          busyLabel="Removing…"
          busy={busy}
          onConfirm={() => act(() => backend.removeAccount(account.id), `“${account.name}” was removed.`)}
          onCancel={() => setMode("idle")}
        >
          <p>
            Its sign-in is deleted from this computer. Nothing changes in {platformNames[account.platform]} itself, and you can add the account
            again later.
          </p>
        </DangerConfirm>
      )}

      {problem && <ErrorNotice error={problem} />}
    </li>
  );
}
