import type { ReactNode } from "react";
import { useConfirmFocus } from "../components/useConfirmFocus";
import { useWords } from "../i18n";

/**
 * A confirmation that names exactly what will happen. The confirm button is disabled while
 * the request is on its way, so one intent sends one request.
 */
export function Confirm({
  id,
  question,
  children,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  /** Names the test ids `confirm-<id>` and `cancel-<id>`. */
  id: string;
  question: string;
  children?: ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const confirmButton = useConfirmFocus<HTMLButtonElement>();
  const { t } = useWords();
  return (
    <div className="confirm-panel" role="alertdialog" aria-label={question} data-testid={`dialog-${id}`}>
      <p className="result-title">{question}</p>
      {children}
      <div className="form-actions">
        <button ref={confirmButton} type="button" className="button" disabled={busy} onClick={onConfirm} data-testid={`confirm-${id}`}>
          {busy ? t("awaz-confirm-sending") : confirmLabel}
        </button>
        <button type="button" className="link-button" disabled={busy} onClick={onCancel} data-testid={`cancel-${id}`}>
          {t("awaz-confirm-cancel")}
        </button>
      </div>
    </div>
  );
}
