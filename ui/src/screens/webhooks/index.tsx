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
import { Sentence } from "../../components/Sentence";
import { useWords } from "../../i18n";
import { fieldProblem, useAction } from "../../useAction";
import { useLoad, useLoadWith } from "../../useLoad";

export function WebhooksScreen() {
  const { t } = useWords();
  return (
    <Screen id="webhooks" title={t("webhooks-title")} purpose={t("webhooks-purpose")}>
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
  const [agents, retryAgents] = useLoadWith(["awazDirectoryAgents", accountId], loadAgents);
  const { t } = useWords();

  if (agents.state === "loading") return <Loading label={t("webhooks-loading-agents")} />;
  if (agents.state === "failed") return <ErrorNotice error={agents.error} onRetry={retryAgents} />;
  return (
    <>
      <HookList accountId={accountId} agents={agents.data} />
      <SubscribeCard accountId={accountId} agents={agents.data} />
    </>
  );
}

function HookList({ accountId, agents }: { accountId: string; agents: Agent[] }) {
  const backend = useBackend();
  const [hooks, reload] = useLoad("awazHooks", accountId);
  const [deleting, setDeleting] = useState<string | null>(null);
  // The address last deleted, for the confirmation (the journal's summary is worded for people).
  const [deleted, setDeleted] = useState<string | null>(null);
  const action = useAction<number>();
  const { t } = useWords();
  const agentName = (id: string) => agents.find((agent) => agent.id === id)?.name ?? id;

  async function remove(hookUrl: string) {
    setDeleted(hookUrl);
    await action.run((actionKey) => backend.awazDeleteHook(accountId, actionKey, hookUrl));
    setDeleting(null);
    reload();
  }

  return (
    <Card title={t("webhooks-list-title")} description={t("webhooks-list-description")}>
      {hooks.state === "loading" && <Loading label={t("webhooks-loading")} />}
      {hooks.state === "failed" && <ErrorNotice error={hooks.error} onRetry={reload} />}
      {hooks.state === "ready" && hooks.data.length === 0 && (
        <p className="empty" data-testid="no-hooks">
          {t("webhooks-none")}
        </p>
      )}
      {hooks.state === "ready" && hooks.data.length > 0 && (
        <table className="table" data-testid="hooks">
          <thead>
            <tr>
              <th scope="col">{t("webhooks-column-address")}</th>
              <th scope="col">{t("webhooks-column-statuses")}</th>
              <th scope="col">{t("webhooks-column-agents")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("webhooks-column-actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {hooks.data.map((hook) => (
              <tr key={hook.hookUrl} data-testid="row-hook">
                <td className="hook-url" data-address>
                  {hook.hookUrl}
                </td>
                <td>{hook.status?.length ? hook.status.map((status) => statusWords(status).label).join(", ") : t("webhooks-every-status")}</td>
                <td>{hook.agents?.length ? hook.agents.map(agentName).join(", ") : t("webhooks-every-agent")}</td>
                <td>
                  <button
                    type="button"
                    className="button danger-outline small"
                    onClick={() => {
                      action.reset();
                      setDeleting(hook.hookUrl);
                    }}
                    data-testid="delete-hook"
                    aria-label={t("webhooks-delete-label", { address: hook.hookUrl })}
                  >
                    {t("webhooks-delete")}
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
          question={t("webhooks-delete-question", { address: deleting })}
          confirmLabel={t("webhooks-delete-confirm")}
          busyLabel={t("webhooks-deleting")}
          busy={action.busy}
          onConfirm={() => remove(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <p>{t("webhooks-delete-warning")}</p>
        </DangerConfirm>
      )}
      <AwazWait accountId={accountId} active={action.busy} />
      {action.current.state === "done" && (
        <p className="success-note" role="status" data-testid="result-delete-hook">
          <Sentence id="webhooks-deleted" parts={{ address: <span data-address>{deleted}</span> }} />
        </p>
      )}
      <AwazActionNotice current={action.current} accountId={accountId} whereToCheck={t("webhooks-delete-where-to-check")} onCheckedNotApplied={action.reset} />
    </Card>
  );
}

const emptyForm: HookForm = { hook_url: "", statuses: [], agent_ids: [] };

function SubscribeCard({ accountId, agents }: { accountId: string; agents: Agent[] }) {
  const backend = useBackend();
  const ids = useId();
  const [form, setForm] = useState<HookForm>(emptyForm);
  const action = useAction<HookSubscription>();
  const { t } = useWords();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run((actionKey) => backend.awazSubscribeHook(accountId, actionKey, form));
  }

  // After success the form stays as sent, locked, until "Add another webhook" empties it.
  function another() {
    setForm(emptyForm);
    action.reset();
  }
  const done = action.current.state === "done";

  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

  return (
    <Card title={t("webhooks-add-title")} description={t("webhooks-add-description")}>
      {action.current.state === "done" && (
        <Done
          testId="result-hook"
          title={<Sentence id="webhooks-added" parts={{ address: <span data-address>{action.current.answer.hookUrl}</span> }} />}
          again={t("webhooks-add-another")}
          onAgain={another}
        />
      )}
      <form onSubmit={submit} className="form" data-testid="hook-form">
        <fieldset className="form-lock" disabled={done}>
          <legend className="visually-hidden">{t("webhooks-form-legend")}</legend>
          <Field
            id={`${ids}-url`}
            name="hook_url"
            label={t("webhooks-field-url")}
            hint={
              <Sentence
                id="webhooks-field-url-hint"
                parts={{
                  example: <span data-address>https://crm.example.com/awaz/calls</span>,
                  scheme: <span data-address>https://</span>,
                }}
              />
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
            <legend>{t("webhooks-statuses-legend")}</legend>
            <p className="hint">{t("webhooks-statuses-hint")}</p>
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
            <legend>{t("webhooks-agents-legend")}</legend>
            <p className="hint">{t("webhooks-agents-hint")}</p>
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
              {action.busy ? t("webhooks-adding") : t("webhooks-add")}
            </button>
          )}
        </div>
      </form>
      <AwazWait accountId={accountId} active={action.busy} />
      <AwazActionNotice current={action.current} accountId={accountId} whereToCheck={t("webhooks-add-where-to-check")} onCheckedNotApplied={action.reset} />
    </Card>
  );
}
