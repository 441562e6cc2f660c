import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { App } from "./App";
import type { AccountSummary, AppInfo, AwazAccountForm } from "./bindings";
import { account, fakeBackend, renderWithBackend } from "./testing/fakeBackend";

describe("Demo mode ending", () => {
  it("takes the banner and the practice accounts away as soon as a real account is added", async () => {
    const user = userEvent.setup();
    const practice = account({
      id: "demo-awaz",
      name: "Demo Awaz",
      platform: "awaz",
      company_id: null,
      signed_in_as: "API key",
      by_api_key: true,
      demo: true,
      remember: false,
    });
    const real = account({ id: "acc-awaz", name: "Acme – Awaz", platform: "awaz", company_id: null, signed_in_as: "API key", by_api_key: true });
    // The engine's answers: demo mode until the account is added, then not.
    let demo = true;
    const base = await fakeBackend().appInfo();
    const appInfo = vi.fn(async (): Promise<AppInfo> => ({
      ...base,
      demo,
      demo_servers: demo ? { getvocal_url: "http://127.0.0.1:1/v1", awaz_url: "http://127.0.0.1:2" } : null,
    }));
    const listAccounts = vi.fn(async () => ({ status: "ok" as const, data: demo ? [practice] : [real] }));
    const addAwazAccount = vi.fn(async (_: AwazAccountForm) => {
      demo = false;
      return { status: "ok" as const, data: real as AccountSummary };
    });
    renderWithBackend(<App />, fakeBackend({ appInfo, listAccounts, addAwazAccount, startupProblem: async () => null }));

    await screen.findByTestId("demo-banner");
    await user.click(screen.getByTestId("nav-accounts"));
    await user.click(await screen.findByTestId("add-account"));
    await user.click(screen.getByTestId("add-account-awaz"));
    await user.type(screen.getByTestId("field-name"), "Acme – Awaz");
    await user.type(screen.getByTestId("field-api_key"), "awz-secret");
    await user.click(screen.getByTestId("submit-account"));

    expect(addAwazAccount).toHaveBeenCalledTimes(1);
    await screen.findByTestId("accounts-note");
    await vi.waitFor(() => expect(screen.queryByTestId("demo-banner")).toBeNull());
    const names = (await screen.findAllByTestId("account-item")).map((item) => within(item).getByTestId("account-name").textContent);
    expect(names).toEqual(["Acme – Awaz"]);
    expect(appInfo).toHaveBeenCalledTimes(2);
  });

  it("keeps the banner when adding an account fails", async () => {
    const user = userEvent.setup();
    const appInfo = vi.fn(async (): Promise<AppInfo> => ({ ...(await fakeBackend().appInfo()), demo: true }));
    const addAwazAccount = vi.fn(async (_: AwazAccountForm) => ({
      status: "error" as const,
      error: { code: "awaz.invalid_key", title: "Awaz says the API key is wrong.", next_step: "Copy a fresh key.", field: "api_key", detail: null, args: {} },
    }));
    renderWithBackend(<App />, fakeBackend({ appInfo, addAwazAccount, startupProblem: async () => null }));

    await screen.findByTestId("demo-banner");
    await user.click(screen.getByTestId("nav-accounts"));
    await user.click(await screen.findByTestId("add-account"));
    await user.click(screen.getByTestId("add-account-awaz"));
    await user.type(screen.getByTestId("field-name"), "Acme – Awaz");
    await user.type(screen.getByTestId("field-api_key"), "wrong");
    await user.click(screen.getByTestId("submit-account"));

    await screen.findByText("Awaz says the API key is wrong.");
    expect(appInfo).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId("demo-banner")).toBeTruthy();
  });
});
