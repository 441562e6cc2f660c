import { useEffect, useRef, type ReactNode } from "react";

/** The frame every screen shares: a heading, one sentence on its purpose, then its content. */
export function Screen({ id, title, purpose, children }: { id: string; title: string; purpose: string; children: ReactNode }) {
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // A screen just opened (menu, shortcut, palette) takes focus on its heading, so a screen
  // reader reads where the person is and Tab goes on into the screen, unless the screen
  // already put focus on one of its own fields.
  useEffect(() => {
    if (!section.current?.contains(document.activeElement)) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section ref={section} className="screen" data-testid={`screen-${id}`} aria-labelledby={`screen-${id}-title`}>
      <h1 ref={heading} id={`screen-${id}-title`} tabIndex={-1}>
        {title}
      </h1>
      <p className="screen-purpose">{purpose}</p>
      {children}
    </section>
  );
}
