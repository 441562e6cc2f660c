import { useId, useState, type ReactNode } from "react";
import type { ActionRecord } from "../bindings";
import type { ActionState } from "../useAction";
import { needsSignIn } from "../useAction";
import { ErrorNotice } from "./ErrorNotice";
import { SignInAgain } from "./SignInAgain";
import { useWords, words } from "../i18n";

/**
 * Everything about an action's answer except success: a refusal in plain words (a field
 * problem is shown under its field instead), an inline "sign in again" that keeps the form
 * filled, and an honest "we don't know" that must be acknowledged before trying again.
 */
export function ActionNotice({
  current,
  accountId,
  onCheckedNotApplied,
  explainUnknown = getVocalUnknown,
}: {
  current: ActionState<unknown>;
  accountId: string;
  /** The person checked the platform and the action was not applied: allow a new attempt. */
  onCheckedNotApplied: () => void;
  /** How an unknown outcome is worded: what happened and where to check (GetVocal's by default). */
  explainUnknown?: (record: ActionRecord) => UnknownWords;
}) {
  const { t } = useWords();
  if (current.state === "error") {
    if (current.error.field) return null;
    return (
      <>
        <ErrorNotice error={current.error} />
        {needsSignIn(current.error) && <SignInAgain accountId={accountId} />}
      </>
    );
  }
  if (current.state === "unknown") {
    return <UnknownOutcome words={explainUnknown(current.record)} onChecked={onCheckedNotApplied} />;
  }
  if (current.state === "earlier") {
    const stillSending = current.record.state === "Pending";
    return (
      <div className="error-notice" role="alert" data-testid="result-earlier">
        <p className="error-title">{stillSending ? t("components-earlier-sending") : t("components-earlier-not-applied")}</p>
        <p>{stillSending ? t("components-earlier-wait") : current.record.error}</p>
      </div>
    );
  }
  return null;
}

/** The title of an unknown outcome, and the paragraphs under it. */
export type UnknownWords = { title: string; explanation: ReactNode };

function getVocalUnknown(record: ActionRecord): UnknownWords {
  const { t } = words();
  return {
    title: t("components-unknown-title", { summary: record.summary }),
    explanation: (
      <>
        <p>{record.error ?? t("components-unknown-no-answer")}</p>
        <p>{t("components-unknown-check-getvocal")}</p>
      </>
    ),
  };
}

function UnknownOutcome({ words, onChecked }: { words: UnknownWords; onChecked: () => void }) {
  const [checked, setChecked] = useState(false);
  const boxId = useId();
  const { t } = useWords();
  return (
    <div className="warning-notice" role="alert" data-testid="result-unknown">
      <p className="error-title">{words.title}</p>
      {words.explanation}
      <div className="checkbox-row">
        <input id={boxId} type="checkbox" checked={checked} onChange={(event) => setChecked(event.target.checked)} data-testid="confirm-checked" />
        <label htmlFor={boxId}>{t("components-unknown-checked")}</label>
      </div>
      <button type="button" className="button" disabled={!checked} onClick={onChecked} data-testid="confirm-try-again">
        {t("components-unknown-try-again")}
      </button>
    </div>
  );
}
