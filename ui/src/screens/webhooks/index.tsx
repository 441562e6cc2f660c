import { useCallback, useId, useState, type FormEvent } from "react";
import type { Agent, AwazCallStatus, Explanation, HookForm, HookSubscription } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { ForAccount } from "../../components/AccountPicker";
import { AwazWait } from "../../awaz/AwazWait";
import { documentedStatuses, statusWords } from "../../awaz/callStatus";
import "../../components/forms.css";
import "../getvocal.css";
import { AwazActionNotice } from "../../awaz/AwazActionNotice";
import { Card } from "../../components/Card";
import { DangerConfirm } from "../../components/DangerConfirm";
import { Done, DoneButton } from "../../components/Done";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { fieldProblem, useAction } from "../../useAction";
import { useLoad } from "../../useLoad";

export function WebhooksScreen() {
  return (
    <Screen
      id="webhooks"
      title="Webhooks"
      purpose="A webhook is a web address of yours (for example your CRM's) that Awaz tells about each call as its status changes."
    >
      <ForAccount platform="awaz">{(account) => <Webhooks accountId={account.id} />}</ForAccount>
    </Screen>
  );
}

function Webhooks({ accountId }: { accountId: string }) {
  const backend = useBackend();
  const loadAgents = useCallback(async (): Promise<Result<Agent[], Explanation>> => {
    const directory = await backend.awazDirectory(accountId);
    return directory.status === "ok" ? { status: "ok", data: directory.data.agents } : directory;
  }, [backend, accountId]);
  const [agents, retryAgents] = useLoad(loadAgents);
  // Bumped after a subscription so the list shows it.
  const [version, setVersion] = useState(0);

  if (agents.state === "loading") return <Loading label="Loading your AI agents…" />;
  if (agents.state === "failed") return <ErrorNotice error={agents.error} onRetry={retryAgents} />;
  return (
    <>
      <HookList accountId={accountId} agents={agents.data} version={version} />
      <SubscribeCard accountId={accountId} agents={agents.data} onSubscribed={() => setVersion((n) => n + 1)} />
    </>
  );
}

