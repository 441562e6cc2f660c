import { useCallback } from "react";
import type { CallView, Finding, HistoryRow } from "../../bindings";
import { useBackend } from "../../backend";
import { Card } from "../../components/Card";
import { CancelWaitingCalls } from "../../components/CancelWaitingCalls";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { OpenCall } from "../../components/OpenCall";
import { OutcomeBadge } from "../../components/OutcomeBadge";
import { Screen } from "../../components/Screen";
import { TechnicalDetails } from "../../components/TechnicalDetails";
import { formatPhone } from "../../phone";
import { ownLocale } from "../../preferences";
import { useLoad } from "../../useLoad";
import { CallerActions } from "../do-not-call/CallActions";
import { kinds } from "../history/Everything";
import { formatCalleeMoment, formatDay, formatMoment } from "../../when";
import "../../components/forms.css";
import "../getvocal.css";
import "./call.css";

const platformNames = { getvocal: "GetVocal", awaz: "Awaz" } as const;


/**
 * A call's page: who, when on both clocks, how long, which AI agent from which number, how it
 * ended, what the AI found out, and everything else about the same person. Opened over the
 * screen it came from (History, Upcoming calls, Home, Leads); "Back" returns there.
 */
export function CallScreen({ callKey, onBack }: { callKey: string; onBack: () => void }) {
  const backend = useBackend();
  const load = useCallback(() => backend.callPage(callKey), [backend, callKey]);
  const [page, retry, refresh] = useLoad(load);
  const title = page.state === "ready" ? `Call to ${whoWords(page.data)}` : "A call";
  return (
    <Screen id="call" title={title} purpose="Everything Callboard knows about this call and the person called.">
      <div className="call-back">
        <button type="button" className="link-button" onClick={onBack} data-testid="call-back">
          ← Back
        </button>
      </div>
      {page.state === "loading" && <Loading label="Loading the call…" />}
      {page.state === "failed" && <ErrorNotice error={page.error} onRetry={retry} />}
      {page.state === "ready" && <CallDetails call={page.data} onChanged={refresh} />}
    </Screen>
  );
}

function CallDetails({ call, onChanged }: { call: CallView; onChanged: () => void }) {
  const platform = platformNames[call.platform];
  const theirTime = formatCalleeMoment(call.at, call.callee_zones);
  const waiting = call.outcome === "upcoming" || call.outcome === "pending";
  return (
    <div className="call-page" data-testid="call-page">
      <Card title="The call">
        <dl className="facts call-facts" data-testid="call-facts">
          <dt>Who</dt>
          <dd data-testid="call-who">
            {call.name ?? <span className="muted">Name not known</span>}
            {call.phone_number && <span className="phone-number"> · {formatPhone(call.phone_number)}</span>}
          </dd>
          <dt>When (your time)</dt>
          <dd data-testid="call-when">{formatMoment(call.at)}</dd>
          <dt>Their local time</dt>
          <dd data-testid="call-their-time">
            {theirTime ?? (call.callee_zones.length === 0 ? <span className="muted">Not known for this number</span> : "Same as yours")}
          </dd>
          <dt>How long</dt>
          <dd data-testid="call-duration">
            {call.duration_seconds !== null ? durationWords(call.duration_seconds) : <span className="muted">{platform} does not say</span>}
          </dd>
          <dt>{call.platform === "getvocal" ? "Persona (AI agent)" : "AI agent"}</dt>
          <dd data-testid="call-agent">{call.agent_name ?? <span className="muted">Not known</span>}</dd>
          <dt>Calls from</dt>
          <dd className="phone-number" data-testid="call-from">
            {call.from_number ? formatPhone(call.from_number) : <span className="muted">Not known</span>}
          </dd>
          <dt>Account</dt>
          <dd>
            {call.account_name} <span className="muted">· {platform}</span>
          </dd>
          <dt>How it went</dt>
          <dd data-testid="call-outcome">
            <OutcomeBadge outcome={call.outcome} status={call.status} platform={call.platform} />
          </dd>
        </dl>
        {call.note && (
          <p className="call-note" data-testid="call-note">
            {call.note}
          </p>
        )}
        {/* What can be done about this call. */}
        <div className="form-actions call-actions" data-testid="call-actions">
          {call.platform === "getvocal" && call.lead_id && waiting && (
            <CancelWaitingCalls
              targets={[{ accountId: call.account_id, leadId: call.lead_id, who: whoWords(call) }]}
              onFinished={onChanged}
            />
          )}
        </div>
        {call.phone_number && (
          <CallerActions
            accountId={call.account_id}
            accountName={call.account_name}
            phone={call.phone_number}
            call={`${platform} call of ${formatMoment(call.at)}`}
            reached={call.outcome === "reached"}
          />
        )}
      </Card>
      <Card title="What the AI found out">
        <Findings call={call} />
      </Card>
      <Card title={`Everything about ${whoWords(call)}`} description="Other calls and actions with the same phone number, newest first.">
        <PersonHistory rows={call.person_history} />
      </Card>
      <TechnicalDetails testId="call-technical">
        <dl className="facts">
          {call.platform_call_id && (
            <>
              <dt>{platform} call ID</dt>
              <dd>
                <code data-testid="call-platform-id">{call.platform_call_id}</code>
              </dd>
            </>
          )}
          {call.lead_id && (
            <>
              <dt>GetVocal lead ID</dt>
              <dd>
                <code>{call.lead_id}</code>
              </dd>
            </>
          )}
          {call.agent_id && (
            <>
              <dt>{call.platform === "getvocal" ? "Persona ID" : "Agent ID"}</dt>
              <dd>
                <code>{call.agent_id}</code>
              </dd>
            </>
          )}
          <dt>Status word</dt>
          <dd>
            <code>{call.status}</code>
          </dd>
          {call.findings.map((finding) => (
            <FindingKey key={finding.key} finding={finding} />
          ))}
          <dt>History entry</dt>
          <dd>
            <code>{call.key}</code>
          </dd>
        </dl>
      </TechnicalDetails>
    </div>
  );
}

