import { useCallback } from "react";
import type { Agent, Persona, Phone, Explanation } from "../../bindings";
import type { Result } from "../../backend";
import { useBackend } from "../../backend";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { Screen } from "../../components/Screen";
import { useLoad } from "../../useLoad";

export function HomeScreen() {
  return (
    <Screen id="home" title="Home" purpose="The AI callers and phone numbers your connected accounts have right now.">
      <div className="card-row">
        <GetVocalCard />
        <AwazCard />
      </div>
    </Screen>
  );
}

function GetVocalCard() {
  const backend = useBackend();
  const [personas, retry] = useLoad(backend.getvocalPersonas);

  return (
    <Card title="GetVocal" description="AI personas that place calls">
      {personas.state === "loading" && <Loading label="Loading personas…" />}
      {personas.state === "failed" && <ErrorNotice error={personas.error} onRetry={retry} />}
      {personas.state === "ready" && <PersonaList personas={personas.data} />}
    </Card>
  );
}

function PersonaList({ personas }: { personas: Persona[] }) {
  if (personas.length === 0) {
    return <p className="empty">No personas yet. Once a persona is set up in GetVocal, it appears here.</p>;
  }
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

type AwazDirectory = { agents: Agent[]; phones: Phone[] };

function AwazCard() {
  const backend = useBackend();
  // Agents and phones load together: the card is useful only with both, and one notice beats two.
  const loadDirectory = useCallback(async (): Promise<Result<AwazDirectory, Explanation>> => {
    const [agents, phones] = await Promise.all([backend.awazAgents(), backend.awazPhones()]);
    if (agents.status === "error") return agents;
    if (phones.status === "error") return phones;
    return { status: "ok", data: { agents: agents.data, phones: phones.data } };
  }, [backend]);
  const [directory, retry] = useLoad(loadDirectory);

  return (
    <Card title="Awaz" description="AI agents and the phone numbers they call from">
      {directory.state === "loading" && <Loading label="Loading agents and phone numbers…" />}
      {directory.state === "failed" && <ErrorNotice error={directory.error} onRetry={retry} />}
      {directory.state === "ready" && (
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
      )}
    </Card>
  );
}
