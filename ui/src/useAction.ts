import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { ActionRecord, Explanation, Sent } from "./bindings";
import type { Result } from "./backend";
import { thrownToExplanation } from "./errors";

/** Where one journaled action (create a lead, place a call…) stands, as the form shows it. */
export type ActionState<T> =
  | { state: "idle" }
  | { state: "sending" }
  | { state: "done"; answer: T; record: ActionRecord }
  /** Sent, but no usable answer: it may or may not have been applied. */
  | { state: "unknown"; record: ActionRecord }
  /** This same request was sent before and was refused then (or is still on its way). */
  | { state: "earlier"; record: ActionRecord }
  /** Refused, or never sent (bad input, signed out…): nothing was applied. */
  | { state: "error"; error: Explanation };

/**
 * Runs one journaled action with an action key made once per intent.
 *
 * - The key is made on the first submit and reused by any repeat while the request is in
 *   flight (double click, Enter held down); a repeat is not even sent until the answer shows.
 * - Once an answer arrives the intent is over: the next submit is a new intent with a new key.
 * - If the app's engine could not be asked at all, the key is kept, so trying again cannot
 *   send twice (the journal refuses a key it has seen).
 * - After an unknown outcome, `mustConfirm` stays true until the person says they checked.
 */
export function useAction<T>() {
  const queries = useQueryClient();
  const actionKey = useRef<string | null>(null);
  const inFlight = useRef(false);
  const mutation = useMutation({
    mutationFn: (send: (actionKey: string) => Promise<Result<Sent<T>, Explanation>>) => send(actionKey.current!),
    // Whatever the answer, the journal now holds the action: the reads on screen are asked
    // again (the writes are few and the reads local, so all of them rather than a map of
    // which action touches which read, which would go stale as commands are added).
    onSuccess: () => queries.invalidateQueries(),
  });
  const { mutateAsync, reset: resetMutation } = mutation;

  const run = useCallback(
    async (send: (actionKey: string) => Promise<Result<Sent<T>, Explanation>>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      actionKey.current ??= crypto.randomUUID();
      try {
        await mutateAsync(send);
        actionKey.current = null;
      } catch {
        // Shown from the mutation's error; the key is kept, so trying again cannot send twice.
      }
    },
    [mutateAsync],
  );

  // A repeat counts as a new intent only once the answer is on the screen, not as soon as it
  // arrives: a second click that lands before the form shows the outcome (a quick answer between
  // the two clicks of a double click) is still the first intent's, and is dropped.
  const { status, submittedAt } = mutation;
  useEffect(() => {
    if (status !== "pending") inFlight.current = false;
  }, [status, submittedAt]);

  const current = useMemo((): ActionState<T> => {
    switch (mutation.status) {
      case "idle":
        return { state: "idle" };
      case "pending":
        return { state: "sending" };
      case "error":
        return { state: "error", error: thrownToExplanation(mutation.error) };
      case "success":
        return toState(mutation.data);
    }
  }, [mutation.status, mutation.data, mutation.error]);

  /** Back to a fresh form state (after "I checked", or to start over). */
  const reset = useCallback(() => resetMutation(), [resetMutation]);

  return { current, run, reset, busy: current.state === "sending", mustConfirm: current.state === "unknown" };
}

function toState<T>(result: Result<Sent<T>, Explanation>): ActionState<T> {
  if (result.status === "error") return { state: "error", error: result.error };
  const { record, answer } = result.data;
  if (record.state === "Succeeded" && answer !== null) return { state: "done", answer, record };
  if (record.state === "Unknown") return { state: "unknown", record };
  return { state: "earlier", record };
}

/** The message to show under a form field, when the last answer was about that field. */
export function fieldProblem(current: ActionState<unknown>, field: string): string | null {
  return current.state === "error" && current.error.field === field ? current.error.title : null;
}

/** True when the account's sign-in has to be renewed before the action can be sent. */
export function needsSignIn(error: Explanation): boolean {
  return error.code === "accounts.needs_sign_in" || error.code === "getvocal.session_expired";
}
