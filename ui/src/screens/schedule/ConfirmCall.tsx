import type { Preview, When } from "../../components/WhenPicker";

/** The chosen moment in words for the confirmation question, once the engine described it. */
export function chosenMoment(preview: Preview): string {
  return preview.state === "ok" ? preview.description : "the date and time chosen above";
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
  return (
    <div className="confirm-panel" role="dialog" aria-label="Confirm the call" data-testid={testId}>
      <p className="result-title">{question}</p>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={onConfirm} data-testid={confirmTestId}>
          {busy ? "Sending…" : when.mode === "now" ? "Call now" : "Schedule the call"}
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={onCancel}>
          Not now
        </button>
      </div>
    </div>
  );
}
