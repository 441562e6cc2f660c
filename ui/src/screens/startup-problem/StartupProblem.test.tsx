import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { App } from "../../App";
import type { StartupProblem } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";

const inUse: StartupProblem = {
  explanation: explanation({
    code: "storage.folder_in_use",
    title: "Callboard is already open on this computer (or another program is using its files).",
    next_step: "Switch to the Callboard window that is already open, or close it and open Callboard again.",
    detail: "/home/ana/.local/share/app.callboard.desktop",
  }),
  data_folder: "/home/ana/.local/share/app.callboard.desktop",
};

describe("Startup problem", () => {
  it("replaces the app with what happened, what to do and where the files are", async () => {
    const listAccounts = vi.fn(async () => ({ status: "ok" as const, data: [] }));
    renderWithBackend(<App />, fakeBackend({ startupProblem: async () => inUse, listAccounts }));

    const shown = await screen.findByTestId("startup-problem");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Callboard could not start");
    expect(shown.textContent).toContain("Callboard is already open on this computer");
    expect(shown.textContent).toContain("Switch to the Callboard window that is already open");
    expect(screen.getByTestId("startup-problem-folder").textContent).toBe("/home/ana/.local/share/app.callboard.desktop");
    // Nothing else is offered: no navigation to screens whose commands cannot work.
    expect(screen.queryByRole("navigation", { name: "Main" })).toBeNull();

    await userEvent.setup().click(screen.getByText("Show technical details"));
    expect(shown.textContent).toContain("storage.folder_in_use");
  });

  it("is not shown when Callboard started", async () => {
    renderWithBackend(<App />, fakeBackend({ startupProblem: async () => null }));

    await screen.findByText("Version 0.1.0");
    expect(screen.queryByTestId("startup-problem")).toBeNull();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeTruthy();
  });
});
