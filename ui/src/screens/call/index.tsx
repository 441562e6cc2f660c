import type { CallView, Finding, HistoryRow } from "../../bindings";
import { useWords, words } from "../../i18n";
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
import { kinds } from "../history/kinds";
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
  const [page, retry, refresh] = useLoad("callPage", callKey);
  const { t } = useWords();
  const title = page.state === "ready" ? t("call-title", { who: whoWords(page.data) }) : t("call-title-loading");
  return (
    <Screen id="call" title={title} purpose={t("call-purpose")}>
      <div className="call-back">
        <button type="button" className="link-button" onClick={onBack} data-testid="call-back">
          {t("call-back")}
        </button>
      </div>
      {page.state === "loading" && <Loading label={t("call-loading")} />}
      {page.state === "failed" && <ErrorNotice error={page.error} onRetry={retry} />}
      {page.state === "ready" && <CallDetails call={page.data} onChanged={refresh} />}
    </Screen>
  );
}

function CallDetails({ call, onChanged }: { call: CallView; onChanged: () => void }) {
  const { t } = useWords();
  const platform = platformNames[call.platform];
  const theirTime = formatCalleeMoment(call.at, call.callee_zones);
  const waiting = call.outcome === "upcoming" || call.outcome === "pending";
  return (
    <div className="call-page" data-testid="call-page">
      <Card title={t("call-facts-title")}>
        <dl className="facts call-facts" data-testid="call-facts">
          <dt>{t("call-who")}</dt>
          <dd data-testid="call-who">
            {call.name ?? <span className="muted">{t("call-name-not-known")}</span>}
            {call.phone_number && <span className="phone-number"> · {formatPhone(call.phone_number)}</span>}
          </dd>
          <dt>{t("call-when")}</dt>
          <dd data-testid="call-when">{formatMoment(call.at)}</dd>
          <dt>{t("call-their-time")}</dt>
          <dd data-testid="call-their-time">
            {theirTime ?? (call.callee_zones.length === 0 ? <span className="muted">{t("call-their-time-not-known")}</span> : t("call-their-time-same"))}
          </dd>
          <dt>{t("call-duration")}</dt>
          <dd data-testid="call-duration">
            {call.duration_seconds !== null ? durationWords(call.duration_seconds) : <span className="muted">{t("call-duration-not-said", { platform })}</span>}
          </dd>
          <dt>{call.platform === "getvocal" ? t("call-persona") : t("call-agent")}</dt>
          <dd data-testid="call-agent">{call.agent_name ?? <span className="muted">{t("call-not-known")}</span>}</dd>
          <dt>{t("call-from")}</dt>
          <dd className="phone-number" data-testid="call-from">
            {call.from_number ? formatPhone(call.from_number) : <span className="muted">{t("call-not-known")}</span>}
          </dd>
          <dt>{t("call-account")}</dt>
          <dd>
            {call.account_name} <span className="muted">· {platform}</span>
          </dd>
          <dt>{t("call-outcome")}</dt>
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
            <CancelWaitingCalls targets={[{ accountId: call.account_id, leadId: call.lead_id, who: whoWords(call) }]} onFinished={onChanged} />
          )}
        </div>
        {call.phone_number && (
          <CallerActions
            accountId={call.account_id}
            accountName={call.account_name}
            phone={call.phone_number}
            call={t("call-record", { platform, moment: formatMoment(call.at) })}
            reached={call.outcome === "reached"}
          />
        )}
      </Card>
      <Card title={t("call-findings-title")}>
        <Findings call={call} />
      </Card>
      <Card title={t("call-person-title", { who: whoWords(call) })} description={t("call-person-description")}>
        <PersonHistory rows={call.person_history} />
      </Card>
      <TechnicalDetails testId="call-technical">
        <dl className="facts">
          {call.platform_call_id && (
            <>
              <dt>{t("call-platform-id", { platform })}</dt>
              <dd>
                <code data-testid="call-platform-id">{call.platform_call_id}</code>
              </dd>
            </>
          )}
          {call.lead_id && (
            <>
              <dt>{t("call-lead-id")}</dt>
              <dd>
                <code>{call.lead_id}</code>
              </dd>
            </>
          )}
          {call.agent_id && (
            <>
              <dt>{call.platform === "getvocal" ? t("call-persona-id") : t("call-agent-id")}</dt>
              <dd>
                <code>{call.agent_id}</code>
              </dd>
            </>
          )}
          <dt>{t("call-status-word")}</dt>
          <dd>
            <code>{call.status}</code>
          </dd>
          {call.findings.map((finding) => (
            <FindingKey key={finding.key} finding={finding} />
          ))}
          <dt>{t("call-history-entry")}</dt>
          <dd>
            <code>{call.key}</code>
          </dd>
        </dl>
      </TechnicalDetails>
    </div>
  );
}

