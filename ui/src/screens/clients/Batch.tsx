import { useState } from "react";
import type { BatchLineView, BatchView } from "../../bindings";
import { useBackend, usePushed } from "../../backend";
import { Confirm } from "../../awaz/Confirm";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useWords } from "../../i18n";
import { formatAmount, formatDay, kindAmountWords, kindWords, stageWords, useRun, ColumnHeads } from "./shared";

/**
 * One batch of top-ups: the review (workspace, kind, amount, reference) with totals per kind
 * and one confirmation naming them; once confirmed, each line's outcome as Rust pushes it,
 * with pause and resume.
 */
export function BatchPanel({ initial, onClose }: { initial: BatchView; onClose: () => void }) {
  const backend = useBackend();
  const { t } = useWords();
  const [batch, setBatch] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const { run, busy, problem } = useRun();

  usePushed("clientBatchProgress", ({ progress }) => {
    if (progress.batch_id !== batch.id) return;
    const { line: changed } = progress;
    setBatch((shown) => ({
      ...shown,
      state: progress.state,
      counts: progress.counts,
      lines: changed ? shown.lines.map((line) => (line.id === changed.id ? changed : line)) : shown.lines,
    }));
    if (changed) return;
    // Paused or finished: read the whole batch once, since a line pushed before the
    // confirmation's own answer arrived was overwritten by that (older) answer.
    backend.batchView(batch.id).then(
      (answer) => answer.status === "ok" && setBatch(answer.data),
      () => {
        // Unreachable engine: the pushed lines stay shown.
      },
    );
  });

  async function act(command: () => ReturnType<typeof backend.batchView>) {
    const answer = await run(command);
    if (answer) setBatch(answer);
    return answer;
  }

  async function confirm() {
    if (await act(() => backend.batchConfirm(batch.id))) setConfirming(false);
  }

  async function discard() {
    if ((await run(() => backend.batchDiscard(batch.id))) !== null) onClose();
  }

  const { counts } = batch;
  return (
    <section className="card" data-testid="batch" data-state={batch.state} aria-labelledby="batch-title">
      <h2 id="batch-title">{batch.state === "draft" ? t("clients-batch-review-title") : t("clients-batch-title")}</h2>
      {batch.state !== "draft" && (
        <p role="status" data-testid="batch-counts">
          {t("clients-batch-counts", {
            done: counts.done,
            refused: counts.refused,
            unknown: counts.unknown,
            waiting: counts.waiting + counts.sending + counts.blocked,
          })}
        </p>
      )}
      <table className="table" data-testid="batch-lines">
        <ColumnHeads
          ids={[
            "clients-column-workspace",
            "clients-column-kind",
            "clients-column-amount",
            "clients-column-reference",
            "clients-column-account",
            ...(batch.state === "draft" ? [] : ["clients-column-outcome"]),
          ]}
        />
        <tbody>
          {batch.lines.map((line) => (
            <BatchLine key={line.id} line={line} showOutcome={batch.state !== "draft"} />
          ))}
        </tbody>
      </table>
      <ul className="batch-totals" data-testid="batch-totals">
        {batch.totals.map((total) => (
          <li key={total.kind}>
            {t("clients-batch-total", { amount: t(kindAmountWords[total.kind], { amount: formatAmount(total.total) }), lines: total.lines })}
          </li>
        ))}
      </ul>
      {batch.problems.length > 0 && (
        <div className="warning-note" data-testid="batch-problems">
          <p>{t("clients-batch-left-out")}</p>
          <ul>
            {batch.problems.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {problem && <ErrorNotice error={problem} />}
      <div className="form-actions">
        {batch.state === "draft" && !confirming && (
          <>
            <button type="button" className="button" disabled={batch.lines.length === 0} onClick={() => setConfirming(true)} data-testid="batch-send">
              {t("clients-batch-send")}
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={discard} data-testid="batch-discard">
              {t("clients-batch-discard")}
            </button>
          </>
        )}
        {batch.state === "running" && (
          <button type="button" className="button secondary" disabled={busy} onClick={() => act(() => backend.batchPause(batch.id))} data-testid="batch-pause">
            {t("clients-batch-pause")}
          </button>
        )}
        {(batch.state === "paused" || (batch.state === "finished" && counts.blocked > 0)) && (
          <button type="button" className="button" disabled={busy} onClick={() => act(() => backend.batchResume(batch.id))} data-testid="batch-resume">
            {batch.state === "paused" ? t("clients-batch-resume") : t("clients-batch-retry-blocked")}
          </button>
        )}
        {batch.state !== "draft" && batch.state !== "running" && (
          <button type="button" className="link-button" onClick={onClose} data-testid="batch-close">
            {t("clients-batch-close")}
          </button>
        )}
      </div>
      {confirming && (
        <Confirm
          id="batch"
          question={batch.question}
          confirmLabel={t("clients-batch-confirm")}
          busy={busy}
          onConfirm={confirm}
          onCancel={() => setConfirming(false)}
        >
          <p>{t("clients-batch-confirm-note")}</p>
        </Confirm>
      )}
    </section>
  );
}

function BatchLine({ line, showOutcome }: { line: BatchLineView; showOutcome: boolean }) {
  const { t } = useWords();
  return (
    <tr data-testid="batch-line" data-stage={line.stage}>
      <td>
        {line.client_name ? (
          <>
            <strong>{line.client_name}</strong>
            <br />
            <span className="muted">{line.workspace}</span>
          </>
        ) : (
          line.workspace
        )}
        {line.due_on && <div className="muted">{t("clients-due-on", { date: formatDay(line.due_on) })}</div>}
      </td>
      <td>{t(kindWords[line.kind])}</td>
      <td>{formatAmount(line.amount)}</td>
      <td>{line.reference ?? ""}</td>
      <td>{line.account_name}</td>
      {showOutcome && (
        <td data-testid="batch-line-outcome">
          <strong>{t(stageWords[line.stage])}</strong>
          {line.reason && <div>{line.reason}</div>}
          {line.stage === "unknown" && <div className="hint">{t("clients-stage-unknown-next")}</div>}
          {line.stage === "blocked" && <div className="hint">{t("clients-stage-blocked-next")}</div>}
        </td>
      )}
    </tr>
  );
}
