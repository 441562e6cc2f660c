import type { ReactNode } from "react";

/** A titled section; `titleIsName` when the title is a name someone gave (an account's), not words to translate. */
export function Card({
  title,
  titleIsName = false,
  description,
  children,
}: {
  title: string;
  titleIsName?: boolean;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card" aria-label={title}>
      <header className="card-header">
        <h2 translate={titleIsName ? "no" : undefined}>{title}</h2>
        {description && <p className="muted">{description}</p>}
      </header>
      {children}
    </section>
  );
}
