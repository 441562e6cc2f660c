import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { HookForm, HookSubscription } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { awazAccounts, directory, sent } from "../../testing/awazFixtures";
import { WebhooksScreen } from ".";

const hook: HookSubscription = { hookUrl: "https://crm.example.com/awaz", agents: ["agent-1"], status: ["completed", "voicemail"] };

function backend(overrides = {}) {
  return fakeBackend({
    listAccounts: awazAccounts,
    awazDirectory: async () => ({ status: "ok" as const, data: directory }),
    awazHooks: async () => ({ status: "ok" as const, data: [hook] }),
    awazThrottle: async () => ({ status: "ok" as const, data: { waiting: false, until: null, message: null } }),
    ...overrides,
  });
}

describe("Webhooks", () => {
  it("lists each webhook with its statuses and agents in words", async () => {
    renderWithBackend(<WebhooksScreen />, backend());
    const row = await screen.findByTestId("row-hook");
    expect(row.textContent).toContain("https://crm.example.com/awaz");
    expect(row.textContent).toContain("Completed, Voicemail");
    expect(row.textContent).toContain("Reception assistant");
  });

  it("subscribes with the ticked statuses and agents", async () => {
    const user = userEvent.setup();
    const awazSubscribeHook = vi.fn(async (_account: string, _key: string, form: HookForm) =>
      sent<HookSubscription>({ hookUrl: form.hook_url, agents: form.agent_ids, status: form.statuses }),
    );
    renderWithBackend(<WebhooksScreen />, backend({ awazSubscribeHook }));

    await user.type(await screen.findByTestId("field-hook_url"), "https://hooks.example.com/calls");
    await user.click(screen.getByTestId("field-status-completed"));
    await user.click(screen.getByTestId("field-status-failed"));
    await user.click(screen.getByTestId("field-agent-agent-2"));
    await user.click(screen.getByTestId("submit-hook"));

    expect(awazSubscribeHook).toHaveBeenCalledWith("acc-awaz", expect.any(String), {
      hook_url: "https://hooks.example.com/calls",
      statuses: ["completed", "failed"],
      agent_ids: ["agent-2"],
    });
    expect((await screen.findByTestId("result-hook")).textContent).toContain("https://hooks.example.com/calls");
  });

  it("shows an http:// address refused under the field, keeping what was typed", async () => {
    const user = userEvent.setup();
    const refusal = explanation({ title: "The address must start with https://.", field: "hook_url" });
    renderWithBackend(<WebhooksScreen />, backend({ awazSubscribeHook: async () => ({ status: "error" as const, error: refusal }) }));
    await user.type(await screen.findByTestId("field-hook_url"), "http://hooks.example.com");
    await user.click(screen.getByTestId("submit-hook"));
    expect((await screen.findByTestId("problem-hook_url")).textContent).toBe(refusal.title);
    expect((screen.getByTestId("field-hook_url") as HTMLInputElement).value).toBe("http://hooks.example.com");
  });

  it("deletes only after a confirmation naming the address", async () => {
    const user = userEvent.setup();
    const awazDeleteHook = vi.fn(async () => sent(1, { summary: `Stop notifying ${hook.hookUrl}` }));
    renderWithBackend(<WebhooksScreen />, backend({ awazDeleteHook }));

    await user.click(await screen.findByTestId("delete-hook"));
    const dialog = screen.getByTestId("dialog-delete-hook");
    expect(within(dialog).getByText("Delete the webhook https://crm.example.com/awaz?")).toBeTruthy();
    expect(awazDeleteHook).not.toHaveBeenCalled();

    await user.click(within(dialog).getByTestId("confirm-delete-hook"));
    expect(awazDeleteHook).toHaveBeenCalledWith("acc-awaz", expect.any(String), hook.hookUrl);
    expect((await screen.findByTestId("result-delete-hook")).textContent).toContain("is no longer told about calls");
  });
});
