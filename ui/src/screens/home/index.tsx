import { useCallback } from "react";
import type { AccountSummary, ActionRecord, Agent, Explanation, Persona, Phone, UpcomingCall } from "../../bindings";
import type { Result } from "../../backend";
import { useBackend } from "../../backend";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { OpenCall } from "../../components/OpenCall";
import { Screen } from "../../components/Screen";
import { InterruptedJobs } from "../import/InterruptedJobs";
import { OutcomeBadge } from "../../components/OutcomeBadge";
import { formatPhone } from "../../phone";
import { useLoad, type Loadable } from "../../useLoad";
import { formatMoment, isToday } from "../../when";
import { UpcomingTable } from "../schedule/Upcoming";
import "../../components/forms.css";
import "../getvocal.css";

/** What the dashboard shows for every account, loaded once for all of them. */
type Overview = { upcoming: UpcomingCall[]; toCheck: ActionRecord[]; topUps: ActionRecord[] };

/** One account, with what the dashboard loaded for all of them. */
type AccountProps = { account: AccountSummary; accounts: AccountSummary[]; overview: Loadable<Overview>; onChanged: () => void };

export function HomeScreen() {
  const backend = useBackend();
  const [accounts, retry] = useLoad(backend.listAccounts);
  const loadOverview = useCallback(async (): Promise<Result<Overview, Explanation>> => {
    const [upcoming, toCheck, topUps] = await Promise.all([backend.upcomingCalls(), backend.callsToCheck(), backend.awazTopUps(null)]);
    if (upcoming.status === "error") return upcoming;
    if (toCheck.status === "error") return toCheck;
    if (topUps.status === "error") return topUps;
    return { status: "ok", data: { upcoming: upcoming.data, toCheck: toCheck.data, topUps: topUps.data } };
  }, [backend]);
  const [overview, , reloadOverview] = useLoad(loadOverview);

  return (
    <Screen id="home" title="Home" purpose="Each account at a glance: today's and upcoming calls, calls that need a look, recent top-ups and its AI callers.">
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
            <AccountCard key={account.id} account={account} accounts={accounts.data} overview={overview} onChanged={reloadOverview} />
          ))}
        </div>
      )}
    </Screen>
  );
}

function AccountCard({ account, accounts, overview, onChanged }: AccountProps) {
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
        ) : (
          <>
            <AccountOverview account={account} accounts={accounts} overview={overview} onChanged={onChanged} />
            {account.platform === "getvocal" ? (
              <>
                <h3>AI personas</h3>
                <Personas accountId={account.id} />
              </>
            ) : (
              <AwazDirectory accountId={account.id} />
            )}
          </>
        )}
      </Card>
    </div>
  );
}

/** Today's and upcoming calls, what needs a look, and (on Awaz) the last top-ups of one account. */
function AccountOverview({ account, accounts, overview, onChanged }: AccountProps) {
  if (overview.state === "loading") return <Loading label="Loading calls…" />;
  if (overview.state === "failed") return <ErrorNotice error={overview.error} onRetry={onChanged} />;
  const upcoming = overview.data.upcoming.filter((call) => call.account_id === account.id);
  const toCheck = overview.data.toCheck.filter((record) => record.account_id === account.id);
  const topUps = overview.data.topUps.filter((record) => record.account_id === account.id).slice(0, 3);
  const today = upcoming.filter((call) => isToday(call.at)).length;
  return (
    <div className="overview" data-testid="account-overview">
      <h3>Calls to come</h3>
      {upcoming.length === 0 ? (
        <p className="empty">No call to come.</p>
      ) : (
        <>
          <p data-testid="overview-upcoming">
            {today === 0 ? "None today" : `${today} today`}, {upcoming.length} in all.
          </p>
          <UpcomingTable calls={upcoming.slice(0, 5)} accounts={accounts} onChanged={onChanged} showAccount={false} />
        </>
      )}
      <h3>Needs a look</h3>
      {toCheck.length === 0 ? (
        <p className="empty" data-testid="overview-nothing-to-check">
          Nothing: every call of the last two weeks went through.
        </p>
      ) : (
        <ul className="item-list" data-testid="overview-to-check">
          {toCheck.slice(0, 5).map((record) => (
            <li key={record.id}>
              <span className="item-name">{record.summary}</span>{" "}
              <OutcomeBadge outcome={record.state === "Unknown" ? "needs_check" : "failed"} />
              <span className="muted">
                {" "}
                {formatMoment(record.created_at)}
                {record.error ? ` · ${record.error}` : ""}
              </span>{" "}
              <OpenCall callKey={`journal:${record.id}`} />
            </li>
          ))}
        </ul>
      )}
      {account.platform === "awaz" && (
        <>
          <h3>Recent top-ups</h3>
          {topUps.length === 0 ? (
            <p className="empty">No top-up from this account yet.</p>
          ) : (
            <ul className="item-list" data-testid="overview-top-ups">
              {topUps.map((record) => (
                <li key={record.id}>
                  <span className="item-name">{record.summary}</span> <span className="muted">{formatMoment(record.created_at)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
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
              <span className="item-name phone-number">{formatPhone(phone.number)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
