import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { AccountSummary, AwazAccountForm, Explanation, GetVocalApiKeyForm, GetVocalPasswordForm } from "../../bindings";
import type { Result } from "../../backend";
import { account, explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { AccountsScreen } from ".";

const demoAwaz = account({
  id: "demo-awaz",
  name: "Demo Awaz",
  platform: "awaz",
  company_id: null,
  signed_in_as: "API key",
  by_api_key: true,
  demo: true,
  remember: false,
});
const signedOut = account({ id: "acc-2", name: "Beta – GetVocal", signed_in_as: "bo@beta.test", status: "NeedsSignIn" });

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe("Accounts", () => {
  it("lists each account with its platform, sign-in, status and demo tag", async () => {
    renderWithBackend(<AccountsScreen />, fakeBackend({ listAccounts: async () => ({ status: "ok", data: [account(), demoAwaz, signedOut] }) }));

    const items = await screen.findAllByTestId("account-item");
    expect(items.map((item) => within(item).getByTestId("account-name").textContent)).toEqual(["Acme – GetVocal", "Demo Awaz", "Beta – GetVocal"]);
    expect(items.map((item) => within(item).getByTestId("account-status").textContent)).toEqual(["Connected", "Connected", "Sign-in needed"]);
    expect(within(items[0]).getByText("ana@acme.test")).toBeTruthy();
    expect(within(items[0]).getByText("GetVocal")).toBeTruthy();
    // The company ID and the server address are technical details, folded away.
    expect(within(within(items[0]).getByTestId("account-technical")).getByText("acme")).toBeTruthy();
    expect(within(items[1]).getByTestId("account-signs-in-with").textContent).toBe("An API key");
    expect(within(items[1]).getByTestId("account-demo").textContent).toBe("Practice account");
    expect(within(items[0]).queryByTestId("account-demo")).toBeNull();
    // A connected account can be signed out; one that needs a sign-in offers it.
    expect(within(items[0]).getByTestId("sign-out")).toBeTruthy();
    expect(within(items[2]).queryByTestId("sign-out")).toBeNull();
    expect(within(items[2]).getByTestId("sign-in-again")).toBeTruthy();
  });

  it("offers three clear ways to add an account", async () => {
    const user = userEvent.setup();
    renderWithBackend(<AccountsScreen />, fakeBackend());

    await user.click(await screen.findByTestId("add-account"));
    expect(screen.getByTestId("add-account-getvocal-password").textContent).toContain("GetVocal — email and password");
    expect(screen.getByTestId("add-account-getvocal-api-key").textContent).toContain("GetVocal — API key");
    expect(screen.getByTestId("add-account-awaz").textContent).toContain("Awaz — API key");
  });

  it("adds a GetVocal account by email and password, remembered by default", async () => {
    const user = userEvent.setup();
    const added = account({ name: "Acme" });
    const addGetvocalAccountWithPassword = vi.fn(async (_: GetVocalPasswordForm) => ({ status: "ok" as const, data: added }));
    const listAccounts = vi
      .fn<() => Promise<Result<AccountSummary[], Explanation>>>()
      .mockResolvedValueOnce({ status: "ok", data: [] })
      .mockResolvedValue({ status: "ok", data: [added] });
    renderWithBackend(<AccountsScreen />, fakeBackend({ listAccounts, addGetvocalAccountWithPassword }));

    await user.click(await screen.findByTestId("add-account"));
    await user.click(screen.getByTestId("add-account-getvocal-password"));
    expect(screen.getByLabelText("Company ID")).toBe(input("field-company_id"));
    expect(screen.getByText("Given to you by GetVocal.")).toBeTruthy();
    expect(input("field-remember").checked).toBe(true);
    expect(screen.getByText("Remember on this computer (saved in your computer's keychain)")).toBeTruthy();
    await user.type(input("field-name"), "Acme");
    await user.type(input("field-email"), "ana@acme.test");
    await user.type(input("field-password"), "hunter2");
    await user.type(input("field-company_id"), "acme");
    await user.click(screen.getByTestId("submit-account"));

    expect(addGetvocalAccountWithPassword).toHaveBeenCalledWith({
      name: "Acme",
      email: "ana@acme.test",
      password: "hunter2",
      company_id: "acme",
      base_url: null,
      remember: true,
    });
    expect((await screen.findByTestId("accounts-note")).textContent).toContain("“Acme” is added and connected.");
    expect(screen.queryByTestId("form-getvocal-password")).toBeNull();
    expect(await screen.findAllByTestId("account-item")).toHaveLength(1);
  });

  it("shows a refusal under its field, keeps what was typed, and empties the password", async () => {
    const user = userEvent.setup();
    const addGetvocalAccountWithPassword = vi.fn(async () => ({
      status: "error" as const,
      error: explanation({ code: "input.invalid_field", title: "GetVocal did not accept this email and password.", field: "password" }),
    }));
    renderWithBackend(<AccountsScreen />, fakeBackend({ addGetvocalAccountWithPassword }));

    await user.click(await screen.findByTestId("add-account"));
    await user.click(screen.getByTestId("add-account-getvocal-password"));
    await user.type(input("field-name"), "Acme");
    await user.type(input("field-email"), "ana@acme.test");
    await user.type(input("field-password"), "wrong");
    await user.type(input("field-company_id"), "acme");
    await user.click(screen.getByTestId("submit-account"));

    expect((await screen.findByTestId("problem-password")).textContent).toBe("GetVocal did not accept this email and password.");
    expect(input("field-password").value).toBe("");
    expect(input("field-email").value).toBe("ana@acme.test");
    expect(input("field-company_id").value).toBe("acme");
    expect(screen.queryByTestId("error-notice")).toBeNull();
  });

  it("shows other failures as a notice and still empties the secret", async () => {
    const user = userEvent.setup();
    const failure = explanation({ title: "Callboard could not reach Awaz." });
    const addAwazAccount = vi.fn(async (_: AwazAccountForm) => ({ status: "error" as const, error: failure }));
    renderWithBackend(<AccountsScreen />, fakeBackend({ addAwazAccount }));

    await user.click(await screen.findByTestId("add-account"));
    await user.click(screen.getByTestId("add-account-awaz"));
    await user.type(input("field-name"), "Acme – Awaz");
    await user.type(input("field-api_key"), "awz-secret");
    await user.click(screen.getByTestId("field-remember"));
    await user.click(screen.getByTestId("submit-account"));

    expect(addAwazAccount).toHaveBeenCalledWith({ name: "Acme – Awaz", api_key: "awz-secret", base_url: null, remember: false });
    expect(within(await screen.findByTestId("error-notice")).getByText("Callboard could not reach Awaz.")).toBeTruthy();
    expect(input("field-api_key").value).toBe("");
    expect(input("field-name").value).toBe("Acme – Awaz");
  });

  it("empties the secret even when the engine cannot be reached", async () => {
    const user = userEvent.setup();
    const addGetvocalAccountWithApiKey = vi.fn(async (_: GetVocalApiKeyForm): Promise<never> => {
      throw new TypeError("window.__TAURI_INTERNALS__ is undefined");
    });
    renderWithBackend(<AccountsScreen />, fakeBackend({ addGetvocalAccountWithApiKey }));

    await user.click(await screen.findByTestId("add-account"));
    await user.click(screen.getByTestId("add-account-getvocal-api-key"));
    await user.type(input("field-key_id"), "8a0d719f");
    await user.type(input("field-secret"), "s3cret");
    await user.click(screen.getByTestId("submit-account"));

    expect(await screen.findByTestId("error-notice")).toBeTruthy();
    expect(input("field-secret").value).toBe("");
    expect(input("field-key_id").value).toBe("8a0d719f");
  });

  it("sends the server address typed under Advanced, and opens Advanced when it is refused", async () => {
    const user = userEvent.setup();
    const addGetvocalAccountWithApiKey = vi.fn(async (_: GetVocalApiKeyForm) => ({
      status: "error" as const,
      error: explanation({ title: "The GetVocal address can't be used: only secure https:// addresses are allowed.", field: "base_url" }),
    }));
    renderWithBackend(<AccountsScreen />, fakeBackend({ addGetvocalAccountWithApiKey }));

    await user.click(await screen.findByTestId("add-account"));
    await user.click(screen.getByTestId("add-account-getvocal-api-key"));
    await user.click(screen.getByTestId("advanced"));
    await user.type(input("field-base_url"), "http://gv.example");
    await user.click(screen.getByTestId("advanced"));
    await user.click(screen.getByTestId("submit-account"));

    expect(addGetvocalAccountWithApiKey.mock.calls[0][0].base_url).toBe("http://gv.example");
    expect((await screen.findByTestId("problem-base_url")).textContent).toContain("https://");
    expect((screen.getByTestId("advanced").parentElement as HTMLDetailsElement).open).toBe(true);
  });

  it("signs out, then offers a sign-in with the password only", async () => {
    const user = userEvent.setup();
    const signOut = vi.fn(async () => ({ status: "ok" as const, data: null }));
    const signInAgain = vi
      .fn<(id: string, password: string) => Promise<Result<AccountSummary, Explanation>>>()
      .mockResolvedValueOnce({ status: "error", error: explanation({ title: "GetVocal did not accept this email and password.", field: "password" }) })
      .mockResolvedValueOnce({ status: "ok", data: account() });
    const listAccounts = vi
      .fn<() => Promise<Result<AccountSummary[], Explanation>>>()
      .mockResolvedValueOnce({ status: "ok", data: [account()] })
      .mockResolvedValueOnce({ status: "ok", data: [account({ status: "NeedsSignIn" })] })
      .mockResolvedValue({ status: "ok", data: [account()] });
    renderWithBackend(<AccountsScreen />, fakeBackend({ listAccounts, signOut, signInAgain }));

    await user.click(await screen.findByTestId("sign-out"));
    expect(signOut).toHaveBeenCalledWith("acc-getvocal");
    expect((await screen.findByTestId("accounts-note")).textContent).toContain("Signed out of “Acme – GetVocal”");

    await user.click(await screen.findByTestId("sign-in-again"));
    const form = screen.getByTestId("reconnect-form");
    expect(within(form).queryAllByRole("textbox")).toHaveLength(0);
    expect(within(form).getByLabelText("Password for ana@acme.test")).toBe(input("field-password"));
    await user.type(input("field-password"), "wrong");
    await user.click(screen.getByTestId("submit-sign-in-again"));
    expect((await screen.findByTestId("problem-password")).textContent).toContain("did not accept");
    expect(input("field-password").value).toBe("");

    await user.type(input("field-password"), "right");
    await user.click(screen.getByTestId("submit-sign-in-again"));
    expect(signInAgain).toHaveBeenLastCalledWith("acc-getvocal", "right");
    expect((await screen.findByTestId("accounts-note")).textContent).toContain("Signed in to “Acme – GetVocal” again.");
  });

  it("asks an Awaz account that needs a sign-in for a new key", async () => {
    const user = userEvent.setup();
    const useAwazApiKey = vi.fn(async () => ({ status: "ok" as const, data: demoAwaz }));
    renderWithBackend(
      <AccountsScreen />,
      fakeBackend({ listAccounts: async () => ({ status: "ok", data: [{ ...demoAwaz, status: "NeedsSignIn" }] }), useAwazApiKey }),
    );

    await user.click(await screen.findByTestId("sign-in-again"));
    await user.type(input("field-api_key"), "new-key");
    await user.click(screen.getByTestId("submit-sign-in-again"));
    expect(useAwazApiKey).toHaveBeenCalledWith("demo-awaz", "new-key");
  });

  it("removes an account only after a confirmation naming it", async () => {
    const user = userEvent.setup();
    const removeAccount = vi.fn(async () => ({ status: "ok" as const, data: null }));
    renderWithBackend(<AccountsScreen />, fakeBackend({ listAccounts: async () => ({ status: "ok", data: [account()] }), removeAccount }));

    await user.click(await screen.findByTestId("remove-account"));
    expect(screen.getByTestId("dialog-remove-account").textContent).toContain("Remove “Acme – GetVocal” from Callboard?");
    await user.click(screen.getByTestId("cancel-remove-account"));
    expect(removeAccount).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("remove-account"));
    await user.click(screen.getByTestId("confirm-remove-account"));
    expect(removeAccount).toHaveBeenCalledWith("acc-getvocal");
    expect((await screen.findByTestId("accounts-note")).textContent).toBe("“Acme – GetVocal” was removed.");
  });

  it("explains a failed sign-out in the account's row", async () => {
    const user = userEvent.setup();
    const locked = explanation({
      code: "keychain.locked",
      title: "Your computer's keychain is locked, so Callboard can't read or save this account's sign-in.",
    });
    renderWithBackend(
      <AccountsScreen />,
      fakeBackend({ listAccounts: async () => ({ status: "ok", data: [account()] }), signOut: async () => ({ status: "error", error: locked }) }),
    );

    await user.click(await screen.findByTestId("sign-out"));
    const item = screen.getByTestId("account-item");
    expect(within(item).getByText(locked.title)).toBeTruthy();
  });
});
