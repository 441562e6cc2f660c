import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ApiKey } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { accounts, done, getvocalAccount } from "../../testing/getvocalFixtures";
import { ApiKeysScreen } from ".";

const seedKey: ApiKey = { uuid_id: "k-1", name: "Seed key", dt_created: "2026-10-25T09:00:00Z", dt_revoked: null };
const oldKey: ApiKey = { uuid_id: "k-0", name: "Old sheet", dt_created: "2026-01-05T09:00:00Z", dt_revoked: "2026-02-01T09:00:00Z" };

describe("API keys", () => {
  it("lists each key with its creation date and whether it still works", async () => {
    renderWithBackend(<ApiKeysScreen />, fakeBackend({ listAccounts: accounts, getvocalApiKeys: async () => ({ status: "ok", data: [seedKey, oldKey] }) }));

    const active = await screen.findByTestId("row-key-k-1");
    expect(active.textContent).toContain("Seed key");
    expect(active.textContent).toContain("Active");
    expect(screen.getByTestId("row-key-k-0").textContent).toContain("Revoked");
    expect(screen.queryByTestId("revoke-k-0")).toBeNull();
  });

  it("shows the new secret once, copies it, and can make it this account's sign-in", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const getvocalCreateApiKey = vi.fn(async () => done({ key_id: "k-2", name: "Reporting sheet", secret: "s3cr3t-value" }));
    const useGetvocalApiKey = vi.fn(async () => ({ status: "ok" as const, data: getvocalAccount({ signed_in_as: "API key k-2", by_api_key: true }) }));
    renderWithBackend(
      <ApiKeysScreen />,
      fakeBackend({ listAccounts: accounts, getvocalApiKeys: async () => ({ status: "ok", data: [seedKey] }), getvocalCreateApiKey, useGetvocalApiKey }),
    );

    await user.type(await screen.findByTestId("field-name"), "Reporting sheet");
    await user.click(screen.getByTestId("submit-create-key"));

    const panel = await screen.findByTestId("result-created-key");
    expect(panel.textContent).toContain("You won't see this secret again.");
    expect(within(panel).getByTestId("result-secret").textContent).toBe("s3cr3t-value");
    await user.click(within(panel).getByTestId("copy-secret"));
    expect(writeText).toHaveBeenCalledWith("s3cr3t-value");
    await user.click(within(panel).getByTestId("use-key-for-account"));
    expect(useGetvocalApiKey).toHaveBeenCalledWith("acc-1", "k-2", "s3cr3t-value");
    expect((await within(panel).findByText("This account now uses this key")).tagName).toBe("BUTTON");

    await user.click(within(panel).getByTestId("close-secret"));
    expect(screen.queryByText("s3cr3t-value")).toBeNull();
  });

  it("says plainly when the secret can't be shown again", async () => {
    const user = userEvent.setup();
    renderWithBackend(
      <ApiKeysScreen />,
      fakeBackend({
        listAccounts: accounts,
        getvocalApiKeys: async () => ({ status: "ok", data: [] }),
        getvocalCreateApiKey: async () => done({ key_id: "k-2", name: "Sheet", secret: null }),
      }),
    );
    await user.type(await screen.findByTestId("field-name"), "Sheet");
    await user.click(screen.getByTestId("submit-create-key"));
    expect((await screen.findByTestId("result-created-key")).textContent).toContain("can't be shown again");
  });

  it("shows a refused name under the name field", async () => {
    const user = userEvent.setup();
    const refusal = explanation({ title: "The key's name can't be empty.", field: "name" });
    renderWithBackend(
      <ApiKeysScreen />,
      fakeBackend({
        listAccounts: accounts,
        getvocalApiKeys: async () => ({ status: "ok", data: [] }),
        getvocalCreateApiKey: async () => ({ status: "error", error: refusal }),
      }),
    );
    await user.click(await screen.findByTestId("submit-create-key"));
    expect((await screen.findByTestId("problem-name")).textContent).toBe(refusal.title);
  });

  it("revokes a key only after a confirmation naming it", async () => {
    const user = userEvent.setup();
    const getvocalRevokeApiKey = vi.fn(async () => done({ ...seedKey, dt_revoked: "2026-11-24T14:00:00Z" }));
    const getvocalApiKeys = vi
      .fn()
      .mockResolvedValueOnce({ status: "ok", data: [seedKey] })
      .mockResolvedValue({ status: "ok", data: [{ ...seedKey, dt_revoked: "2026-11-24T14:00:00Z" }] });
    renderWithBackend(<ApiKeysScreen />, fakeBackend({ listAccounts: accounts, getvocalApiKeys, getvocalRevokeApiKey }));

    await user.click(await screen.findByTestId("revoke-k-1"));
    expect(getvocalRevokeApiKey).not.toHaveBeenCalled();
    expect(screen.getByTestId("dialog-revoke").textContent).toContain("Revoke the key “Seed key”?");
    // Every destructive confirmation looks the same: a red panel with a red button.
    expect(screen.getByTestId("dialog-revoke").className).toBe("danger-confirm");
    expect(screen.getByTestId("confirm-revoke").className).toBe("button danger");
    await user.click(screen.getByTestId("confirm-revoke"));

    expect(getvocalRevokeApiKey).toHaveBeenCalledWith("acc-1", expect.any(String), "k-1", "Seed key");
    expect((await screen.findByTestId("row-key-k-1")).textContent).toContain("Revoked");
    expect(screen.queryByTestId("dialog-revoke")).toBeNull();
    expect(screen.getByTestId("result-revoked").textContent).toBe("The key “Seed key” is revoked: it no longer works.");
  });
});
