import { useId, useState } from "react";
import type { ActionRecord, ActionState, OutcomeGroup, Platform } from "../../bindings";
import { OutcomeBadge } from "../../components/OutcomeBadge";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { useLoad } from "../../useLoad";
import { formatMoment } from "../../when";
import { useWords } from "../../i18n";

/** How each request ended, in the app's one vocabulary of outcomes. */
const outcomes: Record<ActionState, OutcomeGroup> = { Succeeded: "done", Failed: "refused", Unknown: "needs_check", Pending: "pending" };

/** Every action Callboard sent, newest first, with what was sent and what came back. */
export function Journal() {
  const [platform, setPlatform] = useState<Platform | "">("");
  const [text, setText] = useState("");
  const [openId, setOpenId] = useState<number | null>(null);
  const ids = useId();
  const { t } = useWords();
  const [records, retry] = useLoad("actionHistory", platform === "" ? null : platform, text);

  return (
    <section className="card" aria-label={t("history-tab-journal")}>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={`${ids}-platform`}>{t("history-platform")}</label>
          <select id={`${ids}-platform`} value={platform} onChange={(event) => setPlatform(event.target.value as Platform | "")} data-testid="field-platform">
            <option value="">{t("history-both-platforms")}</option>
            <option value="getvocal">GetVocal</option>
            <option value="awaz">Awaz</option>
          </select>
        </div>
        <div className="field search-field">
          <label htmlFor={`${ids}-text`}>{t("history-search")}</label>
          <input
            id={`${ids}-text`}
            type="search"
            placeholder={t("history-journal-search-placeholder")}
            value={text}
            onChange={(event) => setText(event.target.value)}
            data-testid="field-search"
          />
        </div>
      </div>
      {records.state === "loading" && <Loading label={t("history-loading")} />}
      {records.state === "failed" && <ErrorNotice error={records.error} onRetry={retry} />}
      {records.state === "ready" && records.data.length === 0 && (
        <p className="empty">{text || platform ? t("history-journal-no-match") : t("history-journal-empty")}</p>
      )}
      {records.state === "ready" && records.data.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("history-when")}</th>
              <th scope="col">{t("history-account")}</th>
              <th scope="col">{t("history-what")}</th>
              <th scope="col">{t("history-outcome")}</th>
            </tr>
          </thead>
          <tbody>
            {records.data.map((record) => (
              <Row key={record.id} record={record} open={openId === record.id} onToggle={() => setOpenId(openId === record.id ? null : record.id)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Row({ record, open, onToggle }: { record: ActionRecord; open: boolean; onToggle: () => void }) {
  return (
    <>
      <tr className="clickable" aria-selected={open} onClick={onToggle} data-testid={`row-action-${record.id}`}>
        <td className="nowrap">{formatMoment(record.created_at)}</td>
        <td className="nowrap">{record.account_name}</td>
        <td>
          <button
            type="button"
            className="link-button row-toggle"
            aria-expanded={open}
            onClick={(event) => {
              event.stopPropagation();
              onToggle();
            }}
          >
            {record.summary}
          </button>
        </td>
        <td>
          <OutcomeBadge outcome={outcomes[record.state]} />
        </td>
      </tr>
      {open && (
        <tr>
          <td colSpan={4}>
            <Details record={record} />
          </td>
        </tr>
      )}
    </>
  );
}

function Details({ record }: { record: ActionRecord }) {
  const { t } = useWords();
  return (
    <div className="drawer" data-testid="action-details">
      <dl className="facts">
        <dt>{t("history-started")}</dt>
        <dd>{formatMoment(record.created_at)}</dd>
        <dt>{t("history-finished")}</dt>
        <dd>{record.finished_at ? formatMoment(record.finished_at) : t("history-no-answer-yet")}</dd>
        {record.subject && (
          <>
            <dt>{t("history-about")}</dt>
            <dd>
              <code>{record.subject}</code>
            </dd>
          </>
        )}
        {record.error && (
          <>
            <dt>{t("history-why")}</dt>
            <dd>{record.error}</dd>
          </>
        )}
      </dl>
      <h3>{t("history-request")}</h3>
      <pre>{pretty(record.request)}</pre>
      {record.response && (
        <>
          <h3>{t("history-response")}</h3>
          <pre>{pretty(record.response)}</pre>
        </>
      )}
    </div>
  );
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
