import { useId, useState } from "react";
import { ActionNotice } from "../components/ActionNotice";
import type { ActionState } from "../useAction";

/**
 * The answer of an Awaz action other than success. An unknown outcome names what to look at
 * in Awaz (`whereToCheck`) and needs "I checked" before another attempt; everything else is
 * the shared notice.
 */
export function AwazActionNotice({
  current,
  accountId,
  whereToCheck,
  onCheckedNotApplied,
}: {
  current: ActionState<unknown>;
  accountId: string;
  whereToCheck: string;
  onCheckedNotApplied: () => void;
}) {
  const [checked, setChecked] = useState(false);
  const boxId = useId();
  if (current.state !== "unknown") {
    return <ActionNotice current={current} accountId={accountId} onCheckedNotApplied={onCheckedNotApplied} />;
  }
  return (
    <div className="warning-notice" role="alert" data-testid="result-unknown">
      <p className="error-title">We don't know if it was applied: {current.record.summary}.</p>
      <p>The request was sent, but Awaz's answer never arrived. Don't send it again yet: {whereToCheck}</p>
      <div className="checkbox-row">
        <input id={boxId} type="checkbox" checked={checked} onChange={(event) => setChecked(event.target.checked)} data-testid="confirm-checked" />
        <label htmlFor={boxId}>I checked, and it was not applied</label>
      </div>
      <button type="button" className="button" disabled={!checked} onClick={onCheckedNotApplied} data-testid="confirm-try-again">
        Let me try again
      </button>
    </div>
  );
}
