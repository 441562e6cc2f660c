import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, createElement, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { commands, type Explanation, type JobView } from "./bindings";
import { enginePushes, type PushSource, type Pushed } from "./pushed";

/** Everything the UI may ask of the Rust side: exactly the generated `commands`. */
export type Backend = typeof commands;

// Screens read the backend from context, so tests can hand them a fake with the same type.
const BackendContext = createContext<Backend>(commands);
const PushContext = createContext<PushSource>(enginePushes);

/**
 * Gives the screens under it a backend, a cache of its answers (TanStack Query, one per
 * backend) and the events it pushes (the engine's, or those of the provider above: a test's).
 */
export function BackendProvider({ backend, pushes, children }: { backend: Backend; pushes?: PushSource; children: ReactNode }) {
  const inherited = useContext(PushContext);
  const [queries] = useState(newQueryClient);
  return createElement(
    BackendContext.Provider,
    { value: backend },
    createElement(
      PushContext.Provider,
      { value: pushes ?? inherited },
      createElement(QueryClientProvider, { client: queries }, createElement(FollowPushes), children),
    ),
  );
}

export function useBackend(): Backend {
  return useContext(BackendContext);
}

/** Calls `handler` with each `name` event the engine pushes while the component is shown. */
export function usePushed<Name extends keyof Pushed>(name: Name, handler: (payload: Pushed[Name]) => void) {
  const pushes = useContext(PushContext);
  // The newest handler answers, without listening again at each render.
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => pushes.listen(name, (payload) => latest.current(payload)), [pushes, name]);
}

/**
 * A bulk run as the engine last pushed it, else `initial`; the second value records a newer
 * answer (after pause, resume…). Every push lands in the cache from the app's start (see
 * `FollowPushes`), so none is missed while the screen opens, and the engine is never asked:
 * an older answer can never overwrite a newer push.
 */
export function useBulkJob(initial: JobView): [JobView, (job: JobView) => void] {
  const queries = useQueryClient();
  const queryKey = ["bulkStatus", initial.id];
  const { data } = useQuery({ queryKey, queryFn: () => queries.getQueryData<JobView>(queryKey) ?? initial, initialData: initial, staleTime: Infinity });
  return [data, (job) => queries.setQueryData(queryKey, job)];
}

/** What every fallible command resolves to (the shape tauri-specta's runtime returns). */
export type Result<T, E = Explanation> = { status: "ok"; data: T } | { status: "error"; error: E };

function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A refusal is shown with its explanation and a "Try again" button, never retried
      // behind the person's back; the window's focus changes nothing on the Rust side.
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

/**
 * What a pushed event makes stale: an action's outcome changes the journal, which nearly every
 * list reads (history, calls, top-ups, leads), so all reads on screen are asked again; a bulk
 * run's progress changes only the bulk reads; Awaz call logs read again after History answered
 * change only History's. The events that carry their own answer (the throttle) are written
 * straight into the cache.
 */
function FollowPushes() {
  const queries = useQueryClient();
  usePushed("actionRecorded", () => void queries.invalidateQueries());
  usePushed("bulkProgress", ({ job }) => {
    queries.setQueryData(["bulkStatus", job.id], job);
    void queries.invalidateQueries({ predicate: (query) => query.queryKey[0] === "bulkJobs" || query.queryKey[0] === "bulkFailedRows" });
  });
  usePushed("historyChanged", () => void queries.invalidateQueries({ queryKey: ["historyWithChart"] }));
  usePushed("awazThrottleChanged", ({ account_id, throttle }) => queries.setQueryData(["awazThrottle", account_id], throttle));
  return null;
}
