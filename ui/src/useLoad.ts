import { useCallback, useEffect, useState } from "react";
import type { Explanation } from "./bindings";
import type { Result } from "./backend";
import { thrownToExplanation } from "./errors";

export type Loadable<T> =
  | { state: "loading" }
  | { state: "ready"; data: T }
  | { state: "failed"; error: Explanation };

/**
 * Runs `load` when the component appears and whenever `retry` is called.
 * `load` must keep its identity between renders (wrap it in useCallback).
 */
export function useLoad<T>(load: () => Promise<Result<T, Explanation>>): [Loadable<T>, () => void, () => void] {
  const [loadable, setLoadable] = useState<Loadable<T>>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // A late answer must not overwrite the state of a newer attempt or an unmounted screen.
    let current = true;
    load()
      .then(
        (result): Loadable<T> =>
          result.status === "ok" ? { state: "ready", data: result.data } : { state: "failed", error: result.error },
        (thrown: unknown): Loadable<T> => ({ state: "failed", error: thrownToExplanation(thrown) }),
      )
      .then((next) => {
        if (current) setLoadable(next);
      });
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => {
    setLoadable({ state: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  /** Loads again but keeps showing what is there until the answer comes (after a change the person made). */
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);

  return [loadable, retry, refresh];
}