function FindingKey({ finding }: { finding: Finding }) {
  const { t } = useWords();
  return (
    <>
      <dt>{t("call-finding-key", { label: finding.label })}</dt>
      <dd>
        <code>{finding.key}</code>
      </dd>
    </>
  );
}

function Findings({ call }: { call: CallView }) {
  const { t } = useWords();
  if (call.findings.length > 0) {
    return (
      <dl className="facts findings" data-testid="call-findings">
        {call.findings.map((finding) => (
          <div key={finding.key} className="finding" data-testid="call-finding">
            <dt translate="no">{finding.label}</dt>
            <dd>{findingWords(finding)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  if (call.findings_problem) {
    return (
      <p className="muted" data-testid="call-findings-problem">
        {t("call-findings-problem", { problem: call.findings_problem })}
      </p>
    );
  }
  if (call.outcome === "upcoming" || call.outcome === "pending") {
    return (
      <p className="muted" data-testid="call-no-findings">
        {t("call-findings-not-yet")}
      </p>
    );
  }
  if (call.outcome === "failed" || call.outcome === "cancelled") {
    return (
      <p className="muted" data-testid="call-no-findings">
        {t("call-findings-did-not-happen")}
      </p>
    );
  }
  if (call.platform === "getvocal") {
    return (
      <p className="muted" data-testid="call-no-findings">
        {t("call-findings-getvocal")}
      </p>
    );
  }
  return (
    <p className="muted" data-testid="call-no-findings">
      {t("call-findings-awaz-later")}
    </p>
  );
}

function PersonHistory({ rows }: { rows: HistoryRow[] }) {
  const { t } = useWords();
  if (rows.length === 0) {
    return (
      <p className="empty" data-testid="person-history-empty">
        {t("call-person-empty")}
      </p>
    );
  }
  return (
    <table className="table" data-testid="person-history">
      <thead>
        <tr>
          <th scope="col">{t("call-column-when")}</th>
          <th scope="col">{t("call-column-what")}</th>
          <th scope="col">{t("call-column-outcome")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("call-column-open")}</span>
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
            <td className="row-actions">{row.kind === "call" && <OpenCall callKey={row.key} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function whoWords(call: CallView): string {
  return call.name ?? (call.phone_number ? formatPhone(call.phone_number) : words().t("call-unknown-number"));
}

/** A finding as the person reads it: days and moments their way, yes/no in words. */
export function findingWords(finding: Finding): string {
  const value = finding.value;
  switch (value.kind) {
    case "text":
      return value.text;
    case "yes_no":
      return value.yes ? words().t("call-finding-yes") : words().t("call-finding-no");
    case "number":
      return value.number === null ? "—" : new Intl.NumberFormat(ownLocale()).format(value.number);
    case "day":
      // Noon UTC keeps the same calendar day in every zone.
      return formatDay(`${value.day}T12:00:00Z`);
    case "moment":
      return formatMoment(value.moment);
    case "nothing":
      return words().t("call-finding-nothing");
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
