import { useId, useState, type ReactNode } from "react";
import type { ActionRecord } from "../bindings";
import type { ActionState } from "../useAction";
import { needsSignIn } from "../useAction";
import { ErrorNotice } from "./ErrorNotice";
import { SignInAgain } from "./SignInAgain";

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
        <p className="error-title">
          {stillSending ? "This request is still being sent." : "This exact request was already sent and was not applied."}
        </p>
        <p>{stillSending ? "Wait for its answer before doing anything else." : current.record.error}</p>
      </div>
    );
  }
  return null;
}

/** The title of an unknown outcome, and the paragraphs under it. */
export type UnknownWords = { title: string; explanation: ReactNode };

function getVocalUnknown(record: ActionRecord): UnknownWords {
  return {
    title: `We don't know whether this was applied: “${record.summary}”.`,
    explanation: (
      <>
        <p>{record.error ?? "The request was sent, but no answer came back."}</p>
        <p>Don't send it again yet. Check in GetVocal first (or in Callboard's History).</p>
      </>
    ),
  };
}

function UnknownOutcome({ words, onChecked }: { words: UnknownWords; onChecked: () => void }) {
  const [checked, setChecked] = useState(false);
  const boxId = useId();
  return (
    <div className="warning-notice" role="alert" data-testid="result-unknown">
      <p className="error-title">{words.title}</p>
      {words.explanation}
      <div className="checkbox-row">
        <input id={boxId} type="checkbox" checked={checked} onChange={(event) => setChecked(event.target.checked)} data-testid="confirm-checked" />
        <label htmlFor={boxId}>I checked, and it was not applied</label>
      </div>
      <button type="button" className="button" disabled={!checked} onClick={onChecked} data-testid="confirm-try-again">
        Let me try again
      </button>
    </div>
  );
}