function HookList({ accountId, agents, version }: { accountId: string; agents: Agent[]; version: number }) {
  const backend = useBackend();
  const load = useCallback(() => {
    void version;
    return backend.awazHooks(accountId);
  }, [backend, accountId, version]);
  const [hooks, reload] = useLoad(load);
  const [deleting, setDeleting] = useState<string | null>(null);
  const action = useAction<number>();
  const agentName = (id: string) => agents.find((agent) => agent.id === id)?.name ?? id;

  async function remove(hookUrl: string) {
    await action.run((actionKey) => backend.awazDeleteHook(accountId, actionKey, hookUrl));
    setDeleting(null);
    reload();
  }

  return (
    <Card title="Your webhooks" description="The addresses Awaz notifies now.">
      {hooks.state === "loading" && <Loading label="Loading your webhooks…" />}
      {hooks.state === "failed" && <ErrorNotice error={hooks.error} onRetry={reload} />}
      {hooks.state === "ready" && hooks.data.length === 0 && (
        <p className="empty" data-testid="no-hooks">
          No webhooks yet. Add one below to be told about calls as they happen.
        </p>
      )}
      {hooks.state === "ready" && hooks.data.length > 0 && (
        <table className="table" data-testid="hooks">
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Told about</th>
              <th scope="col">Calls of</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {hooks.data.map((hook) => (
              <tr key={hook.hookUrl} data-testid="row-hook">
                <td className="hook-url" data-address>
                  {hook.hookUrl}
                </td>
                <td>{hook.status?.length ? hook.status.map((status) => statusWords(status).label).join(", ") : "Every status"}</td>
                <td>{hook.agents?.length ? hook.agents.map(agentName).join(", ") : "Every agent"}</td>
                <td>
                  <button
                    type="button"
                    className="button danger-outline small"
                    onClick={() => {
                      action.reset();
                      setDeleting(hook.hookUrl);
                    }}
                    data-testid="delete-hook"
                    aria-label={`Delete the webhook ${hook.hookUrl}…`}
                  >
                    Delete…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleting && (
        <DangerConfirm
          id="delete-hook"
          question={`Delete the webhook ${deleting}?`}
          confirmLabel="Delete the webhook"
          busyLabel="Deleting…"
          busy={action.busy}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>Awaz will no longer tell this address about any call. You can add it again later.</p>
        </DangerConfirm>
      )}
      <AwazWait accountId={accountId} active={action.busy} />
      {action.current.state === "done" && (
        <p className="success-note" role="status" data-testid="result-delete-hook">
          The webhook is deleted: <span data-address>{action.current.record.summary.replace(/^Stop notifying /, "")}</span> is no longer told about
          calls.
        </p>
      )}
      <AwazActionNotice
        current={action.current}
        accountId={accountId}
        whereToCheck="refresh this screen and see whether the address is still listed."
        onCheckedNotApplied={action.reset}
      />
    </Card>
  );
}

const emptyForm: HookForm = { hook_url: "", statuses: [], agent_ids: [] };

function SubscribeCard({ accountId, agents, onSubscribed }: { accountId: string; agents: Agent[]; onSubscribed: () => void }) {
  const backend = useBackend();
  const ids = useId();
  const [form, setForm] = useState<HookForm>(emptyForm);
  const action = useAction<HookSubscription>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run((actionKey) => backend.awazSubscribeHook(accountId, actionKey, form));
    onSubscribed();
  }

  // After success the form stays as sent, locked, until "Add another webhook" empties it.
  function another() {
    setForm(emptyForm);
    action.reset();
  }
  const done = action.current.state === "done";

  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

  return (
    <Card title="Add a webhook" description="Adding an address that is already listed replaces its choices.">
      {action.current.state === "done" && (
        <Done
          testId="result-hook"
          title={
            <>
              Added: Awaz will tell <span data-address>{action.current.answer.hookUrl}</span> about calls.
            </>
          }
          again="Add another webhook"
          onAgain={another}
        />
      )}
      <form onSubmit={submit} className="form" data-testid="hook-form">
        <fieldset className="form-lock" disabled={done}>
          <legend className="visually-hidden">The webhook</legend>
          <Field
            id={`${ids}-url`}
            name="hook_url"
            label="Web address"
            hint={
              <>
                Where Awaz sends each call's details, for example <span data-address>https://crm.example.com/awaz/calls</span>. It must start
                with <span data-address>https://</span> because the details include phone numbers.
              </>
            }
            problem={fieldProblem(action.current, "hook_url")}
          >
            <input
              id={`${ids}-url`}
              type="url"
              value={form.hook_url}
              onChange={(event) => setForm({ ...form, hook_url: event.target.value })}
              data-testid="field-hook_url"
            />
          </Field>
          <fieldset className="checkbox-group">
            <legend>Tell it when a call is…</legend>
            <p className="hint">Tick none to be told about every status.</p>
            {documentedStatuses.map((status: AwazCallStatus) => {
              const words = statusWords(status);
              return (
                <label key={status} className="checkbox-row">
                  <input
                    type="checkbox"
                    checked={form.statuses.includes(status)}
                    onChange={() => setForm({ ...form, statuses: toggle(form.statuses, status) })}
                    data-testid={`field-status-${status}`}
                  />
                  <span>
                    <strong>{words.label}</strong> <span className="muted">— {words.hint}</span>
                  </span>
                </label>
              );
            })}
            {fieldProblem(action.current, "statuses") && (
              <p className="field-problem" role="alert">
                {fieldProblem(action.current, "statuses")}
              </p>
            )}
          </fieldset>
          <fieldset className="checkbox-group">
            <legend>For calls made by</legend>
            <p className="hint">Tick none for every AI agent, including ones added later.</p>
            {agents.map((agent) => (
              <label key={agent.id} className="checkbox-row">
                <input
                  type="checkbox"
                  checked={form.agent_ids.includes(agent.id)}
                  onChange={() => setForm({ ...form, agent_ids: toggle(form.agent_ids, agent.id) })}
                  data-testid={`field-agent-${agent.id}`}
                />
                <span>{agent.name || agent.id}</span>
              </label>
            ))}
          </fieldset>
        </fieldset>
        <div className="form-actions">
          {done ? (
            <DoneButton />
          ) : (
            <button type="submit" className="button" disabled={action.busy || action.mustConfirm} data-testid="submit-hook">
              {action.busy ? "Adding…" : "Add webhook"}
            </button>
          )}
        </div>
      </form>
      <AwazWait accountId={accountId} active={action.busy} />
      <AwazActionNotice
        current={action.current}
        accountId={accountId}
        whereToCheck="look for the address in “Your webhooks” above (it may take a refresh)."
        onCheckedNotApplied={action.reset}
      />
    </Card>
  );
}
