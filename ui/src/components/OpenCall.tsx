import { useNavigation } from "../navigation";
import { useWords } from "../i18n";

/** The way to a call's page, from any list that shows the call (History, Upcoming, Home, Leads). */
export function OpenCall({
  callKey,
  label,
  description,
  look = "button",
  testId = "open-call",
}: {
  /** The call's History key. */
  callKey: string;
  /** The button's words ("Open" by default). */
  label?: string;
  /** What a screen reader says, when the label alone does not name the call. */
  description?: string;
  look?: "button" | "link";
  testId?: string;
}) {
  const { openCall } = useNavigation();
  const { t } = useWords();
  return (
    <button
      type="button"
      className={look === "link" ? "link-button" : "button secondary small"}
      onClick={() => openCall(callKey)}
      aria-label={description}
      data-testid={testId}
    >
      {label ?? t("components-open")}
    </button>
  );
}