function FindingKey({ finding }: { finding: Finding }) {
  return (
    <>
      <dt>“{finding.label}” is named</dt>
      <dd>
        <code>{finding.key}</code>
      </dd>
    </>
  );
}

function Findings({ call }: { call: CallView }) {
  if (call.findings.length > 0) {
    return (
      <dl className="facts findings" data-testid="call-findings">
        {call.findings.map((finding) => (
          <div key={finding.key} className="finding" data-testid="call-finding">
            <dt>{finding.label}</dt>
            <dd>{findingWords(finding)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  if (call.findings_problem) {
    return (
      <p className="muted" data-testid="call-findings-problem">
        Awaz could not be asked just now ({call.findings_problem}). Open this page again in a moment.
      </p>
    );
  }
  if (call.outcome === "upcoming" || call.outcome === "pending") {
    return (
      <p className="muted" data-testid="call-no-findings">
        Nothing yet: the call has not taken place.
      </p>
    );
  }
  if (call.outcome === "failed" || call.outcome === "cancelled") {
    return (
      <p className="muted" data-testid="call-no-findings">
        Nothing: the call did not take place.
      </p>
    );
  }
  if (call.platform === "getvocal") {
    return (
      <p className="muted" data-testid="call-no-findings">
        GetVocal does not share what its AI found out with other apps: open the call in GetVocal to read it.
      </p>
    );
  }
  return (
    <p className="muted" data-testid="call-no-findings">
      Nothing yet. Awaz writes it here once the call has ended and its AI has gone through it.
    </p>
  );
}

function PersonHistory({ rows }: { rows: HistoryRow[] }) {
  if (rows.length === 0) {
    return (
      <p className="empty" data-testid="person-history-empty">
        Nothing else yet: this is the first time Callboard deals with this number.
      </p>
    );
  }
  return (
    <table className="table" data-testid="person-history">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">How it went</th>
          <th scope="col">
            <span className="visually-hidden">Open</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid="person-history-row">
            <td>{formatMoment(row.when)}</td>
            <td>
              <span className="history-kind">{kinds[row.kind] ?? row.kind}</span> {row.title}
              <span className="muted"> · {row.account_name}</span>
            </td>
            <td>
              <OutcomeBadge outcome={row.outcome} status={row.status} platform={row.platform} />
            </td>
            <td className="row-actions">
              {row.kind === "call" && (
                <OpenCall callKey={row.key} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function whoWords(call: CallView): string {
  return call.name ?? (call.phone_number ? formatPhone(call.phone_number) : "an unknown number");
}

/** A finding as the person reads it: days and moments their way, yes/no in words. */
export function findingWords(finding: Finding): string {
  const value = finding.value;
  switch (value.kind) {
    case "text":
      return value.text;
    case "yes_no":
      return value.yes ? "Yes" : "No";
    case "number":
      return value.number === null ? "—" : new Intl.NumberFormat(ownLocale()).format(value.number);
    case "day":
      // Noon UTC keeps the same calendar day in every zone.
      return formatDay(`${value.day}T12:00:00Z`);
    case "moment":
      return formatMoment(value.moment);
    case "nothing":
      return "Nothing found";
  }
}

/** "3 min 20 s", in the person's language. */
export function durationWords(seconds: number): string {
  const unit = (value: number, name: "minute" | "second") =>
    new Intl.NumberFormat(ownLocale(), { style: "unit", unit: name, unitDisplay: "short" }).format(value);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return unit(rest, "second");
  return rest === 0 ? unit(minutes, "minute") : `${unit(minutes, "minute")} ${unit(rest, "second")}`;
}
