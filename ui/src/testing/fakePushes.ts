import { act } from "@testing-library/react";
import type { PushSource, Pushed } from "../pushed";

/** Events a test pushes by hand, as the engine would. */
export type FakePushes = PushSource & {
  push<Name extends keyof Pushed>(name: Name, payload: Pushed[Name]): void;
};

export function fakePushes(): FakePushes {
  const handlers = new Map<string, Set<(payload: never) => void>>();
  return {
    listen(name, handler) {
      const named = handlers.get(name) ?? new Set();
      handlers.set(name, named);
      named.add(handler);
      return () => named.delete(handler);
    },
    push(name, payload) {
      act(() => handlers.get(name)?.forEach((handler) => handler(payload as never)));
    },
  };
}
