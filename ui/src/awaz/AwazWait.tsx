import { useEffect, useState } from "react";
import type { ThrottleView } from "../bindings";
import { useBackend } from "../backend";

/**
 * While an Awaz request is on its way, asks every second whether Awaz told Callboard to wait
 * (too many requests, or a busy service) and says until when. Nothing shows otherwise.
 */
export function AwazWait({ accountId, active }: { accountId: string; active: boolean }) {
  const backend = useBackend();
  const [view, setView] = useState<ThrottleView | null>(null);

  useEffect(() => {
    if (!active) {
      setView(null);
      return;
    }
    let current = true;
    const ask = () =>
      backend.awazThrottle(accountId).then(
        (result) => {
          if (current) setView(result.status === "ok" ? result.data : null);
        },
        () => {},
      );
    const timer = setInterval(ask, 1000);
    ask();
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [backend, accountId, active]);

  if (!active || !view?.waiting) return null;
  return (
    <p className="awaz-wait" role="status" data-testid="awaz-wait">
      {view.message}
    </p>
  );
}
