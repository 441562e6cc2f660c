import type { ThrottleView } from "../bindings";
import { useLoad } from "../useLoad";

/**
 * While an Awaz request is on its way, says whether Awaz told Callboard to wait (too many
 * requests, or a busy service) and until when. Nothing shows otherwise. Read once, then kept
 * current by the engine's `awazThrottleChanged` event (see `BackendProvider`).
 */
export function AwazWait({ accountId, active }: { accountId: string; active: boolean }) {
  if (!active) return null;
  return <Waiting accountId={accountId} />;
}

function Waiting({ accountId }: { accountId: string }) {
  const [throttle] = useLoad("awazThrottle", accountId);
  const view: ThrottleView | null = throttle.state === "ready" ? throttle.data : null;
  if (!view?.waiting) return null;
  return (
    <p className="awaz-wait" role="status" data-testid="awaz-wait">
      {view.message}
    </p>
  );
}
