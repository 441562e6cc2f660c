import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { AwazCallStatus, Call, Explanation, JsonValue } from "../../bindings";
import { useBackend } from "../../backend";
import { ForAccount } from "../../components/AccountPicker";
import { AwazWait } from "../../awaz/AwazWait";
import { documentedStatuses, statusWords } from "../../awaz/callStatus";
import { OutcomeBadge, outcomeOfCallStatus } from "../../components/OutcomeBadge";
import { ExportButton } from "../../awaz/ExportButton";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { useLoad } from "../../useLoad";
import { useWords, words } from "../../i18n";
import "../getvocal.css";

/** The Awaz call log: every call of the account, newest first, with what each call found out. */
export function CallLog() {
  return <ForAccount platform="awaz">{(account) => <CallLogView accountId={account.id} />}</ForAccount>;
}

type Pages = { calls: Call[]; nextPage: number; isLast: boolean };

/** Search by name or phone and the status filter apply to the calls loaded so far. */
export function matchingCalls(calls: Call[], search: string, status: AwazCallStatus | ""): Call[] {
  const words = search.trim().toLowerCase();
  const digits = words.replace(/\D/g, "");
  return calls.filter((call) => {
    if (status && call.status !== status) return false;
    if (!words) return true;
    const name = (call.contact?.name ?? "").toLowerCase();
    const phoneDigits = (call.contact?.phone ?? "").replace(/\D/g, "");
    return name.includes(words) || (digits.length > 0 && phoneDigits.includes(digits));
  });
}

