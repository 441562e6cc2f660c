import type { AwazCallStatus } from "../bindings";

/** The statuses Awaz documents for calls (webhooks can be told about each), in its order. */
export const documentedStatuses = ["outcome", "pickup", "busy", "completed", "voicemail", "failed", "canceled"] as const;

type Known = (typeof documentedStatuses)[number] | "scheduled";

/** Badge colours, shared with the journal's outcome badges. */
export const toneClass = { good: "badge badge-ok", neutral: "badge badge-muted", bad: "badge badge-bad", waiting: "badge badge-warn" } as const;

const words: Record<Known, { label: string; hint: string; tone: keyof typeof toneClass }> = {
  scheduled: { label: "Scheduled", hint: "Waiting for its time to call.", tone: "waiting" },
  pickup: { label: "Answered", hint: "The person picked up.", tone: "good" },
  completed: { label: "Completed", hint: "The call ended normally.", tone: "good" },
  outcome: { label: "Results ready", hint: "The call ended and what the agent learned is ready.", tone: "good" },
  busy: { label: "Busy", hint: "The line was busy.", tone: "neutral" },
  voicemail: { label: "Voicemail", hint: "A voicemail answered.", tone: "neutral" },
  failed: { label: "Failed", hint: "The call could not be made.", tone: "bad" },
  canceled: { label: "Canceled", hint: "The call was canceled before it happened.", tone: "bad" },
};

export function statusWords(status: AwazCallStatus) {
  return words[status as Known] ?? { label: status, hint: "A status Callboard does not know yet.", tone: "neutral" as const };
}

/** A coloured badge that also says the status in words (colour alone is not enough). */
export function StatusBadge({ status }: { status: AwazCallStatus }) {
  const { label, hint, tone } = statusWords(status);
  return (
    <span className={toneClass[tone]} title={hint} data-testid="call-status">
      {label}
    </span>
  );
}
