import { useWords } from "../../i18n";
import { scheduleAt, type When } from "../../components/WhenPicker";
import { useLoad } from "../../useLoad";

/**
 * What the calling rules and the do-not-call list say about a call before it is confirmed:
 * "Marie's local time: 14:05, Europe/Paris", and when the call moves or is refused, which rule
 * did it. `phone` is null when Callboard does not know the number (a lead typed by its id).
 */
export function CallRules({ accountId, name, phone, when }: { accountId: string; name: string; phone: string | null; when: When }) {
  const { t } = useWords();
  const at = scheduleAt(when);
  // Read again when the moment changes: the cache compares arguments by value.
  const [review] = useLoad("callingReviewCall", accountId, phone, at ? { kind: "at", ...at } : { kind: "now" });
  if (review.state !== "ready") return null;
  const { local_time, moved, refused } = review.data;
  if (!review.data.phone) {
    return (
      <p className="hint" data-testid="call-rules-unknown">
        {t("schedule-rules-unknown")}
      </p>
    );
  }
  return (
    <div className="call-rules" data-testid="call-rules">
      {local_time && (
        <p data-testid="call-rules-local">
          {name.trim()
            ? t("schedule-rules-local-time-named", { name: name.trim(), time: local_time.words })
            : t("schedule-rules-local-time", { time: local_time.words })}
        </p>
      )}
      {moved && (
        <p className="notice" data-testid="call-rules-moved">
          {t("schedule-rules-moved", { why: moved })}
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
