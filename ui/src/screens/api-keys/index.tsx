import { useId, useState, type FormEvent } from "react";
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
import { useWords } from "../../i18n";
import { fieldProblem, useAction } from "../../useAction";
import { useLoad } from "../../useLoad";
import { formatMoment } from "../../when";
import "../../components/forms.css";
import "../getvocal.css";

export function ApiKeysScreen() {
  const { t } = useWords();
  return (
    <Screen id="api-keys" title={t("api-keys-title")} purpose={t("api-keys-purpose")}>
      <ForAccount platform="getvocal">{(account) => <ApiKeys account={account} />}</ForAccount>
    </Screen>
  );
}

function ApiKeys({ account }: { account: AccountSummary }) {
  const [keys, reload] = useLoad("getvocalApiKeys", account.id);
  // Kept here: the list below is made anew when it reloads after a revoke.
  const [revoked, setRevoked] = useState<ApiKey | null>(null);
  const { t } = useWords();

  return (
    <>
      <CreateKey account={account} onCreated={reload} />
      <Card title={t("api-keys-list-title")} description={t("api-keys-list-description")}>
        {keys.state === "loading" && <Loading label={t("api-keys-loading")} />}
        {keys.state === "failed" && <ErrorNotice error={keys.error} onRetry={reload} />}
        {revoked && (
          <p className="success-note" role="status" data-testid="result-revoked">
            {revoked.name ? t("api-keys-revoked", { name: revoked.name }) : t("api-keys-revoked-unnamed")}
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
  const { t } = useWords();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run((actionKey) => backend.getvocalCreateApiKey(account.id, actionKey, name));
    onCreated();
  }

  const created = action.current.state === "done" ? action.current.answer : null;
  return (
    <Card title={t("api-keys-create-title")}>
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
          <Field id={nameId} name="name" label={t("api-keys-field-name")} hint={t("api-keys-field-name.hint")} problem={fieldProblem(action.current, "name")}>
            <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} data-testid="field-name" />
          </Field>
          <div className="form-actions">
            <button type="submit" className="button" disabled={action.busy || action.mustConfirm} data-testid="submit-create-key">
              {action.busy ? t("api-keys-creating") : t("api-keys-create")}
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
  const { t } = useWords();

  if (created.secret === null) {
    return (
      <div className="warning-notice" data-testid="result-created-key">
        <p className="error-title">{t("api-keys-already-created", { name: created.name })}</p>
        <p>{t("api-keys-already-created-secret")}</p>
        <button type="button" className="button" onClick={onClose}>
          {t("api-keys-done")}
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
        <span aria-hidden="true">✓ </span>
        {t("api-keys-created", { name: created.name })}
      </p>
      <p className="secret-warning" role="alert">
        <strong>{t("api-keys-secret-warning-title")}</strong> {t("api-keys-secret-warning")}
      </p>
      <dl className="facts">
        <dt>{t("api-keys-key-name")}</dt>
        <dd>{created.name}</dd>
        <dt>{t("api-keys-secret")}</dt>
        <dd>
          <code className="secret" data-testid="result-secret">
            {secret}
          </code>
        </dd>
      </dl>
      <TechnicalDetails>
        <p>
          {t("api-keys-key-id")} <code data-testid="result-key-id">{created.key_id}</code>
        </p>
      </TechnicalDetails>
      <div className="form-actions">
        <button type="button" className="button" onClick={copy} data-testid="copy-secret">
          {copied ? t("api-keys-copied") : t("api-keys-copy")}
        </button>
        <button type="button" className="button secondary" onClick={useForAccount} disabled={using !== "idle"} data-testid="use-key-for-account">
          {using === "done" ? t("api-keys-in-use") : t("api-keys-use-for-account", { account: account.name })}
        </button>
        <button type="button" className="link-button" onClick={onClose} data-testid="close-secret">
          {t("api-keys-hide-secret")}
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
  const { t } = useWords();

  if (keys.length === 0) return <p className="empty">{t("api-keys-none")}</p>;

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
            <th scope="col">{t("api-keys-column-name")}</th>
            <th scope="col">{t("api-keys-column-created")}</th>
            <th scope="col">{t("api-keys-column-state")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("api-keys-column-actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.uuid_id} data-testid={`row-key-${key.uuid_id}`}>
              <td>{key.name || <span className="muted">{t("api-keys-no-name")}</span>}</td>
              <td>{key.dt_created ? formatMoment(key.dt_created) : "—"}</td>
              <td>
                {key.dt_revoked ? (
                  <span className="badge badge-muted">{t("api-keys-revoked-on", { when: formatMoment(key.dt_revoked) })}</span>
                ) : (
                  <span className="badge badge-ok">{t("api-keys-active")}</span>
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
                    {t("api-keys-revoke")}
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
          question={confirming.name ? t("api-keys-revoke-question", { name: confirming.name }) : t("api-keys-revoke-question-unnamed")}
          confirmLabel={t("api-keys-revoke-confirm")}
          busyLabel={t("api-keys-revoking")}
          busy={action.busy}
          onConfirm={() => revoke(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>{t("api-keys-revoke-warning")}</p>
        </DangerConfirm>
      )}
      <ActionNotice current={action.current} accountId={account.id} onCheckedNotApplied={action.reset} />
    </>
  );
}