function CallLogView({ accountId }: { accountId: string }) {
  const backend = useBackend();
  const ids = useId();
  const { t } = useWords();
  const [pages, setPages] = useState<Pages>({ calls: [], nextPage: 0, isLast: false });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Explanation | null>(null);
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<AwazCallStatus | "">("");
  const [selected, setSelected] = useState<string | null>(null);
  const loadingRef = useRef(false);

  const loadMore = useCallback(async () => {
    if (loadingRef.current || pages.isLast) return;
    loadingRef.current = true;
    setLoading(true);
    setError(null);
    const page = await backend.awazCalls(accountId, pages.nextPage);
    if (page.status === "ok") {
      setPages((before) => ({
        // A call that moved to the next page while we read it must not show twice.
        calls: [...before.calls, ...page.data.items.filter((call) => !before.calls.some((known) => known.id === call.id))],
        nextPage: page.data.page + 1,
        isLast: page.data.is_last,
      }));
    } else {
      setError(page.error);
    }
    loadingRef.current = false;
    setLoading(false);
  }, [backend, accountId, pages.isLast, pages.nextPage]);

  useEffect(() => {
    if (pages.nextPage === 0 && !pages.isLast) void loadMore();
  }, [loadMore, pages.nextPage, pages.isLast]);

  // Reaching the bottom of the list loads the next page, as long as the last one worked.
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = sentinel.current;
    if (!target || typeof IntersectionObserver === "undefined" || error) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void loadMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [loadMore, error]);

  const shown = matchingCalls(pages.calls, search, status);
  const filtering = search.trim() !== "" || status !== "";

  return (
    <div className="call-log">
      <Card title={t("history-tab-awaz-calls")} description={t("history-calls-intro")}>
        <div className="toolbar">
          <label htmlFor={`${ids}-search`} className="visually-hidden">
            {t("history-calls-search")}
          </label>
          <input
            id={`${ids}-search`}
            type="search"
            placeholder={t("history-calls-search.placeholder")}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            data-testid="field-search"
          />
          <label htmlFor={`${ids}-status`} className="visually-hidden">
            {t("history-calls-status")}
          </label>
          <select
            id={`${ids}-status`}
            value={status}
            onChange={(event) => setStatus(event.target.value as AwazCallStatus | "")}
            data-testid="field-status-filter"
          >
            <option value="">{t("history-calls-every-status")}</option>
            {(["scheduled", ...documentedStatuses] as AwazCallStatus[]).map((value) => (
              <option key={value} value={value}>
                {statusWords(value).label}
              </option>
            ))}
          </select>
        </div>
        {filtering && !pages.isLast && <p className="hint">{t("history-calls-searching", { count: pages.calls.length })}</p>}
        {shown.length === 0 && !loading && !error && (
          <p className="empty" data-testid="no-calls">
            {pages.calls.length === 0 ? t("history-calls-none") : t("history-calls-no-match")}
          </p>
        )}
        {shown.length > 0 && (
          <table className="table" data-testid="calls">
            <thead>
              <tr>
                <th scope="col">{t("history-calls-contact")}</th>
                <th scope="col">{t("history-calls-phone")}</th>
                <th scope="col">{t("history-calls-status")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((call) => (
                <tr key={call.id} className={call.id === selected ? "selected-row" : undefined} data-testid={`row-call-${call.id}`}>
                  <td>
                    <button type="button" className="link-button" translate="no" onClick={() => setSelected(call.id)} aria-pressed={call.id === selected}>
                      {call.contact?.name || t("history-calls-unnamed")}
                    </button>
                  </td>
                  <td className="phone-number">{call.contact?.phone}</td>
                  <td>
                    <OutcomeBadge outcome={outcomeOfCallStatus(call.status)} status={call.status} platform="awaz" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div ref={sentinel} aria-hidden="true" />
        {loading && <Loading label={t("history-calls-loading")} />}
        <AwazWait accountId={accountId} active={loading} />
        {error && <ErrorNotice error={error} onRetry={loadMore} />}
        <div className="form-actions">
          {!pages.isLast && !loading && (
            <button type="button" className="button secondary" onClick={loadMore} data-testid="load-more">
              {t("history-calls-load-more")}
            </button>
          )}
          {pages.isLast && pages.calls.length > 0 && <p className="muted">{t("history-calls-all-loaded")}</p>}
          <ExportButton id="calls" rows={shown.length} exportRows={() => backend.awazExportCalls(shown)} />
        </div>
      </Card>
      {selected && <CallDetails key={selected} accountId={accountId} callId={selected} onClose={() => setSelected(null)} />}
    </div>
  );
}

/** One call: the contact, its status, and every variable the AI agent extracted. */
export function CallDetails({ accountId, callId, onClose }: { accountId: string; callId: string; onClose?: () => void }) {
  const { t } = useWords();
  const [call, retry] = useLoad("awazCall", accountId, callId);
  return (
    <section className="card call-details" aria-label={t("history-call-details")} data-testid="call-details">
      <header className="card-header">
        <h2>{t("history-call-details")}</h2>
        {onClose && (
          <button type="button" className="link-button" onClick={onClose}>
            {t("history-call-close")}
          </button>
        )}
      </header>
      {call.state === "loading" && <Loading label={t("history-call-loading")} />}
      {call.state === "failed" && <ErrorNotice error={call.error} onRetry={retry} />}
      {call.state === "ready" && (
        <>
          <dl className="facts">
            <dt>{t("history-calls-contact")}</dt>
            <dd data-testid="details-name">{call.data.contact?.name || t("history-calls-unnamed")}</dd>
            <dt>{t("history-calls-phone")}</dt>
            <dd className="phone-number">{call.data.contact?.phone || "—"}</dd>
            {call.data.contact?.email && (
              <>
                <dt>{t("history-call-email")}</dt>
                <dd>{call.data.contact.email}</dd>
              </>
            )}
            <dt>{t("history-calls-status")}</dt>
            <dd>
              <OutcomeBadge outcome={outcomeOfCallStatus(call.data.status)} status={call.data.status} platform="awaz" />{" "}
              <span className="muted">{statusWords(call.data.status).hint}</span>
            </dd>
            <dt>{t("history-call-id")}</dt>
            <dd>
              <code>{call.data.id}</code>
            </dd>
          </dl>
          <h3>{t("history-call-found-out")}</h3>
          <Variables variables={call.data.extracted_variables ?? {}} />
        </>
      )}
    </section>
  );
}

function Variables({ variables }: { variables: { [key in string]: JsonValue } }) {
  const entries = Object.entries(variables);
  const { t } = useWords();
  if (entries.length === 0) {
    return <p className="empty">{t("history-call-no-variables")}</p>;
  }
  return (
    <table className="table" data-testid="call-variables">
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name} data-testid="row-variable">
            <th scope="row">{name.replaceAll("_", " ")}</th>
            <td>{variableText(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function variableText(value: JsonValue): string {
  const { t } = words();
  if (value === null) return t("history-variable-not-given");
  if (value === true) return t("history-variable-yes");
  if (value === false) return t("history-variable-no");
  // The agent's own answer, as it gave it: a number may be a postcode or a year, not a quantity.
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}
