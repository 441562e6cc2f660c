import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import type { AccountSummary, ChartBucket, Explanation, HistoryPage, HistoryQuery, HistoryRow, OutcomeGroup, Platform, Sort } from "../../bindings";
import { ExportButton } from "../../awaz/ExportButton";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Loading } from "../../components/Loading";
import { VirtualList } from "../../components/VirtualList";
import { useLoadWith } from "../../useLoad";
import { formatMoment } from "../../when";
import { useBackend } from "../../backend";
import { OpenCall } from "../../components/OpenCall";
import { usePaused } from "../../components/usePaused";
import { OutcomeBadge, outcomeColours, outcomeGroups, outcomeWords } from "../../components/OutcomeBadge";
import { thrownToExplanation } from "../../errors";
import { useWords } from "../../i18n";
import { kinds } from "./kinds";
import "./everything.css";

// The charting library is the largest part of the app: it loads when History is first opened,
// asked for as the screen's code runs, alongside its first questions rather than after their
// answers are drawn.
const chartCode = import("./CallsChart");
// Not an unhandled rejection: the chart, when drawn, meets a failed load itself.
chartCode.catch(() => {});
const CallsChart = lazy(() => chartCode.then((module) => ({ default: module.CallsChart })));

const ROW_HEIGHT = 64;
const LIST_HEIGHT = 480;
/** Typing in the search box asks again once the person pauses. */

const platforms: readonly { value: Platform; name: string }[] = [
  { value: "getvocal", name: "GetVocal" },
  { value: "awaz", name: "Awaz" },
];

