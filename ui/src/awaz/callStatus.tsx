import type { AwazCallStatus } from "../bindings";

/** The statuses Awaz documents for calls (webhooks can be told about each), in its order. */
export const documentedStatuses = ["outcome", "pickup", "busy", "completed", "voicemail", "failed", "canceled"] as const;

type Known = (typeof documentedStatuses)[number] | "scheduled";

/**
 * Awaz's own status words said plainly, where a screen must name Awaz's words themselves (the
 * statuses a webhook is told about, the call log's status filter). To show how a call ended,
 * use `components/OutcomeBadge` (one vocabulary and colours for every platform).
 */
const words: Record<Known, { label: string; hint: string }> = {
  scheduled: { label: "Scheduled", hint: "Waiting for its time to call." },
  pickup: { label: "Answered", hint: "The person picked up." },
  completed: { label: "Completed", hint: "The call ended normally." },
  outcome: { label: "Results ready", hint: "The call ended and what the agent learned is ready." },
  busy: { label: "Busy", hint: "The line was busy." },
  voicemail: { label: "Voicemail", hint: "A voicemail answered." },
  failed: { label: "Failed", hint: "The call could not be made." },
  canceled: { label: "Cancelled", hint: "The call was cancelled before it happened." },
};

export function statusWords(status: AwazCallStatus) {
  return words[status as Known] ?? { label: status, hint: "A status Callboard does not know yet." };
}
