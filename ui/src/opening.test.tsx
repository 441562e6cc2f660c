import { describe, expect, it, vi } from "vitest";
import type { StartupProblem } from "./bindings";
import { afterOpening } from "./opening";
import { fakeBackend } from "./testing/fakeBackend";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe("afterOpening", () => {
  it("sends no command before Callboard has opened, then sends it with its arguments", async () => {
    const opening = deferred<StartupProblem | null>();
    const signOut = vi.fn(async (_accountId: string) => ({ status: "ok" as const, data: null }));
    const backend = afterOpening(fakeBackend({ signOut }), opening.promise);

    const answer = backend.signOut("acct-1");
    await new Promise((later) => setTimeout(later, 10));
    expect(signOut).not.toHaveBeenCalled();

    opening.resolve(null);
    expect(await answer).toEqual({ status: "ok", data: null });
    expect(signOut).toHaveBeenCalledWith("acct-1");
  });

  it("answers startupProblem with the opening's own answer and keeps each command's identity", async () => {
    const backend = afterOpening(fakeBackend(), Promise.resolve(null));
    expect(await backend.startupProblem()).toBeNull();
    expect(backend.listAccounts).toBe(backend.listAccounts);
  });

  it("still sends commands when the engine could not say how the opening went", async () => {
    const listAccounts = vi.fn(async () => ({ status: "ok" as const, data: [] }));
    const backend = afterOpening(fakeBackend({ listAccounts }), Promise.reject(new TypeError("unreachable")));
    expect(await backend.listAccounts()).toEqual({ status: "ok", data: [] });
  });
});
