import { useEffect, useMemo, useRef } from "react";
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";
import type { ChartBucket, OutcomeGroup } from "../../bindings";
import { callOutcomeGroups, outcomeColours, outcomeWords } from "../../components/OutcomeBadge";
import { useWords } from "../../i18n";
import { ownLocale } from "../../preferences";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** "24 Nov" (or "24 nov.") for "2026-11-24", in the language on screen. */
function dayLabel(day: string): string {
  const moment = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(moment.getTime()) ? day : new Intl.DateTimeFormat(ownLocale(), { day: "numeric", month: "short", timeZone: "UTC" }).format(moment);
}

/**
 * Calls by outcome, per day: one stacked bar per day, one colour per outcome (the badges'
 * colours), with a legend in words under it, for account managers to report to their clients.
 */
/** Every day from `from` to `to` (YYYY-MM-DD), at most a year of them. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const day = new Date(`${from}T12:00:00Z`);
  const last = new Date(`${to}T12:00:00Z`);
  while (day <= last && days.length < 366) {
    days.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 1);
  }
  return days;
}

/**
 * The buckets with a bar slot for every day of the range, so a day without calls shows as a
 * gap and one busy day is not drawn as wide as the chart.
 */
function everyDay(buckets: ChartBucket[], from: string | null, to: string | null): ChartBucket[] {
  const known = buckets.map((bucket) => bucket.day).sort();
  const first = [from, known[0]].filter((day): day is string => Boolean(day)).sort()[0];
  const last = [to, known[known.length - 1]]
    .filter((day): day is string => Boolean(day))
    .sort()
    .at(-1);
  if (!first || !last || first > last) return buckets;
  return daysBetween(first, last).map((day) => buckets.find((bucket) => bucket.day === day) ?? { day, counts: [] });
}

export function CallsChart({ buckets: given, from, to }: { buckets: ChartBucket[]; from: string | null; to: string | null }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { t, language } = useWords();
  const buckets = useMemo(() => everyDay(given, from, to), [given, from, to]);
  const count = (bucket: ChartBucket, outcome: OutcomeGroup) => bucket.counts.find((entry) => entry.outcome === outcome)?.count ?? 0;
  const totals = callOutcomeGroups
    .map((outcome) => ({ outcome, total: buckets.reduce((sum, bucket) => sum + count(bucket, outcome), 0) }))
    .filter((entry) => entry.total > 0);
  const present = totals.map((entry) => entry.outcome);

  useEffect(() => {
    const context = canvas.current?.getContext("2d");
    if (!context) return;
    const chart = new Chart(context, {
      type: "bar",
      data: {
        labels: buckets.map((bucket) => dayLabel(bucket.day)),
        datasets: present.map((outcome) => ({
          label: outcomeWords(outcome).label,
          data: buckets.map((bucket) => count(bucket, outcome)),
          backgroundColor: outcomeColours[outcome].bar,
          borderWidth: 0,
          maxBarThickness: 40,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: {
          x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t("history-chart-axis") } },
        },
        locale: ownLocale(),
      },
    });
    return () => chart.destroy();
    // `present` is derived from `buckets`, and the words from the language: redrawing on those is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [buckets, language]);

  const calls = totals.reduce((sum, entry) => sum + entry.total, 0);
  return (
    <figure className="calls-chart" data-testid="calls-chart">
      <figcaption>
        <h3>{t("history-chart-title")}</h3>
      </figcaption>
      {calls === 0 ? (
        <p className="empty">{t("history-chart-empty")}</p>
      ) : (
        <>
          <div className="chart-area">
            <canvas
              ref={canvas}
              role="img"
              aria-label={t("history-chart-summary", {
                totals: totals.map((entry) => t("history-chart-total", { count: entry.total, outcome: outcomeWords(entry.outcome).label })).join(", "),
              })}
            />
          </div>
          <ul className="chart-legend" data-testid="chart-legend">
            {totals.map((entry) => (
              <li key={entry.outcome}>
                <span className="legend-swatch" style={{ background: outcomeColours[entry.outcome].bar }} aria-hidden="true" />
                {t("history-chart-legend", { outcome: outcomeWords(entry.outcome).label, count: entry.total })}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}
