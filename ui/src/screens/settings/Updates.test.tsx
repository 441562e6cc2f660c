import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { UpdateStatus } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend, updateStatus } from "../../testing/fakeBackend";
import { fakePushes } from "../../testing/fakePushes";
import { UpdatesSection } from "./Updates";

const found = { version: "0.2.0", notes: "Faster imports.\nClearer words.", published: "2026-11-30T09:00:00Z" };
const ok = (data: UpdateStatus) => ({ status: "ok" as const, data });

describe("Settings → Updates", () => {
  it("shows the version and says when Callboard is up to date", async () => {
    const user = userEvent.setup();
    const updateCheck = vi.fn(async () =>
      ok(updateStatus({ up_to_date: true, choices: { check_automatically: true, last_checked: "2026-12-01T10:00:00Z", updated_from: "0.0.9" } })),
    );
    renderWithBackend(<UpdatesSection />, fakeBackend({ updateCheck }));

    expect((await screen.findByTestId("update-current-version")).textContent).toBe("0.1.0");
    await user.click(screen.getByTestId("update-check"));
    expect((await screen.findByTestId("update-up-to-date")).textContent).toBe("Callboard is up to date.");
    expect(screen.getByTestId("update-current").textContent).toContain("updated from version 0.0.9");
    expect(screen.getByTestId("update-last-checked").textContent).toMatch(/^Last checked /);
    expect(updateCheck).toHaveBeenCalledTimes(1);
  });

  it("shows what's new, then follows the download and says when the signature does not match", async () => {
    const user = userEvent.setup();
    const refused = explanation({ code: "update.not_signed", title: "The downloaded update is not signed by Callboard's makers, so it was not installed." });
    let finish: (value: { status: "ok"; data: UpdateStatus }) => void = () => {};
    const backend = fakeBackend({
      // The first answer (on opening) already has the update a check found.
      updateStatus: vi.fn(async () => ok(updateStatus({ found }))),
      updateInstall: vi.fn(() => new Promise<{ status: "ok"; data: UpdateStatus }>((resolve) => (finish = resolve))),
    });
    const pushes = fakePushes();
    renderWithBackend(<UpdatesSection />, backend, pushes);

    expect((await screen.findByTestId("update-found")).textContent).toContain("Version 0.2.0 is available.");
    expect(screen.getByTestId("update-notes").textContent).toBe("Faster imports.\nClearer words.");
    await user.click(screen.getByTestId("update-install"));
    // The engine pushes the download's progress.
    pushes.push("updateStatusChanged", { status: updateStatus({ found, phase: "downloading", downloaded: 2_500_000, download_size: 10_000_000 }) });
    const progress = (await screen.findByTestId("update-progress")) as HTMLProgressElement;
    await waitFor(() => expect(progress.value).toBe(2_500_000));
    expect(screen.getByTestId("update-downloading").textContent).toContain("2.5 MB of 10.0 MB");

    finish(ok(updateStatus({ found, problem: refused })));
    expect((await screen.findByTestId("error-notice")).textContent).toContain("not signed by Callboard's makers");
    expect(screen.getByTestId("update-install")).toBeTruthy();
  });

  it("turns the automatic check off", async () => {
    const user = userEvent.setup();
    const updateCheckAutomatically = vi.fn(async (on: boolean) => ({
      status: "ok" as const,
      data: { check_automatically: on, last_checked: null, updated_from: null },
    }));
    renderWithBackend(<UpdatesSection />, fakeBackend({ updateCheckAutomatically }));

    const automatic = (await screen.findByTestId("update-automatic")) as HTMLInputElement;
    expect(automatic.checked).toBe(true);
    await user.click(automatic);
    expect(updateCheckAutomatically).toHaveBeenCalledWith(false);
    await waitFor(() => expect(automatic.checked).toBe(false));
  });
});
