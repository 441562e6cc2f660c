import type { AwazCallStatus } from "../bindings";
import { words } from "../i18n";

/** The statuses Awaz documents for calls (webhooks can be told about each), in its order. */
export const documentedStatuses = ["outcome", "pickup", "busy", "completed", "voicemail", "failed", "canceled"] as const;

type Known = (typeof documentedStatuses)[number] | "scheduled";

/**
 * Awaz's own status words said plainly, where a screen must name Awaz's words themselves (the
 * statuses a webhook is told about, the call log's status filter). To show how a call ended,
 * use `components/OutcomeBadge` (one vocabulary and colours for every platform).
 */
const statusWordIds: Record<Known, { label: string; hint: string }> = {
  scheduled: { label: "awaz-status-scheduled", hint: "awaz-status-scheduled.hint" },
  pickup: { label: "awaz-status-pickup", hint: "awaz-status-pickup.hint" },
  completed: { label: "awaz-status-completed", hint: "awaz-status-completed.hint" },
  outcome: { label: "awaz-status-outcome", hint: "awaz-status-outcome.hint" },
  busy: { label: "awaz-status-busy", hint: "awaz-status-busy.hint" },
  voicemail: { label: "awaz-status-voicemail", hint: "awaz-status-voicemail.hint" },
  failed: { label: "awaz-status-failed", hint: "awaz-status-failed.hint" },
  canceled: { label: "awaz-status-canceled", hint: "awaz-status-canceled.hint" },
};

/** A status's name and meaning in the language on screen; an unknown one keeps Awaz's word. */
export function statusWords(status: AwazCallStatus): { label: string; hint: string } {
  const { t } = words();
  const ids = statusWordIds[status as Known];
  if (!ids) return { label: status, hint: t("awaz-status-unknown") };
  return { label: t(ids.label), hint: t(ids.hint) };
}
