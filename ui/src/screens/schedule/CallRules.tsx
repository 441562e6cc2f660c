import { useCallback } from "react";
import type { CallReview } from "../../bindings";
import { useBackend } from "../../backend";
import { scheduleAt, type When } from "../../components/WhenPicker";
import { useLoad } from "../../useLoad";

/**
 * What the calling rules and the do-not-call list say about a call before it is confirmed:
 * "Marie's local time: 14:05, Europe/Paris", and when the call moves or is refused, which rule
 * did it. `phone` is null when Callboard does not know the number (a lead typed by its id).
 */
export function CallRules({ accountId, name, phone, when }: { accountId: string; name: string; phone: string | null; when: When }) {
  const backend = useBackend();
  const at = scheduleAt(when);
  const atKey = at ? `${at.date} ${at.time} ${at.zone}` : "now";
  const load = useCallback(
    () => backend.callingReviewCall(accountId, phone, at ? { kind: "at", ...at } : { kind: "now" }),
    // `at` is rebuilt on each render; its words say when it changed.
    [backend, accountId, phone, atKey],
  );
  const [review] = useLoad<CallReview>(load);
  if (review.state !== "ready") return null;
  const { local_time, moved, refused } = review.data;
  if (!review.data.phone) {
    return (
      <p className="hint" data-testid="call-rules-unknown">
        Callboard does not know this lead's number, so it cannot show their local time or check the calling rules.
      </p>
    );
  }
  const who = name.trim() || "The person";
  return (
    <div className="call-rules" data-testid="call-rules">
      {local_time && (
        <p data-testid="call-rules-local">
          {who}'s local time: {local_time.words}
        </p>
      )}
      {moved && (
        <p className="notice" data-testid="call-rules-moved">
          The calling rules move this call: {moved}
        </p>
      )}
      {refused && (
        <p className="field-problem" data-testid="call-rules-refused">
          {refused}
        </p>
      )}
    </div>
  );
}
