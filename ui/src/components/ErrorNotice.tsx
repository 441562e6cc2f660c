import { useId, useState } from "react";
import type { Explanation } from "../bindings";

/**
 * A failure in plain words: what happened, what to do next, and, folded away,
 * the technical details someone helping the user may ask for.
 */
export function ErrorNotice({ error, onRetry }: { error: Explanation; onRetry?: () => void }) {
  const [showDetails, setShowDetails] = useState(false);
  const detailsId = useId();

  return (
    <div className="error-notice" role="alert" data-testid="error-notice">
      <p className="error-title">{error.title}</p>
      <p>{error.next_step}</p>
      <div className="error-actions">
        {onRetry && (
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
        )}
        <button
          type="button"
          className="link-button"
          aria-expanded={showDetails}
          aria-controls={detailsId}
          onClick={() => setShowDetails((shown) => !shown)}
        >
          {showDetails ? "Hide technical details" : "Show technical details"}
        </button>
      </div>
      {showDetails && (
        <div id={detailsId} className="error-details" data-technical>
          <p>
            Error code: <code>{error.code}</code>
          </p>
          {error.detail && <pre>{error.detail}</pre>}
        </div>
      )}
    </div>
  );
}
