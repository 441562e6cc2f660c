import { useEffect, useRef, type ReactNode } from "react";
import { useWords } from "../i18n";

/**
 * What a person sees once an action went through: a short confirmation at the top of the
 * form (announced by screen readers), what was done, and the one way on — "Add another" —
 * while the form underneath stays locked so it cannot be sent again by accident.
 * It scrolls itself into view: long forms otherwise leave the answer below the fold.
 */
export function Done({
  title,
  children,
  again,
  onAgain,
  testId,
}: {
  title: ReactNode;
  children?: ReactNode;
  /** The words of the way on, e.g. "Schedule another call". */
  again: string;
  onAgain: () => void;
  testId: string;
}) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    panel.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
    panel.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div className="done-notice" role="status" tabIndex={-1} ref={panel} data-testid={testId}>
      <p className="done-title" data-testid="done-title">
        <span aria-hidden="true">✓ </span>
        {title}
      </p>
      {children}
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={onAgain} data-testid="done-again">
          {again}
        </button>
      </div>
    </div>
  );
}

/** The submit button of a form that went through: it says so, and can't be pressed. */
export function DoneButton() {
  const { t } = useWords();
  return (
    <button type="button" className="button done-button" disabled data-testid="form-done">
      {t("components-done")}
    </button>
  );
}
