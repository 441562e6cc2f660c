import { useRef, useState } from "react";
import type { Explanation } from "../bindings";
import { useBackend } from "../backend";
import { thrownToExplanation } from "../errors";
import { DangerConfirm } from "./DangerConfirm";
import { Done } from "./Done";

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
  const people = targets.length === 1 ? targets[0].who : `${targets.length} people`;

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
      return { target, kind: "unknown", reason: record.error ?? "No answer came back." };
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
          {targets.length === 0 ? "Cancel waiting calls…" : `Cancel the waiting calls of ${people}…`}
        </button>
      )}
      {confirming && (
        <DangerConfirm
          id="cancel-selected"
          question={`Cancel every waiting call of ${people}?`}
          confirmLabel="Cancel the calls"
          busyLabel="Cancelling…"
          keepLabel="Keep them"
          busy={busy}
          onConfirm={cancelAll}
          onCancel={() => setConfirming(false)}
        >
          {targets.length > 1 && <p>{targets.map((target) => target.who).join(", ")}</p>}
          <p>Scheduled and queued calls are removed from GetVocal. Calls already made are not affected. This can't be undone.</p>
        </DangerConfirm>
      )}
    </>
  );
}

function Finished({ endings, onClose }: { endings: Ending[]; onClose: () => void }) {
  const cancelled = endings.filter((ending) => ending.kind === "cancelled");
  const calls = cancelled.reduce((sum, ending) => sum + (ending.kind === "cancelled" ? ending.count : 0), 0);
  const others = endings.filter((ending) => ending.kind !== "cancelled");
  const alone = endings.length === 1 && cancelled.length === 1 ? cancelled[0] : null;
  const title = alone
    ? cancelledWords(calls, alone.target.who)
    : others.length === 0
      ? `Finished: ${calls} waiting ${calls === 1 ? "call" : "calls"} of ${peopleWords(cancelled.length)} cancelled.`
      : `Finished: ${peopleWords(cancelled.length)} done, ${peopleWords(others.length)} to look at.`;
  return (
    <Done testId="result-cancel-selected" title={title} again="Close" onAgain={onClose}>
      {others.length > 0 && (
        <ul className="plain-list" data-testid="cancel-problems">
          {others.map((ending) => (
            <li key={`${ending.target.accountId}:${ending.target.leadId}`}>
              <strong>{ending.target.who}</strong>:{" "}
              {ending.kind === "refused"
                ? ending.error.title
                : `we don't know whether the calls were cancelled (${ending.reason}). Check in GetVocal before trying again.`}
            </li>
          ))}
        </ul>
      )}
    </Done>
  );
}

function peopleWords(count: number): string {
  return count === 1 ? "1 person" : `${count} people`;
}

/** "2 waiting calls of Marie Dupont were cancelled." */
export function cancelledWords(cancelled: number, who: string): string {
  if (cancelled === 0) return `${who.charAt(0).toUpperCase()}${who.slice(1)} had no waiting call to cancel.`;
  return `${cancelled} waiting ${cancelled === 1 ? "call" : "calls"} of ${who} ${cancelled === 1 ? "was" : "were"} cancelled.`;
}
