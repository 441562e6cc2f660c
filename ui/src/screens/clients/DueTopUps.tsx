import { useState } from "react";
import type { BatchView, DueTopUp } from "../../bindings";
import { useBackend } from "../../backend";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useWords } from "../../i18n";
import { useNavigation } from "../../navigation";
import { useLoad } from "../../useLoad";
import { formatAmount, formatDay, kindAmountWords, useRun, ColumnHeads } from "./shared";

const occurrenceKey = (due: DueTopUp) => `${due.plan_id}:${due.due_on}`;

/**
 * The recurring top-ups whose date has come (missed dates said as such): the person ticks the
 * ones to send and reviews them as one batch; a missed one can be passed over.
 */
export function DueTopUps({ onReviewed }: { onReviewed: (batch: BatchView) => void }) {
  const backend = useBackend();
  const { t } = useWords();
  const [due, retry] = useLoad("dueTopUps");
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const { run, busy, problem } = useRun();
  if (due.state === "failed") return <ErrorNotice error={due.error} onRetry={retry} />;
  if (due.state !== "ready" || due.data.length === 0) return null;

  const ticked = due.data.filter((occurrence) => !unticked.has(occurrenceKey(occurrence)));
  function toggle(occurrence: DueTopUp) {
    const next = new Set(unticked);
    if (!next.delete(occurrenceKey(occurrence))) next.add(occurrenceKey(occurrence));
    setUnticked(next);
  }
  async function review() {
    const draft = await run(() => backend.batchDraftDue(ticked.map(({ plan_id, due_on }) => ({ plan_id, due_on }))));
    if (draft) onReviewed(draft);
  }

  return (
    <section className="card" data-testid="due-top-ups" aria-labelledby="due-title">
      <h2 id="due-title">{t("clients-due-title", { count: due.data.length })}</h2>
      <p className="hint">{t("clients-due-intro")}</p>
      <table className="table">
        <ColumnHeads
          ids={["clients-column-send", "clients-column-client", "clients-column-amount", "clients-column-due", "clients-column-reference"]}
          actions
        />
        <tbody>
          {due.data.map((occurrence) => (
            <tr key={occurrenceKey(occurrence)} data-testid="due-line" data-missed={occurrence.missed}>
              <td>
                <input
                  type="checkbox"
                  checked={!unticked.has(occurrenceKey(occurrence))}
                  onChange={() => toggle(occurrence)}
                  aria-label={t("clients-due-tick", { name: occurrence.client_name, date: formatDay(occurrence.due_on) })}
                />
              </td>
              <td>
                <strong>{occurrence.client_name}</strong>
                <br />
                <span className="muted">{occurrence.workspace}</span>
              </td>
              <td>{t(kindAmountWords[occurrence.kind], { amount: formatAmount(occurrence.amount) })}</td>
              <td>
                {formatDay(occurrence.due_on)}
                {occurrence.missed && (
                  <div className="badge badge-warning" data-testid="due-missed">
                    {t("clients-due-missed")}
                  </div>
                )}
              </td>
              <td>{occurrence.reference ?? ""}</td>
              <td>
                {occurrence.missed && (
                  <button
                    type="button"
                    className="link-button"
                    disabled={busy}
                    onClick={() => run(() => backend.dueTopUpPassOver({ plan_id: occurrence.plan_id, due_on: occurrence.due_on }))}
                    data-testid="due-pass-over"
                  >
                    {t("clients-due-pass-over")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problem && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="button" className="button" disabled={busy || ticked.length === 0} onClick={review} data-testid="due-review">
          {t("clients-due-review", { count: ticked.length })}
        </button>
      </div>
    </section>
  );
}

/** Said on every screen while recurring top-ups wait: the review is on the Clients screen. */
export function DueTopUpsBanner({ onOpen }: { onOpen: () => void }) {
  const { t } = useWords();
  const [due] = useLoad("dueTopUps");
  if (due.state !== "ready" || due.data.length === 0) return null;
  return (
    <div className="warning-note due-banner" role="status" data-testid="due-banner">
      <span>{t("clients-due-banner", { count: due.data.length })}</span>{" "}
      <button type="button" className="button small" onClick={onOpen} data-testid="due-banner-open">
        {t("clients-due-banner-open")}
      </button>
    </div>
  );
}

/** Home's card of the recurring top-ups waiting for a confirmation, opening their review. */
export function DueTopUpsCard() {
  const { t } = useWords();
  const navigation = useNavigation();
  const [due] = useLoad("dueTopUps");
  if (due.state !== "ready" || due.data.length === 0) return null;
  return (
    <div data-testid="home-due-top-ups">
      <Card title={t("clients-home-due-title")} description={t("clients-home-due-description")}>
        <ul>
          {due.data.map((occurrence) => (
            <li key={occurrenceKey(occurrence)}>
              {t("clients-home-due-line", {
                name: occurrence.client_name,
                amount: t(kindAmountWords[occurrence.kind], { amount: formatAmount(occurrence.amount) }),
                date: formatDay(occurrence.due_on),
              })}
              {occurrence.missed && <span className="badge badge-warning">{t("clients-due-missed")}</span>}
            </li>
          ))}
        </ul>
        <button type="button" className="button" onClick={() => navigation.openScreen?.("clients")} data-testid="home-due-open">
          {t("clients-due-banner-open")}
        </button>
      </Card>
    </div>
  );
}
