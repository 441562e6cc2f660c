import { act, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { App } from "./App";
import type { StartupProblem } from "./bindings";
import { fakeBackend, renderWithBackend } from "./testing/fakeBackend";

describe("Opening after the first paint", () => {
  it("shows the frame and the screen at once, and sends the screen's commands once Callboard has opened", async () => {
    let opened!: (problem: StartupProblem | null) => void;
    const startupProblem = () => new Promise<StartupProblem | null>((resolve) => (opened = resolve));
    const listAccounts = vi.fn(async () => ({ status: "ok" as const, data: [] }));
    renderWithBackend(<App />, fakeBackend({ startupProblem, listAccounts }));

    expect(screen.getByRole("navigation", { name: "Main" })).toBeTruthy();
    expect(screen.getByTestId("screen-home")).toBeTruthy();
    await new Promise((later) => setTimeout(later, 20));
    expect(listAccounts).not.toHaveBeenCalled();

    await act(async () => opened(null));
    await screen.findByTestId("home-no-accounts");
    expect(listAccounts).toHaveBeenCalled();
  });
});
