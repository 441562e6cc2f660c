import { useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import type { Explanation } from "./bindings";
import { useBackend, type Backend, type Result } from "./backend";
import { thrownToExplanation } from "./errors";

export type Loadable<T> = { state: "loading" } | { state: "ready"; data: T } | { state: "failed"; error: Explanation };

/** The commands that answer with a `Result`: those a screen can read through `useLoad`. */
export type ReadCommand = {
  [Name in keyof Backend]: Awaited<ReturnType<Backend[Name]>> extends Result<unknown> ? Name : never;
}[keyof Backend];

type AnswerOf<Name extends ReadCommand> = Awaited<ReturnType<Backend[Name]>> extends Result<infer T> ? T : never;

/** [what is known, load again showing "loading", load again keeping what is shown]. */
export type Loaded<T> = [Loadable<T>, () => void, () => void];

/**
 * Reads `command(...args)` through the cache: shown at once when it was read before (and asked
 * again behind it), shared by every screen that reads the same thing, and asked again when a
 * write or a pushed event makes it stale (see `BackendProvider`). Its key is `[command, ...args]`.
 */
export function useLoad<Name extends ReadCommand>(command: Name, ...args: Parameters<Backend[Name]>): Loaded<AnswerOf<Name>> {
  const backend = useBackend();
  return useLoadWith([command, ...args], () => {
    const run = backend[command] as (...given: unknown[]) => Promise<Result<AnswerOf<Name>>>;
    return run(...args);
  });
}

/**
 * Reads something made of several commands, or of a command's answer reshaped, under `key`
 * (which must name every argument the reading depends on).
 */
export function useLoadWith<T>(key: QueryKey, load: () => Promise<Result<T>>): Loaded<T> {
  const queries = useQueryClient();
  const query = useQuery({
    queryKey: key,
    queryFn: async () => {
      const result = await load();
      if (result.status === "error") throw new Refused(result.error);
      return result.data;
    },
  });

  const keyText = JSON.stringify(key);
  const retry = useCallback(() => void queries.resetQueries({ queryKey: JSON.parse(keyText) as QueryKey, exact: true }), [queries, keyText]);
  const { refetch } = query;
  const refresh = useCallback(() => void refetch(), [refetch]);

  // One object per answer, as screens' effects may depend on it.
  const { status, data, error } = query;
  const loadable = useMemo((): Loadable<T> => {
    if (status === "pending") return { state: "loading" };
    if (status === "error") return { state: "failed", error: error instanceof Refused ? error.explanation : thrownToExplanation(error) };
    return { state: "ready", data: data as T };
  }, [status, data, error]);
  return [loadable, retry, refresh];
}

/** A command's returned refusal, carried through the cache as its error. */
class Refused extends Error {
  constructor(readonly explanation: Explanation) {
    super(explanation.title);
  }
}
