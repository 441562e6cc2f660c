import { useCallback, useMemo, useState } from "react";
import type { AccountSummary, Explanation, UpcomingCall } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { useWords } from "../../i18n";
import { Card } from "../../components/Card";
import { CancelWaitingCalls, type CancelTarget } from "../../components/CancelWaitingCalls";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { OpenCall } from "../../components/OpenCall";
import { formatPhone } from "../../phone";
import { useLoad, useLoadWith } from "../../useLoad";
import { formatCalleeMoment, formatMoment, isToday } from "../../when";

const platformNames = { getvocal: "GetVocal", awaz: "Awaz" } as const;

/** Calls still to come on both platforms in one list, with cancel where the platform allows it. */
export function UpcomingCalls() {
  const [calls, reload, refresh] = useLoad("upcomingCalls");
  const [accounts] = useLoad("listAccounts");
  const { t } = useWords();
  return (
    <Card title={t("schedule-upcoming-title")} description={t("schedule-upcoming-description")}>
      {calls.state === "loading" && <Loading label={t("schedule-upcoming-loading")} />}
      {calls.state === "failed" && <ErrorNotice error={calls.error} onRetry={reload} />}
      {calls.state === "ready" && calls.data.length === 0 && (
        <p className="empty" data-testid="no-upcoming">
          {t("schedule-upcoming-empty")}
        </p>
      )}
      {calls.state === "ready" && calls.data.length > 0 && (
        <UpcomingTable calls={calls.data} accounts={accounts.state === "ready" ? accounts.data : []} onChanged={refresh} />
      )}
    </Card>
  );
}

export function UpcomingTable({
  calls,
  accounts,
  onChanged,
  showAccount = true,
}: {
  calls: UpcomingCall[];
  accounts: AccountSummary[];
  onChanged: () => void;
  showAccount?: boolean;
}) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { t } = useWords();
  const agentNames = useAgentNames(calls, accounts);
  const cancellable = (call: UpcomingCall) => call.lead_id !== null;
  // GetVocal cancels by lead: one cancel per person, whatever number of their calls is ticked.
  const targets = useMemo(() => {
    const byLead = new Map<string, CancelTarget>();
    for (const call of calls) {
      if (!selected.has(rowKey(call)) || call.lead_id === null) continue;
      byLead.set(`${call.account_id}:${call.lead_id}`, { accountId: call.account_id, leadId: call.lead_id, who: call.who || formatPhone(call.phone_number) });
    }
    return [...byLead.values()];
  }, [calls, selected]);

  function toggle(call: UpcomingCall) {
    const next = new Set(selected);
    if (!next.delete(rowKey(call))) next.add(rowKey(call));
    setSelected(next);
  }

  return (
    <>
      <table className="table" data-testid="upcoming-calls">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t("schedule-upcoming-column-choose")}</span>
            </th>
            <th scope="col">{t("schedule-upcoming-column-who")}</th>
            <th scope="col">{t("schedule-upcoming-column-when")}</th>
            <th scope="col">{t("schedule-upcoming-column-agent")}</th>
            {showAccount && <th scope="col">{t("schedule-upcoming-column-account")}</th>}
            <th scope="col">
              <span className="visually-hidden">{t("schedule-upcoming-column-open")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {calls.map((call) => (
            <tr key={rowKey(call)} data-testid="upcoming-row" data-platform={call.platform}>
              <td>
                {cancellable(call) ? (
                  <input
                    type="checkbox"
                    checked={selected.has(rowKey(call))}
                    onChange={() => toggle(call)}
                    aria-label={t("schedule-upcoming-choose", { who: call.who || formatPhone(call.phone_number) })}
                    data-testid="upcoming-choose"
                  />
                ) : (
                  <span className="muted" title={t("schedule-upcoming-awaz-cannot-cancel")}>
                    —
                  </span>
                )}
              </td>
              <td>
                {call.who && call.who !== call.phone_number ? (
                  <>
                    {call.who} <span className="muted phone-number">{formatPhone(call.phone_number)}</span>
                  </>
                ) : (
                  <span className="phone-number">{formatPhone(call.phone_number)}</span>
                )}
              </td>
              <td>
                {isToday(call.at) && <span className="badge badge-warn">{t("schedule-upcoming-today")}</span>} {formatMoment(call.at)}
                <CalleeMoment call={call} />
              </td>
              <td>{agentNames.get(`${call.account_id}:${call.agent_id}`) ?? <span className="muted">—</span>}</td>
              {showAccount && (
                <td>
                  {call.account_name} <span className="muted">· {platformNames[call.platform]}</span>
                </td>
              )}
              <td className="row-actions">
                <OpenCall callKey={call.key} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <CancelWaitingCalls
          targets={targets}
          onFinished={() => {
            setSelected(new Set());
            onChanged();
          }}
        />
      </div>
      {calls.some((call) => !cancellable(call)) && <p className="muted">{t("schedule-upcoming-awaz-note")}</p>}
    </>
  );
}

/** A call's History key: one row each. */
function rowKey(call: UpcomingCall): string {
  return call.key;
}

/** When the call rings on the callee's clock, where that is not the person's own. */
function CalleeMoment({ call }: { call: UpcomingCall }) {
  const { t } = useWords();
  const theirs = formatCalleeMoment(call.at, call.callee_zones);
  if (!theirs) return null;
  return (
    <span className="muted callee-time" data-testid="upcoming-their-time">
      {t("schedule-upcoming-their-time", { time: theirs })}
    </span>
  );
}

/** The names of the personas and agents these calls use, by "account:agent"; unknown ones are left out. */
function useAgentNames(calls: UpcomingCall[], accounts: AccountSummary[]): Map<string, string> {
  const backend = useBackend();
  const wanted = useMemo(
    () =>
      [...new Set(calls.map((call) => call.account_id))]
        .map((id) => accounts.find((account) => account.id === id))
        .filter((account): account is AccountSummary => account !== undefined && account.status === "Connected"),
    [calls, accounts],
  );
  const load = useCallback(async (): Promise<Result<Map<string, string>, Explanation>> => {
    const names = new Map<string, string>();
    await Promise.all(
      wanted.map(async (account) => {
        try {
          const answer = account.platform === "getvocal" ? await backend.getvocalPersonas(account.id) : await backend.awazAgents(account.id);
          if (answer.status === "ok") for (const agent of answer.data) if (agent.name) names.set(`${account.id}:${agent.id}`, agent.name);
        } catch {
          // Without names the column shows a dash; the list itself is still right.
        }
      }),
    );
    return { status: "ok", data: names };
  }, [backend, wanted]);
  const [names] = useLoadWith(["agentNames", ...wanted.map((account) => account.id)], load);
  return names.state === "ready" ? names.data : new Map();
}
