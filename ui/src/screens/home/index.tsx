import { useCallback } from "react";
import type { AccountSummary, Agent, Explanation, Persona, Phone } from "../../bindings";
import type { Result } from "../../backend";
import { useBackend } from "../../backend";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { InterruptedJobs } from "../import/InterruptedJobs";
import { useLoad } from "../../useLoad";

export function HomeScreen() {
  const backend = useBackend();
  const [accounts, retry] = useLoad(backend.listAccounts);

  return (
    <Screen id="home" title="Home" purpose="The AI callers and phone numbers your connected accounts have right now.">
      <InterruptedJobs />
      {accounts.state === "loading" && <Loading label="Loading your accounts…" />}
      {accounts.state === "failed" && <ErrorNotice error={accounts.error} onRetry={retry} />}
      {accounts.state === "ready" && accounts.data.length === 0 && (
        <p className="empty" data-testid="home-no-accounts">
          No accounts yet. Open Accounts to add your GetVocal or Awaz account.
        </p>
      )}
      {accounts.state === "ready" && accounts.data.length > 0 && (
        <div className="card-row">
          {accounts.data.map((account) => (
            <AccountCard key={account.id} account={account} />
          ))}
        </div>
      )}
    </Screen>
  );
}

function AccountCard({ account }: { account: AccountSummary }) {
  const platform = account.platform === "getvocal" ? "GetVocal" : "Awaz";
  const description =
    account.platform === "getvocal" ? "GetVocal · AI personas that place calls" : "Awaz · AI agents and the phone numbers they call from";
  return (
    <div data-testid="account-card">
      <Card title={account.name} description={description}>
        {account.status === "NeedsSignIn" ? (
          <p className="empty" data-testid="card-needs-sign-in">
            Sign-in needed. Open Accounts and choose “Sign in again” to see this {platform} account.
          </p>
        ) : account.platform === "getvocal" ? (
          <Personas accountId={account.id} />
        ) : (
          <AwazDirectory accountId={account.id} />
        )}
      </Card>
    </div>
  );
}

function Personas({ accountId }: { accountId: string }) {
  const backend = useBackend();
  const load = useCallback(() => backend.getvocalPersonas(accountId), [backend, accountId]);
  const [personas, retry] = useLoad(load);

  if (personas.state === "loading") return <Loading label="Loading personas…" />;
  if (personas.state === "failed") return <ErrorNotice error={personas.error} onRetry={retry} />;
  if (personas.data.length === 0) {
    return <p className="empty">No personas yet. Once a persona is set up in GetVocal, it appears here.</p>;
  }
  return <PersonaList personas={personas.data} />;
}

function PersonaList({ personas }: { personas: Persona[] }) {
  return (
    <ul className="item-list">
      {personas.map((persona) => (
        <li key={persona.id} data-testid="persona-item">
          <span className="item-name">{persona.name}</span>
          {persona.type && <span className="badge">{persona.type}</span>}
        </li>
      ))}
    </ul>
  );
}

type Directory = { agents: Agent[]; phones: Phone[] };

function AwazDirectory({ accountId }: { accountId: string }) {
  const backend = useBackend();
  // Agents and phones load together: the card is useful only with both, and one notice beats two.
  const load = useCallback(async (): Promise<Result<Directory, Explanation>> => {
    const [agents, phones] = await Promise.all([backend.awazAgents(accountId), backend.awazPhones(accountId)]);
    if (agents.status === "error") return agents;
    if (phones.status === "error") return phones;
    return { status: "ok", data: { agents: agents.data, phones: phones.data } };
  }, [backend, accountId]);
  const [directory, retry] = useLoad(load);

  if (directory.state === "loading") return <Loading label="Loading agents and phone numbers…" />;
  if (directory.state === "failed") return <ErrorNotice error={directory.error} onRetry={retry} />;
  return (
    <>
      <h3>AI agents</h3>
      {directory.data.agents.length === 0 ? (
        <p className="empty">No AI agents yet. Once an agent is set up in Awaz, it appears here.</p>
      ) : (
        <ul className="item-list">
          {directory.data.agents.map((agent) => (
            <li key={agent.id} data-testid="agent-item">
              <span className="item-name">{agent.name}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>Phone numbers you call from</h3>
      {directory.data.phones.length === 0 ? (
        <p className="empty">No phone numbers yet. Add one in Awaz before placing calls.</p>
      ) : (
        <ul className="item-list">
          {directory.data.phones.map((phone) => (
            <li key={phone.id} data-testid="phone-item">
              <span className="item-name phone-number">{phone.number}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
