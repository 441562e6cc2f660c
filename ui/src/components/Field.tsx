import type { ReactNode } from "react";

/**
 * A labelled form control with a hint saying what it is for, and the problem Callboard found
 * with it (shown under the control, in place of nothing — the rest of the form is untouched).
 */
export function Field({
  id,
  name,
  label,
  hint,
  problem,
  children,
}: {
  /** The control's element id (the label points at it). */
  id: string;
  /** The request's field name, for `problem-<name>`. */
  name: string;
  label: string;
  hint?: ReactNode;
  problem?: string | null;
  children: ReactNode;
}) {
  return (
    <div className={problem ? "field has-problem" : "field"}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <p className="hint">{hint}</p>}
      {problem && (
        <p className="field-problem" role="alert" data-testid={`problem-${name}`}>
          {problem}
        </p>
      )}
    </div>
  );
}
