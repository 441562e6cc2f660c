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
import { DueTopUpsCard } from "../clients/DueTopUps";
import { OutcomeBadge } from "../../components/OutcomeBadge";
import { useWords } from "../../i18n";
import { formatPhone } from "../../phone";
import { useLoad, useLoadWith, type Loadable } from "../../useLoad";
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
  const [accounts, retry] = useLoad("listAccounts");
  const loadOverview = useCallback(async (): Promise<Result<Overview, Explanation>> => {
    const [upcoming, toCheck, topUps] = await Promise.all([backend.upcomingCalls(), backend.callsToCheck(), backend.awazTopUps(null)]);
    if (upcoming.status === "error") return upcoming;
    if (toCheck.status === "error") return toCheck;
    if (topUps.status === "error") return topUps;
    return { status: "ok", data: { upcoming: upcoming.data, toCheck: toCheck.data, topUps: topUps.data } };
  }, [backend]);
  const [overview, , reloadOverview] = useLoadWith(["homeOverview"], loadOverview);
  const { t } = useWords();

  return (
    <Screen id="home" title={t("home-title")} purpose={t("home-purpose")}>
      <InterruptedJobs />
      <DueTopUpsCard />
      {accounts.state === "loading" && <Loading label={t("home-loading-accounts")} />}
      {accounts.state === "failed" && <ErrorNotice error={accounts.error} onRetry={retry} />}
      {accounts.state === "ready" && accounts.data.length === 0 && (
        <p className="empty" data-testid="home-no-accounts">
          {t("home-no-accounts")}
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
  const { t } = useWords();
  const platform = account.platform === "getvocal" ? "GetVocal" : "Awaz";
  const description = account.platform === "getvocal" ? t("home-card-getvocal") : t("home-card-awaz");
  return (
    <div data-testid="account-card">
      <Card title={account.name} titleIsName description={description}>
        {account.status === "NeedsSignIn" ? (
          <p className="empty" data-testid="card-needs-sign-in">
            {t("home-needs-sign-in", { platform })}
          </p>
        ) : (
          <>
            <AccountOverview account={account} accounts={accounts} overview={overview} onChanged={onChanged} />
            {account.platform === "getvocal" ? (
              <>
                <h3>{t("home-personas-title")}</h3>
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
  const { t } = useWords();
  if (overview.state === "loading") return <Loading label={t("home-loading-calls")} />;
  if (overview.state === "failed") return <ErrorNotice error={overview.error} onRetry={onChanged} />;
  const upcoming = overview.data.upcoming.filter((call) => call.account_id === account.id);
  const toCheck = overview.data.toCheck.filter((record) => record.account_id === account.id);
  const topUps = overview.data.topUps.filter((record) => record.account_id === account.id).slice(0, 3);
  const today = upcoming.filter((call) => isToday(call.at)).length;
  return (
    <div className="overview" data-testid="account-overview">
      <h3>{t("home-upcoming-title")}</h3>
      {upcoming.length === 0 ? (
        <p className="empty">{t("home-upcoming-none")}</p>
      ) : (
        <>
          <p data-testid="overview-upcoming">{t("home-upcoming-count", { today, all: upcoming.length })}</p>
          <UpcomingTable calls={upcoming.slice(0, 5)} accounts={accounts} onChanged={onChanged} showAccount={false} />
        </>
      )}
      <h3>{t("home-to-check-title")}</h3>
      {toCheck.length === 0 ? (
        <p className="empty" data-testid="overview-nothing-to-check">
          {t("home-to-check-none")}
        </p>
      ) : (
        <ul className="item-list" data-testid="overview-to-check">
          {toCheck.slice(0, 5).map((record) => (
            <li key={record.id}>
              <span className="item-name">{record.summary}</span> <OutcomeBadge outcome={record.state === "Unknown" ? "needs_check" : "failed"} />
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
          <h3>{t("home-top-ups-title")}</h3>
          {topUps.length === 0 ? (
            <p className="empty">{t("home-top-ups-none")}</p>
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
  const [personas, retry] = useLoad("getvocalPersonas", accountId);
  const { t } = useWords();

  if (personas.state === "loading") return <Loading label={t("home-loading-personas")} />;
  if (personas.state === "failed") return <ErrorNotice error={personas.error} onRetry={retry} />;
  if (personas.data.length === 0) {
    return <p className="empty">{t("home-personas-none")}</p>;
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
  const [directory, retry] = useLoadWith(["awazAgentsAndPhones", accountId], load);
  const { t } = useWords();

  if (directory.state === "loading") return <Loading label={t("home-loading-directory")} />;
  if (directory.state === "failed") return <ErrorNotice error={directory.error} onRetry={retry} />;
  return (
    <>
      <h3>{t("home-agents-title")}</h3>
      {directory.data.agents.length === 0 ? (
        <p className="empty">{t("home-agents-none")}</p>
      ) : (
        <ul className="item-list">
          {directory.data.agents.map((agent) => (
            <li key={agent.id} data-testid="agent-item">
              <span className="item-name">{agent.name}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t("home-phones-title")}</h3>
      {directory.data.phones.length === 0 ? (
        <p className="empty">{t("home-phones-none")}</p>
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
