import type { ReactNode } from "react";
import { useWords } from "../i18n";
import { useConfirmFocus } from "./useConfirmFocus";

/**
 * The one confirmation for anything that removes, revokes, deletes or cancels: red, naming
 * exactly what goes, with the red button saying the action ("Revoke the key") and a plain
 * way back ("Keep it"). The confirm button is disabled while the request is on its way.
 */
export function DangerConfirm({
  id,
  question,
  children,
  confirmLabel,
  busyLabel,
  keepLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  /** Names the test ids `dialog-<id>`, `confirm-<id>` and `cancel-<id>`. */
  id: string;
  question: string;
  children?: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  /** The way back ("Keep it" by default). */
  keepLabel?: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  // Focus lands on the safe way back: Enter by habit keeps things as they are.
  const keep = useConfirmFocus<HTMLButtonElement>();
  const { t } = useWords();
  return (
    <div className="danger-confirm" role="alertdialog" aria-label={question} data-testid={`dialog-${id}`}>
      <p className="danger-question">{question}</p>
      {children}
      <div className="form-actions">
        <button type="button" className="button danger" disabled={busy} onClick={onConfirm} data-testid={`confirm-${id}`}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button ref={keep} type="button" className="button secondary" disabled={busy} onClick={onCancel} data-testid={`cancel-${id}`}>
          {keepLabel ?? t("components-keep-it")}
        </button>
      </div>
    </div>
  );
}
