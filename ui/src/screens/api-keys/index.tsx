import { useCallback, useId, useState, type FormEvent } from "react";
import type { AccountSummary, ApiKey, CreatedApiKey, Explanation } from "../../bindings";
import { useBackend } from "../../backend";
import { ForAccount } from "../../components/AccountPicker";
import { Card } from "../../components/Card";
import { ActionNotice } from "../../components/ActionNotice";
import { DangerConfirm } from "../../components/DangerConfirm";
import { ErrorNotice } from "../../components/ErrorNotice";
import { TechnicalDetails } from "../../components/TechnicalDetails";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { thrownToExplanation } from "../../errors";
import { fieldProblem, useAction } from "../../useAction";
import { useLoad } from "../../useLoad";
import { formatMoment } from "../../when";
import "../../components/forms.css";
import "../getvocal.css";

export function ApiKeysScreen() {
  return (
    <Screen
      id="api-keys"
      title="API keys"
      purpose="An API key lets another program (or Callboard itself) use your GetVocal account without your password. Create one, or revoke one that should stop working."
    >
      <ForAccount platform="getvocal">{(account) => <ApiKeys account={account} />}</ForAccount>
    </Screen>
  );
}

function ApiKeys({ account }: { account: AccountSummary }) {
  const backend = useBackend();
  const load = useCallback(() => backend.getvocalApiKeys(account.id), [backend, account.id]);
  const [keys, reload] = useLoad(load);
  // Kept here: the list below is made anew when it reloads after a revoke.
  const [revoked, setRevoked] = useState<ApiKey | null>(null);

  return (
    <>
      <CreateKey account={account} onCreated={reload} />
      <Card title="Your API keys" description="Revoked keys stop working at once and can't be turned back on.">
        {keys.state === "loading" && <Loading label="Loading API keys…" />}
        {keys.state === "failed" && <ErrorNotice error={keys.error} onRetry={reload} />}
        {revoked && (
          <p className="success-note" role="status" data-testid="result-revoked">
            The key “{revoked.name || "with no name"}” is revoked: it no longer works.
          </p>
        )}
        {keys.state === "ready" && (
          <KeyTable
            account={account}
            keys={keys.data}
            onRevoking={() => setRevoked(null)}
            onRevoked={(key) => {
              setRevoked(key);
              reload();
            }}
          />
        )}
      </Card>
    </>
  );
}

function CreateKey({ account, onCreated }: { account: AccountSummary; onCreated: () => void }) {
  const backend = useBackend();
  const [name, setName] = useState("");
  const action = useAction<CreatedApiKey>();
  const nameId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run((actionKey) => backend.getvocalCreateApiKey(account.id, actionKey, name));
    onCreated();
  }

  const created = action.current.state === "done" ? action.current.answer : null;
  return (
    <Card title="Create an API key">
      {created ? (
        <NewSecret
          account={account}
          created={created}
          onClose={() => {
            setName("");
            action.reset();
          }}
        />
      ) : (
        <form onSubmit={submit} className="form">
          <Field
            id={nameId}
            name="name"
            label="Name of the key"
            hint="Say who or what will use it, for example “Reporting spreadsheet”. Only you see this name."
            problem={fieldProblem(action.current, "name")}
          >
            <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} data-testid="field-name" />
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={action.busy || action.mustConfirm} data-testid="submit-create-key">
              {action.busy ? "Creating…" : "Create key"}
            </button>
          </div>
        </form>
      )}
      {!created && <ActionNotice current={action.current} accountId={account.id} onCheckedNotApplied={action.reset} />}
    </Card>
  );
}

/** Brings the answer into view where the person is looking. */
function revealed(element: HTMLElement | null) {
  element?.scrollIntoView?.({ block: "nearest" });
}

