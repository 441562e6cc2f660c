import { useLayoutEffect, useRef } from "react";

/** The control that had focus last, with its ancestors as they were (it may be drawn anew since). */
type Opener = { element: HTMLElement; testId: string | null; ancestors: HTMLElement[] };
let lastFocused: Opener | null = null;
if (typeof document !== "undefined") {
  document.addEventListener("focusin", (event) => {
    if (!(event.target instanceof HTMLElement)) return;
    const ancestors: HTMLElement[] = [];
    for (let element = event.target.parentElement; element; element = element.parentElement) ancestors.push(element);
    lastFocused = { element: event.target, testId: event.target.getAttribute("data-testid"), ancestors };
  });
}

/**
 * For a confirmation shown in place: when it appears, focus moves onto its first choice (so a
 * keyboard or screen-reader user lands on the question); when it goes, focus goes back to the
 * control that opened it (found again by its test id when the screen drew it anew), unless
 * what the person chose already moved focus somewhere else.
 */
export function useConfirmFocus<T extends HTMLElement>() {
  const first = useRef<T>(null);
  // A layout effect: focus is on the question as soon as it is on the page, before a key
  // pressed next can reach the control that opened it.
  useLayoutEffect(() => {
    // The opener may already be gone from the page: screens often swap it for the question.
    const opener = lastFocused;
    first.current?.scrollIntoView?.({ block: "nearest" });
    first.current?.focus({ preventScroll: true });
    // Looked at once the question has left the page (the renderer may still hold it when this
    // runs): focus left on nothing goes back to the opener.
    return () =>
      queueMicrotask(() => {
        const focused = document.activeElement;
        if (!opener || (focused && focused !== document.body && focused.isConnected)) return;
        if (opener.element.isConnected) return opener.element.focus({ preventScroll: true });
        const container = opener.ancestors.find((element) => element.isConnected);
        const again = opener.testId
          ? [...(container?.querySelectorAll<HTMLElement>("[data-testid]") ?? [])].find((element) => element.dataset.testid === opener.testId)
          : null;
        again?.focus({ preventScroll: true });
      });
  }, []);
  return first;
}
