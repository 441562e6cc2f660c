import { cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";

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
  // The control names its hint and its problem, so a screen reader reads them with it.
  const describedBy = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(" ") || undefined;
  const control = isValidElement(children)
    ? cloneElement(children as ReactElement<Record<string, unknown>>, { "aria-describedby": describedBy, "aria-invalid": problem ? true : undefined })
    : children;
  return (
    <div className={problem ? "field has-problem" : "field"}>
      <label htmlFor={id}>{label}</label>
      {control}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field-problem" role="alert" id={`${id}-problem`} data-testid={`problem-${name}`}>
          {problem}
        </p>
      )}
    </div>
  );
}
