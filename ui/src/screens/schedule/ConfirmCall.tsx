import type { Preview, When } from "../../components/WhenPicker";
import { useConfirmFocus } from "../../components/useConfirmFocus";
import { useWords, words } from "../../i18n";

/** The chosen moment in words for the confirmation question, once the engine described it. */
export function chosenMoment(preview: Preview): string {
  return preview.state === "ok" ? preview.description : words().t("schedule-moment-fallback");
}

/** The last look at a call before it is sent: the question, then "Call now" (or "Schedule the call") or "Not now". */
export function ConfirmCall({
  testId,
  confirmTestId,
  question,
  when,
  busy,
  onConfirm,
  onCancel,
}: {
  testId: string;
  confirmTestId: string;
  question: string;
  when: When;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useWords();
  const confirmButton = useConfirmFocus<HTMLButtonElement>();
  return (
    <div className="confirm-panel" role="alertdialog" aria-label={t("schedule-confirm-label")} data-testid={testId}>
      <p className="result-title">{question}</p>
      <div className="form-actions">
        <button ref={confirmButton} type="button" className="button" disabled={busy} onClick={onConfirm} data-testid={confirmTestId}>
          {busy ? t("schedule-confirm-sending") : when.mode === "now" ? t("schedule-confirm-now") : t("schedule-confirm-schedule")}
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={onCancel}>
          {t("schedule-not-now")}
        </button>
      </div>
    </div>
  );
}
