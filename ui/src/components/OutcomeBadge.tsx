import { useState } from "react";
import { CALL_STATUSES, OUTCOMES, type OutcomeGroup, type Platform } from "../bindings";
import { useWords, words } from "../i18n";
import "./OutcomeBadge.css";

/**
 * One vocabulary of outcomes, the same on every screen.
 *
 * The groups and which platform status falls in which group are written once in Rust
 * (`crates/callboard/src/outcome.rs`) and exported into the bindings; this module adds their
 * words in the person's language (the catalogue) and colours. Use it wherever a call or an
 * action's ending is shown:
 *
 *   <OutcomeBadge outcome={row.outcome} status={row.status} platform={row.platform} />
 *   <OutcomeBadge outcome={outcomeOfCallStatus(call.status)} status={call.status} platform="awaz" />
 *
 * With `status`, the badge is a button: one click shows the platform's own word, another click
 * goes back to the group's.
 */

export type { OutcomeGroup };

export type OutcomeWords = { group: OutcomeGroup; for_calls: boolean; label: string; hint: string };

/** Every group in display order (filters, legends, the chart's stacks). */
export const outcomeGroups: readonly OutcomeGroup[] = OUTCOMES.map((words) => words.group);

/** The groups a call can end in (the chart shows these). */
export const callOutcomeGroups: readonly OutcomeGroup[] = OUTCOMES.filter((words) => words.for_calls).map((words) => words.group);

/** Badge background, text and the bar/dot colour of each group (text on background ≥ 4.5:1). */
export const outcomeColours: Record<OutcomeGroup, { background: string; text: string; bar: string }> = {
  upcoming: { background: "#e5eefb", text: "#1f4f99", bar: "#4f83d1" },
  reached: { background: "#e3f4e8", text: "#1d5e33", bar: "#2e8b57" },
  not_reached: { background: "#eceff3", text: "#434b59", bar: "#8a93a3" },
  failed: { background: "#fdecea", text: "#9b1c14", bar: "#c9372c" },
  cancelled: { background: "#f1ebf7", text: "#5b3a7a", bar: "#9a78bf" },
  needs_check: { background: "#ffead6", text: "#7f3700", bar: "#e07b20" },
  pending: { background: "#e6f3f5", text: "#1f5562", bar: "#76b3c2" },
  done: { background: "#e3f4e8", text: "#1d5e33", bar: "#6cb487" },
  refused: { background: "#fdecea", text: "#9b1c14", bar: "#e0857e" },
};

/** The catalogue ids of each group's name; its `.hint` attribute says what the group means. */
const outcomeWordIds: Record<OutcomeGroup, { label: string; hint: string }> = {
  upcoming: { label: "components-outcome-upcoming", hint: "components-outcome-upcoming.hint" },
  reached: { label: "components-outcome-reached", hint: "components-outcome-reached.hint" },
  not_reached: { label: "components-outcome-not-reached", hint: "components-outcome-not-reached.hint" },
  failed: { label: "components-outcome-failed", hint: "components-outcome-failed.hint" },
  cancelled: { label: "components-outcome-cancelled", hint: "components-outcome-cancelled.hint" },
  needs_check: { label: "components-outcome-needs-check", hint: "components-outcome-needs-check.hint" },
  pending: { label: "components-outcome-pending", hint: "components-outcome-pending.hint" },
  done: { label: "components-outcome-done", hint: "components-outcome-done.hint" },
  refused: { label: "components-outcome-refused", hint: "components-outcome-refused.hint" },
};

/** A group's name and meaning in the language on screen (an unknown group reads as needing a check). */
export function outcomeWords(outcome: OutcomeGroup): OutcomeWords {
  const known = OUTCOMES.find((entry) => entry.group === outcome) ?? OUTCOMES[5];
  const ids = outcomeWordIds[known.group];
  const { t } = words();
  return { group: known.group, for_calls: known.for_calls, label: t(ids.label), hint: t(ids.hint) };
}

/** The group of a call's raw status, whichever platform said it (the Rust rule: unknown words need a check). */
export function outcomeOfCallStatus(status: string): OutcomeGroup {
  const word = status.trim().toLowerCase().replace(/[- ]/g, "_");
  return CALL_STATUSES.find(([known]) => known === word)?.[1] ?? "needs_check";
}

const platformNames: Record<Platform, string> = { getvocal: "GetVocal", awaz: "Awaz" };

/** A coloured badge that also says the outcome in words (colour alone is not enough). */
export function OutcomeBadge({ outcome, status, platform }: { outcome: OutcomeGroup; status?: string | null; platform?: Platform }) {
  const [showStatus, setShowStatus] = useState(false);
  const { t } = useWords();
  const { label, hint } = outcomeWords(outcome);
  const { background, text } = outcomeColours[outcome];
  const style = { background, color: text };
  if (!status) {
    return (
      <span className="outcome-badge" style={style} title={hint} data-testid="outcome-badge" data-outcome={outcome}>
        {label}
      </span>
    );
  }
  const source = platform ? platformNames[platform] : "Callboard";
  return (
    <button
      type="button"
      className="outcome-badge outcome-badge-button"
      style={style}
      title={showStatus ? t("components-outcome-show-ours") : t("components-outcome-show-theirs", { hint, source })}
      aria-pressed={showStatus}
      onClick={() => setShowStatus((shown) => !shown)}
      data-testid="outcome-badge"
      data-outcome={outcome}
    >
      {showStatus ? t("components-outcome-their-word", { source, status: status.replace(/_/g, " ") }) : label}
    </button>
  );
}