/** YYYY-MM-DD of this computer's calendar, `days` ago. */
function daysAgo(days: number): string {
  const moment = new Date();
  moment.setDate(moment.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The first page and the chart of one query; `generation` tells each answer from the one before. */
type Loaded = { page: HistoryPage; chart: ChartBucket[]; query: HistoryQuery; generation: number };

/** Everything on both platforms in one list: the journal and the Awaz call log, merged. */
export function Everything() {
  const backend = useBackend();
  const ids = useId();
  const { t } = useWords();
  const [chosenPlatforms, setChosenPlatforms] = useState<Platform[]>(["getvocal", "awaz"]);
  const [accountId, setAccountId] = useState("");
  const [outcomes, setOutcomes] = useState<OutcomeGroup[]>([]);
  const [from, setFrom] = useState(daysAgo(29));
  const [to, setTo] = useState(daysAgo(0));
  const [typed, setTyped] = useState("");
  const text = usePaused(typed.trim());
  const [sort, setSort] = useState<Sort>("newest");
  const [accounts, setAccounts] = useState<AccountSummary[]>([]);

  useEffect(() => {
    let current = true;
    backend.listAccounts().then(
      (result) => current && result.status === "ok" && setAccounts(result.data),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [backend]);

  const query: HistoryQuery = useMemo(
    () => ({ platforms: chosenPlatforms, account_id: accountId || null, outcomes, from: from || null, to: to || null, text: text || null, sort }),
    [chosenPlatforms, accountId, outcomes, from, to, text, sort],
  );
  const generation = useRef(0);
  const load = useCallback(async () => {
    const [page, chart] = await Promise.all([backend.history(query, null), backend.historyChart(query)]);
    if (page.status === "error") return page;
    if (chart.status === "error") return chart;
    generation.current += 1;
    return { status: "ok" as const, data: { page: page.data, chart: chart.data, query, generation: generation.current } };
  }, [backend, query]);
  const [loaded, retry] = useLoadWith<Loaded>(["historyWithChart", query], load);

  function toggle<T>(list: T[], value: T, on: boolean): T[] {
    return on ? [...list, value] : list.filter((known) => known !== value);
  }

  const shownAccounts = accounts.filter((account) => chosenPlatforms.includes(account.platform));
  const rangeProblem = from && to && from > to ? t("history-range-problem") : null;

  return (
    <section className="card" aria-label={t("history-tab-everything")}>
      <div className="history-filters">
        <fieldset className="filter-group">
          <legend>{t("history-platform")}</legend>
          {platforms.map((platform) => (
            <label key={platform.value} className="filter-check" translate="no">
              <input
                type="checkbox"
                checked={chosenPlatforms.includes(platform.value)}
                onChange={(event) => setChosenPlatforms(toggle(chosenPlatforms, platform.value, event.target.checked))}
                data-testid={`filter-platform-${platform.value}`}
              />{" "}
              {platform.name}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${ids}-account`}>{t("history-account")}</label>
          <select id={`${ids}-account`} value={accountId} onChange={(event) => setAccountId(event.target.value)} data-testid="filter-account">
            <option value="">{t("history-all-accounts")}</option>
            {shownAccounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-from`}>{t("history-from")}</label>
          <input id={`${ids}-from`} type="date" value={from} onChange={(event) => setFrom(event.target.value)} data-testid="filter-from" />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-to`}>{t("history-to")}</label>
          <input id={`${ids}-to`} type="date" value={to} onChange={(event) => setTo(event.target.value)} data-testid="filter-to" />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-sort`}>{t("history-order")}</label>
          <select id={`${ids}-sort`} value={sort} onChange={(event) => setSort(event.target.value as Sort)} data-testid="filter-sort">
            <option value="newest">{t("history-newest")}</option>
            <option value="oldest">{t("history-oldest")}</option>
          </select>
        </div>
        <div className="field search-field">
          <label htmlFor={`${ids}-text`}>{t("history-search")}</label>
          <input
            id={`${ids}-text`}
            type="search"
            placeholder={t("history-search-placeholder")}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            data-testid="filter-text"
          />
        </div>
      </div>
      <fieldset className="filter-group status-filter">
        <legend>
          {t("history-outcome")} {outcomes.length === 0 && <span className="muted">{t("history-outcome-all")}</span>}
        </legend>
        {outcomeGroups.map((outcome) => (
          <label key={outcome} className="filter-check" title={outcomeWords(outcome).hint}>
            <input
              type="checkbox"
              checked={outcomes.includes(outcome)}
              onChange={(event) => setOutcomes(toggle(outcomes, outcome, event.target.checked))}
              data-testid={`filter-outcome-${outcome}`}
            />{" "}
            <span className="legend-swatch" style={{ background: outcomeColours[outcome].bar }} aria-hidden="true" />
            {outcomeWords(outcome).label}
          </label>
        ))}
      </fieldset>
      {rangeProblem && (
        <p className="field-problem" role="alert">
          {rangeProblem}
        </p>
      )}
      {loaded.state === "loading" && <Loading label={t("history-loading")} />}
      {loaded.state === "failed" && <ErrorNotice error={loaded.error} onRetry={retry} />}
      {loaded.state === "ready" && <Results key={loaded.data.generation} loaded={loaded.data} />}
    </section>
  );
}

/** The rows read so far, the cursor of the next page, and whether it is being read. */
type Pages = { rows: HistoryRow[]; next: string | null; reading: boolean; problem: Explanation | null };

function Results({ loaded }: { loaded: Loaded }) {
  const backend = useBackend();
  const { query } = loaded;
  const { total, complete } = loaded.page;
  const count = total ?? loaded.page.rows.length;
  const { t } = useWords();
  const [pages, setPages] = useState<Pages>({ rows: loaded.page.rows, next: loaded.page.next, reading: false, problem: null });
  // One page at a time, and never into the list of another query.
  const reading = useRef(false);
  const readNext = useCallback(async () => {
    const after = pages.next;
    if (after === null || reading.current) return;
    reading.current = true;
    setPages((shown) => ({ ...shown, reading: true, problem: null }));
    let result: Awaited<ReturnType<typeof backend.history>>;
    try {
      result = await backend.history(query, after);
    } catch (thrown) {
      result = { status: "error", error: thrownToExplanation(thrown) };
    }
    reading.current = false;
    setPages((shown) =>
      shown.next !== after
        ? shown
        : result.status === "ok"
          ? { rows: [...shown.rows, ...result.data.rows], next: result.data.next, reading: false, problem: null }
          : { ...shown, reading: false, problem: result.error },
    );
  }, [backend, query, pages.next]);

  return (
    <>
      <Suspense fallback={<Loading label={t("history-drawing-chart")} />}>
        <CallsChart buckets={loaded.chart} from={query.from ?? null} to={query.to ?? null} />
      </Suspense>
      <div className="history-count">
        <p data-testid="history-count">{count === 0 ? t("history-nothing-matches") : t("history-count", { count })}</p>
        <ExportButton id="history" rows={count} exportRows={() => backend.historyExport(query)} />
      </div>
      {!complete && (
        <p className="muted" data-testid="history-incomplete">
          {t("history-incomplete")}
        </p>
      )}
      {pages.rows.length > 0 && (
        <>
          <div className="history-row history-head" aria-hidden="true">
            <span>{t("history-when")}</span>
            <span>{t("history-where")}</span>
            <span>{t("history-what")}</span>
            <span>{t("history-outcome")}</span>
          </div>
          <VirtualList
            items={pages.rows}
            total={pages.problem ? pages.rows.length : Math.max(count, pages.rows.length)}
            onNearEnd={readNext}
            rowHeight={ROW_HEIGHT}
            height={Math.min(LIST_HEIGHT, count * ROW_HEIGHT)}
            label={t("history-title")}
            testId="history-list"
            renderRow={(row) => <Row row={row} />}
          />
          {pages.reading && <Loading label={t("history-loading-more")} />}
          {pages.problem && <ErrorNotice error={pages.problem} onRetry={readNext} />}
        </>
      )}
    </>
  );
}

function Row({ row }: { row: HistoryRow }) {
  return (
    <div className="history-row" data-testid={`history-row-${row.key}`}>
      <span className="history-when">{formatMoment(row.when)}</span>
      <span className="history-where">
        <span>{row.platform === "getvocal" ? "GetVocal" : "Awaz"}</span>
        <span className="muted" translate="no">
          {row.account_name}
        </span>
      </span>
      <span className="history-what">
        <span className="history-title" title={row.title}>
          <span className="history-kind">{kinds[row.kind] ?? row.kind}</span> {row.title}
        </span>
        {row.detail && (
          <span className="muted history-detail" title={row.detail} translate="no">
            {row.detail}
          </span>
        )}
      </span>
      <span className="history-outcome">
        {/* A call's status is the platform's word; anything else's is Callboard's. */}
        <OutcomeBadge outcome={row.outcome} status={row.status} platform={row.kind === "call" ? row.platform : undefined} />
        {row.kind === "call" && <OpenCall callKey={row.key} look="link" />}
      </span>
    </div>
  );
}
