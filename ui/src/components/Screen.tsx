import type { ReactNode } from "react";

/** The frame every screen shares: a heading, one sentence on its purpose, then its content. */
export function Screen({ id, title, purpose, children }: { id: string; title: string; purpose: string; children: ReactNode }) {
  return (
    <section className="screen" data-testid={`screen-${id}`} aria-labelledby={`screen-${id}-title`}>
      <h1 id={`screen-${id}-title`}>{title}</h1>
      <p className="screen-purpose">{purpose}</p>
      {children}
    </section>
  );
}

export function ComingSoon() {
  return <p className="coming-soon">Coming soon — this screen is not built yet.</p>;
}