/** The secret, shown this one time, with a way to copy it and to use it for this account. */
function NewSecret({ account, created, onClose }: { account: AccountSummary; created: CreatedApiKey; onClose: () => void }) {
  const backend = useBackend();
  const [copied, setCopied] = useState(false);
  const [using, setUsing] = useState<"idle" | "busy" | "done">("idle");
  const [problem, setProblem] = useState<Explanation | null>(null);

  if (created.secret === null) {
    return (
      <div className="warning-notice" data-testid="result-created-key">
        <p className="error-title">The key “{created.name}” was already created by this same request.</p>
        <p>Its secret was shown then and can't be shown again. If nobody copied it, revoke the key below and create a new one.</p>
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    );
  }
  const secret = created.secret;

  async function copy() {
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  }

  async function useForAccount() {
    setUsing("busy");
    setProblem(null);
    try {
      const result = await backend.useGetvocalApiKey(account.id, created.key_id, secret);
      if (result.status === "ok") setUsing("done");
      else {
        setProblem(result.error);
        setUsing("idle");
      }
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
      setUsing("idle");
    }
  }

  return (
    <div className="secret-panel" data-testid="result-created-key" ref={revealed}>
      <p className="done-title" role="status" data-testid="done-title">
        <span aria-hidden="true">✓ </span>The key “{created.name}” is created.
      </p>
      <p className="secret-warning" role="alert">
        <strong>You won't see this secret again.</strong> Copy it now and keep it somewhere safe, like a password manager.
      </p>
      <dl className="facts">
        <dt>Key name</dt>
        <dd>{created.name}</dd>
        <dt>Secret</dt>
        <dd>
          <code className="secret" data-testid="result-secret">
            {secret}
          </code>
        </dd>
      </dl>
      <TechnicalDetails>
        <p>
          Key ID: <code data-testid="result-key-id">{created.key_id}</code>
        </p>
      </TechnicalDetails>
      <div className="form-actions">
        <button type="button" className="button" onClick={copy} data-testid="copy-secret">
          {copied ? "Copied" : "Copy secret"}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={useForAccount}
          disabled={using !== "idle"}
          data-testid="use-key-for-account"
        >
          {using === "done" ? "This account now uses this key" : `Use this key for “${account.name}”`}
        </button>
        <button type="button" className="link-button" onClick={onClose} data-testid="close-secret">
          I've saved it — hide the secret
        </button>
      </div>
      {problem && <ErrorNotice error={problem} />}
    </div>
  );
}

function KeyTable({
  account,
  keys,
  onRevoking,
  onRevoked,
}: {
  account: AccountSummary;
  keys: ApiKey[];
  onRevoking: () => void;
  onRevoked: (key: ApiKey) => void;
}) {
  const backend = useBackend();
  const [confirming, setConfirming] = useState<ApiKey | null>(null);
  const action = useAction<ApiKey>();

  if (keys.length === 0) return <p className="empty">No API keys yet. Create one above.</p>;

  async function revoke(key: ApiKey) {
    let revoked = false;
    await action.run(async (actionKey) => {
      const result = await backend.getvocalRevokeApiKey(account.id, actionKey, key.uuid_id, key.name ?? "");
      revoked = result.status === "ok" && result.data.record.state === "Succeeded";
      return result;
    });
    setConfirming(null);
    if (revoked) onRevoked(key);
  }

  return (
    <>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Created</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.uuid_id} data-testid={`row-key-${key.uuid_id}`}>
              <td>{key.name || <span className="muted">(no name)</span>}</td>
              <td>{key.dt_created ? formatMoment(key.dt_created) : "—"}</td>
              <td>
                {key.dt_revoked ? (
                  <span className="badge badge-muted">Revoked {formatMoment(key.dt_revoked)}</span>
                ) : (
                  <span className="badge badge-ok">Active</span>
                )}
              </td>
              <td className="row-actions">
                {!key.dt_revoked && (
                  <button
                    type="button"
                    className="button danger-outline small"
                    disabled={action.busy}
                    onClick={() => {
                      action.reset();
                      onRevoking();
                      setConfirming(key);
                    }}
                    data-testid={`revoke-${key.uuid_id}`}
                  >
                    Revoke…
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirming && (
        <DangerConfirm
          id="revoke"
          question={`Revoke the key “${confirming.name || "with no name"}”?`}
          confirmLabel="Revoke the key"
          busyLabel="Revoking…"
          busy={action.busy}
          onConfirm={() => revoke(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>Anything that uses this key stops working at once. This can't be undone.</p>
        </DangerConfirm>
      )}
      <ActionNotice current={action.current} accountId={account.id} onCheckedNotApplied={action.reset} />
    </>
  );
}
