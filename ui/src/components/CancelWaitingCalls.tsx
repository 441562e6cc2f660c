import { useRef, useState } from "react";
import type { Explanation } from "../bindings";
import { useBackend } from "../backend";
import { thrownToExplanation } from "../errors";
import { DangerConfirm } from "./DangerConfirm";
import { Done } from "./Done";
import { useWords, words } from "../i18n";

/** A GetVocal lead whose waiting calls can be cancelled. */
export type CancelTarget = { accountId: string; leadId: string; who: string };

type Ending = { target: CancelTarget } & ({ kind: "cancelled"; count: number } | { kind: "unknown"; reason: string } | { kind: "refused"; error: Explanation });

/**
 * "Cancel waiting calls" for several people at once. Each person's cancel is one journaled
 * action with its own key, made when the person confirms: a double click or a second press
 * while they are on their way sends nothing more. GetVocal cancels by lead (every waiting call
 * of that person); Awaz has no way to cancel a call, so only GetVocal leads come here.
 */
export function CancelWaitingCalls({ targets, onFinished }: { targets: CancelTarget[]; onFinished: () => void }) {
  const backend = useBackend();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [endings, setEndings] = useState<Ending[] | null>(null);
  const running = useRef(false);
  const { t } = useWords();
  // One person is named; several are counted.
  const people = { count: targets.length, who: targets[0]?.who };

  async function cancelAll() {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    const results: Ending[] = [];
    // One after the other: each is journaled before it is sent, and the platform is not flooded.
    for (const target of targets) {
      results.push(await cancelOne(target, crypto.randomUUID()));
    }
    setEndings(results);
    setConfirming(false);
    setBusy(false);
    running.current = false;
    onFinished();
  }

  async function cancelOne(target: CancelTarget, actionKey: string): Promise<Ending> {
    try {
      const result = await backend.getvocalCancelCalls(target.accountId, actionKey, target.leadId);
      if (result.status === "error") return { target, kind: "refused", error: result.error };
      const { record, answer } = result.data;
      if (record.state === "Succeeded" && answer) return { target, kind: "cancelled", count: answer.cancelled };
      return { target, kind: "unknown", reason: record.error ?? words().t("components-cancel-no-answer") };
    } catch (thrown) {
      return { target, kind: "refused", error: thrownToExplanation(thrown) };
    }
  }

  if (endings) return <Finished endings={endings} onClose={() => setEndings(null)} />;
  return (
    <>
      {!confirming && (
        <button
          type="button"
          className="button danger-outline"
          disabled={targets.length === 0}
          onClick={() => setConfirming(true)}
          data-testid="cancel-selected"
        >
          {targets.length === 0 ? t("components-cancel-none-chosen") : t("components-cancel-open", people)}
        </button>
      )}
      {confirming && (
        <DangerConfirm
          id="cancel-selected"
          question={t("components-cancel-question", people)}
          confirmLabel={t("components-cancel-confirm")}
          busyLabel={t("components-cancel-busy")}
          keepLabel={t("components-cancel-keep")}
          busy={busy}
          onConfirm={cancelAll}
          onCancel={() => setConfirming(false)}
        >
          {targets.length > 1 && <p>{targets.map((target) => target.who).join(", ")}</p>}
          <p>{t("components-cancel-warning")}</p>
        </DangerConfirm>
      )}
    </>
  );
}

function Finished({ endings, onClose }: { endings: Ending[]; onClose: () => void }) {
  const { t } = useWords();
  const cancelled = endings.filter((ending) => ending.kind === "cancelled");
  const calls = cancelled.reduce((sum, ending) => sum + (ending.kind === "cancelled" ? ending.count : 0), 0);
  const others = endings.filter((ending) => ending.kind !== "cancelled");
  const alone = endings.length === 1 && cancelled.length === 1 ? cancelled[0] : null;
  const title = alone
    ? cancelledWords(calls, alone.target.who)
    : others.length === 0
      ? t("components-cancel-finished", { calls, people: cancelled.length })
      : t("components-cancel-finished-mixed", { done: cancelled.length, others: others.length });
  return (
    <Done testId="result-cancel-selected" title={title} again={t("components-close")} onAgain={onClose}>
      {others.length > 0 && (
        <ul className="plain-list" data-testid="cancel-problems">
          {others.map((ending) => (
            <li key={`${ending.target.accountId}:${ending.target.leadId}`}>
              <strong>{t("components-cancel-problem-who", { who: ending.target.who })}</strong>{" "}
              {ending.kind === "refused" ? ending.error.title : t("components-cancel-unknown", { reason: ending.reason })}
            </li>
          ))}
        </ul>
      )}
    </Done>
  );
}

/** "2 waiting calls of Marie Dupont were cancelled." */
export function cancelledWords(cancelled: number, who: string): string {
  const { t } = words();
  // The name starts the sentence here.
  if (cancelled === 0) return t("components-cancelled-none", { who: `${who.charAt(0).toUpperCase()}${who.slice(1)}` });
  return t("components-cancelled", { count: cancelled, who });
}
