import { useId, useState } from "react";
import type { Explanation } from "../bindings";
import { useWords } from "../i18n";

/**
 * A failure in plain words: what happened, what to do next, and, folded away,
 * the technical details someone helping the user may ask for.
 */
export function ErrorNotice({ error, onRetry }: { error: Explanation; onRetry?: () => void }) {
  const [showDetails, setShowDetails] = useState(false);
  const detailsId = useId();
  const { t } = useWords();

  return (
    <div className="error-notice" role="alert" data-testid="error-notice">
      <p className="error-title">{error.title}</p>
      <p>{error.next_step}</p>
      <div className="error-actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {t("components-retry")}
          </button>
        )}
        <button type="button" className="link-button" aria-expanded={showDetails} aria-controls={detailsId} onClick={() => setShowDetails((shown) => !shown)}>
          {showDetails ? t("components-error-hide-details") : t("components-error-show-details")}
        </button>
      </div>
      {showDetails && (
        <div id={detailsId} className="error-details" data-technical>
          <p>
            {t("components-error-code")} <code>{error.code}</code>
          </p>
          {error.detail && <pre>{error.detail}</pre>}
        </div>
      )}
    </div>
  );
}
