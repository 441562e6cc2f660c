import type { ReactNode } from "react";
import { useWords } from "../i18n";

/**
 * Ids, server addresses, raw requests and answers, file paths: what someone helping the
 * person may ask for, folded away under one name everywhere. End-to-end tests read nothing
 * inside `data-technical` when they check that a screen speaks plainly.
 */
export function TechnicalDetails({ children, testId }: { children: ReactNode; testId?: string }) {
  const { t } = useWords();
  return (
    <details className="technical-details" data-technical data-testid={testId}>
      <summary>{t("components-technical-details")}</summary>
      <div className="technical-body">{children}</div>
    </details>
  );
}
