import { useId, useState, type FormEvent } from "react";
import type { AccountSummary, BulkReview, Explanation } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { thrownToExplanation } from "../../errors";
import { formatMoment } from "../../when";
import { plural } from "./words";

/**
 * "I have consent for this list", in the send step's confirmation. Offered only when a rule that
 * the law lifts for people who agreed to be called moves or refuses some of these calls; once
 * given, it is journaled and the run is reviewed again under it. It says exactly what it lifts
 * and what it never lifts.
 */
export function ConsentForList({
  review,
  account,
  importId,
  fileName,
  onAcknowledged,
  reviewAgain,
}: {
  review: BulkReview;
  account: AccountSummary;
  importId: string;
  fileName: string;
  /** The run reviewed again once the acknowledgement is journaled. */
  onAcknowledged: (review: BulkReview) => void;
  reviewAgain: () => Promise<Result<BulkReview, Explanation>>;
}) {
  const backend = useBackend();
  const ids = useId();
  const [holds, setHolds] = useState(false);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);

  if (review.consent) {
    return (
      <p className="success-note" data-testid="consent-acknowledged">
        Consent acknowledged on {formatMoment(review.consent.created_at)}: {review.consent.statement} The call times above take it into account.
      </p>
    );
  }
  if (review.consent_would_allow === 0) return null;

  async function acknowledge(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const recorded = await backend.callingAcknowledgeConsent({ account_id: account.id, list: importId, list_name: fileName, acknowledged_by: name });
      if (recorded.status === "error") {
        setProblem(recorded.error);
        return;
      }
      const reviewed = await reviewAgain();
      if (reviewed.status === "ok") onAcknowledged(reviewed.data);
      else setProblem(reviewed.error);
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    } finally {
      setBusy(false);
    }
  }

  const count = review.consent_would_allow;
  return (
    <form className="form consent-panel" onSubmit={acknowledge} aria-label="Consent for this list" data-testid="consent-form">
      <p className="result-title" data-testid="consent-would-allow">
        {plural(count, "call is", "calls are")} moved or refused by rules that do not apply to people who agreed to be called.
      </p>
      <p>
        If you hold the prior consent of every person in “{fileName}” to be called for “{account.name}”, you can say so here. It lifts only what the
        law lifts for people who gave their consent:
      </p>
      <ul data-testid="consent-lifts">
        <li>the French calling days and hours (Code de la consommation, article D223-9);</li>
        <li>the United States federal calling hours, 8:00 to 21:00 (47 CFR 64.1200(c)(1));</li>
        <li>in France from 11 August 2026, the need for a consent date on each row (law 2025-594).</li>
      </ul>
      <p data-testid="consent-keeps">
        It never lifts the limit on calls per person, the 60 days after someone said no, a state's own rules (such as Florida's), the hours set in
        Settings, this client's own rules, or the do-not-call list.
      </p>
      <p className="muted">
        Your name, this file, the account and the time are recorded in Callboard's journal and can't be removed afterwards. Without it, nothing changes:
        the calls go at the times above.
      </p>
      <div className="checkbox-row">
        <input id={`${ids}-holds`} type="checkbox" checked={holds} onChange={(event) => setHolds(event.target.checked)} data-testid="field-consent-holds" />
        <label htmlFor={`${ids}-holds`}>
          I have the prior consent of every person in “{fileName}” to be called for “{account.name}”, and can prove it.
        </label>
      </div>
      <Field id={`${ids}-name`} name="acknowledged_by" label="Your name" problem={problem?.field === "acknowledged_by" ? problem.title : null}>
        <input id={`${ids}-name`} value={name} onChange={(event) => setName(event.target.value)} data-testid="field-consent-name" />
      </Field>
      {problem && problem.field !== "acknowledged_by" && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button secondary" disabled={busy || !holds || name.trim() === ""} data-testid="submit-consent">
          {busy ? "Recording…" : "Record my acknowledgement"}
        </button>
      </div>
    </form>
  );
}
