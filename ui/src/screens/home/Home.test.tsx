import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Persona, Explanation } from "../../bindings";
import type { Result } from "../../backend";
import { account, fakeBackend, renderWithBackend, explanation } from "../../testing/fakeBackend";
import { HomeScreen } from ".";

const getvocal = account();
const awaz = account({ id: "acc-awaz", name: "Acme – Awaz", platform: "awaz", company_id: null, signed_in_as: "API key", by_api_key: true });
const both = async () => ({ status: "ok" as const, data: [getvocal, awaz] });

describe("Home", () => {
  it("shows one card per account: GetVocal personas, Awaz agents and phones", async () => {
    const getvocalPersonas = vi.fn(async () => ({
      status: "ok" as const,
      data: [
        { id: "p1", name: "Clara — appointment reminders", type: "outbound" },
        { id: "p2", name: "Max — surveys", type: null },
      ],
    }));
    const awazAgents = vi.fn(async () => ({ status: "ok" as const, data: [{ id: "a1", name: "Sales follow-up" }] }));
    const backend = fakeBackend({
      listAccounts: both,
      getvocalPersonas,
      awazAgents,
      awazPhones: async () => ({
        status: "ok",
        data: [
          { id: "n1", number: "+33612345678" },
          { id: "n2", number: "+4915112345678" },
        ],
      }),
    });
    renderWithBackend(<HomeScreen />, backend);

    const gvCard = await screen.findByRole("region", { name: "Acme – GetVocal" });
    const personas = await within(gvCard).findAllByTestId("persona-item");
    expect(personas.map((item) => item.textContent)).toEqual(["Clara — appointment remindersoutbound", "Max — surveys"]);
    const awazCard = screen.getByRole("region", { name: "Acme – Awaz" });
    const agents = await within(awazCard).findAllByTestId("agent-item");
    expect(agents.map((item) => item.textContent)).toEqual(["Sales follow-up"]);
    const phones = within(awazCard).getAllByTestId("phone-item");
    expect(phones.map((item) => item.textContent)).toEqual(["+33 6 12 34 56 78", "+49 1511 2345678"]);
    expect(getvocalPersonas).toHaveBeenCalledWith("acc-getvocal");
    expect(awazAgents).toHaveBeenCalledWith("acc-awaz");
  });

  it("points to Accounts when there is no account yet", async () => {
    renderWithBackend(<HomeScreen />, fakeBackend());

    expect((await screen.findByTestId("home-no-accounts")).textContent).toContain("Open Accounts");
  });

  it("says so in plain words when an account has nothing yet", async () => {
    renderWithBackend(<HomeScreen />, fakeBackend({ listAccounts: both }));

    expect(await screen.findByText(/No personas yet/)).toBeTruthy();
    expect(await screen.findByText(/No AI agents yet/)).toBeTruthy();
    expect(screen.getByText(/No phone numbers yet/)).toBeTruthy();
  });

  it("asks to sign in again instead of loading an account that needs it", async () => {
    const getvocalPersonas = vi.fn(async () => ({ status: "ok" as const, data: [] }));
    renderWithBackend(
      <HomeScreen />,
      fakeBackend({ listAccounts: async () => ({ status: "ok", data: [account({ status: "NeedsSignIn" })] }), getvocalPersonas }),
    );

    expect((await screen.findByTestId("card-needs-sign-in")).textContent).toContain("Sign in again");
    expect(getvocalPersonas).not.toHaveBeenCalled();
  });

  it("shows a spinner while the platforms answer", async () => {
    const never = () => new Promise<never>(() => {});
    renderWithBackend(<HomeScreen />, fakeBackend({ listAccounts: both, getvocalPersonas: never, awazAgents: never, awazPhones: never }));

    await screen.findByText("Loading personas…");
    const spinners = screen.getAllByRole("status");
    expect(spinners.map((spinner) => spinner.textContent)).toEqual(["Loading personas…", "Loading agents and phone numbers…"]);
  });

  it("explains a failure, hides the technical details until asked, and retries", async () => {
    const user = userEvent.setup();
    const failure = explanation();
    const getvocalPersonas = vi
      .fn<(accountId: string) => Promise<Result<Persona[], Explanation>>>()
      .mockResolvedValueOnce({ status: "error", error: failure })
      .mockResolvedValueOnce({ status: "ok", data: [{ id: "p1", name: "Clara", type: null }] });
    renderWithBackend(<HomeScreen />, fakeBackend({ listAccounts: async () => ({ status: "ok", data: [getvocal] }), getvocalPersonas }));

    const notice = await screen.findByTestId("error-notice");
    expect(within(notice).getByText(failure.title)).toBeTruthy();
    expect(within(notice).getByText(failure.next_step)).toBeTruthy();
    expect(within(notice).queryByText(failure.detail!)).toBeNull();

    await user.click(within(notice).getByRole("button", { name: "Show technical details" }));
    expect(within(notice).getByText(failure.detail!).tagName).toBe("PRE");
    expect(within(notice).getByText(failure.code)).toBeTruthy();

    await user.click(within(notice).getByRole("button", { name: "Retry" }));
    expect((await screen.findAllByTestId("persona-item")).map((item) => item.textContent)).toEqual(["Clara"]);
    expect(screen.queryByTestId("error-notice")).toBeNull();
    expect(getvocalPersonas).toHaveBeenCalledTimes(2);
  });

  it("reports an Awaz failure once for the whole Awaz card", async () => {
    const failure = explanation({ code: "awaz.invalid_key", title: "Awaz says the API key is wrong or has been revoked.", detail: null });
    renderWithBackend(
      <HomeScreen />,
      fakeBackend({ listAccounts: async () => ({ status: "ok", data: [awaz] }), awazPhones: async () => ({ status: "error", error: failure }) }),
    );

    const notice = await screen.findByTestId("error-notice");
    expect(within(notice).getByText(failure.title)).toBeTruthy();
    expect(screen.getAllByTestId("error-notice")).toHaveLength(1);
    expect(screen.queryAllByTestId("agent-item")).toHaveLength(0);
  });

  it("says the app's engine is not available when running outside the desktop app", async () => {
    const outsideTauri = async (): Promise<never> => {
      throw new TypeError("Cannot read properties of undefined (reading 'invoke')");
    };
    renderWithBackend(<HomeScreen />, fakeBackend({ listAccounts: outsideTauri }));

    const notice = await screen.findByTestId("error-notice");
    expect(within(notice).getByText("The app's engine is not available")).toBeTruthy();
  });
});
