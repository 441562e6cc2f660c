import { toneClass } from "../../awaz/callStatus";

type Tone = keyof typeof toneClass;

/**
 * The statuses History's rows are normalised to, in the order filters and the chart list
 * them: how each is said, its badge tone, and its bar colour (a shade of the badge's hue).
 */
export const historyStatuses: readonly { status: string; label: string; hint: string; tone: Tone; colour: string }[] = [
  { status: "completed", label: "Completed", hint: "The call ended normally.", tone: "good", colour: "#2e7d4f" },
  { status: "pickup", label: "Answered", hint: "The person picked up.", tone: "good", colour: "#58a872" },
  { status: "outcome", label: "Results ready", hint: "The call ended and what the agent learned is ready.", tone: "good", colour: "#1d5e33" },
  { status: "done", label: "Done", hint: "Callboard's request was applied.", tone: "good", colour: "#8fcaa1" },
  { status: "scheduled", label: "Scheduled", hint: "Waiting for its time to call.", tone: "waiting", colour: "#c99a1a" },
  { status: "in_queue", label: "In the queue", hint: "Will be called shortly.", tone: "waiting", colour: "#e5c15a" },
  { status: "pending", label: "In progress", hint: "Being sent right now.", tone: "waiting", colour: "#f0dc9a" },
  { status: "busy", label: "Busy", hint: "The line was busy.", tone: "neutral", colour: "#7d8696" },
  { status: "voicemail", label: "Voicemail", hint: "A voicemail answered.", tone: "neutral", colour: "#b3bac6" },
  { status: "failed", label: "Failed", hint: "It could not be done.", tone: "bad", colour: "#b3261e" },
  { status: "canceled", label: "Canceled", hint: "Canceled before it happened.", tone: "bad", colour: "#e0857e" },
  { status: "unknown", label: "Unknown — check", hint: "Sent, but no answer came back: check before trying again.", tone: "waiting", colour: "#8a5a00" },
];

export function historyStatus(status: string) {
  return (
    historyStatuses.find((known) => known.status === status) ?? {
      status,
      label: status,
      hint: "A status Callboard does not know yet.",
      tone: "neutral" as const,
      colour: "#9aa3b2",
    }
  );
}

export function HistoryStatusBadge({ status }: { status: string }) {
  const { label, hint, tone } = historyStatus(status);
  return (
    <span className={toneClass[tone]} title={hint} data-testid="history-status">
      {label}
    </span>
  );
}
