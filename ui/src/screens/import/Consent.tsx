import { useId, useState, type FormEvent } from "react";
import type { AccountSummary, BulkReview, Explanation } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { thrownToExplanation } from "../../errors";
import { formatMoment } from "../../when";
import { useWords } from "../../i18n";

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
  const { t } = useWords();
  const [holds, setHolds] = useState(false);
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);

  if (review.consent) {
    return (
      <p className="success-note" data-testid="consent-acknowledged">
        {t("import-consent-acknowledged", { when: formatMoment(review.consent.created_at), statement: review.consent.statement })}
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
    <form className="form consent-panel" onSubmit={acknowledge} aria-label={t("import-consent-form")} data-testid="consent-form">
      <p className="result-title" data-testid="consent-would-allow">
        {t("import-consent-would-allow", { count })}
      </p>
      <p>{t("import-consent-intro", { file: fileName, account: account.name })}</p>
      <ul data-testid="consent-lifts">
        <li>{t("import-consent-lifts-france")}</li>
        <li>{t("import-consent-lifts-us")}</li>
        <li>{t("import-consent-lifts-date")}</li>
      </ul>
      <p data-testid="consent-keeps">{t("import-consent-keeps")}</p>
      <p className="muted">{t("import-consent-recorded")}</p>
      <div className="checkbox-row">
        <input id={`${ids}-holds`} type="checkbox" checked={holds} onChange={(event) => setHolds(event.target.checked)} data-testid="field-consent-holds" />
        <label htmlFor={`${ids}-holds`}>{t("import-consent-holds", { file: fileName, account: account.name })}</label>
      </div>
      <Field id={`${ids}-name`} name="acknowledged_by" label={t("import-consent-name")} problem={problem?.field === "acknowledged_by" ? problem.title : null}>
        <input id={`${ids}-name`} value={name} onChange={(event) => setName(event.target.value)} data-testid="field-consent-name" />
      </Field>
      {problem && problem.field !== "acknowledged_by" && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button secondary" disabled={busy || !holds || name.trim() === ""} data-testid="submit-consent">
          {busy ? t("import-consent-recording") : t("import-consent-record")}
        </button>
      </div>
    </form>
  );
}
