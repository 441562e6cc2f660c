import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Persona, Explanation } from "../../bindings";
import type { Result } from "../../backend";
import { fakeBackend, renderWithBackend, explanation } from "../../testing/fakeBackend";
import { HomeScreen } from ".";

describe("Home", () => {
  it("shows the GetVocal personas and the Awaz agents and phones", async () => {
    const backend = fakeBackend({
      getvocalPersonas: async () => ({
        status: "ok",
        data: [
          { id: "p1", name: "Clara — appointment reminders", type: "outbound" },
          { id: "p2", name: "Max — surveys", type: null },
        ],
      }),
      awazAgents: async () => ({ status: "ok", data: [{ id: "a1", name: "Sales follow-up" }] }),
      awazPhones: async () => ({
        status: "ok",
        data: [
          { id: "n1", number: "+33612345678" },
          { id: "n2", number: "+4915112345678" },
        ],
      }),
    });
    renderWithBackend(<HomeScreen />, backend);

    const personas = await screen.findAllByTestId("persona-item");
    expect(personas.map((item) => item.textContent)).toEqual(["Clara — appointment remindersoutbound", "Max — surveys"]);
    const agents = await screen.findAllByTestId("agent-item");
    expect(agents.map((item) => item.textContent)).toEqual(["Sales follow-up"]);
    const phones = screen.getAllByTestId("phone-item");
    expect(phones.map((item) => item.textContent)).toEqual(["+33612345678", "+4915112345678"]);
  });

  it("says so in plain words when there is nothing yet", async () => {
    renderWithBackend(<HomeScreen />, fakeBackend());

    expect(await screen.findByText(/No personas yet/)).toBeTruthy();
    expect(await screen.findByText(/No AI agents yet/)).toBeTruthy();
    expect(screen.getByText(/No phone numbers yet/)).toBeTruthy();
  });

  it("shows a spinner while the platforms answer", async () => {
    const never = () => new Promise<never>(() => {});
    renderWithBackend(<HomeScreen />, fakeBackend({ getvocalPersonas: never, awazAgents: never, awazPhones: never }));

    const spinners = screen.getAllByRole("status");
    expect(spinners.map((spinner) => spinner.textContent)).toEqual([
      "Loading personas…",
      "Loading agents and phone numbers…",
    ]);
  });

  it("explains a failure, hides the technical details until asked, and retries", async () => {
    const user = userEvent.setup();
    const failure = explanation();
    const getvocalPersonas = vi
      .fn<() => Promise<Result<Persona[], Explanation>>>()
      .mockResolvedValueOnce({ status: "error", error: failure })
      .mockResolvedValueOnce({ status: "ok", data: [{ id: "p1", name: "Clara", type: null }] });
    renderWithBackend(<HomeScreen />, fakeBackend({ getvocalPersonas }));

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
    const failure = explanation({ code: "awaz_key_wrong", title: "The Awaz key is wrong or revoked", detail: null });
    renderWithBackend(
      <HomeScreen />,
      fakeBackend({ awazPhones: async () => ({ status: "error", error: failure }) }),
    );

    const notice = await screen.findByTestId("error-notice");
    expect(within(notice).getByText("The Awaz key is wrong or revoked")).toBeTruthy();
    expect(screen.getAllByTestId("error-notice")).toHaveLength(1);
    expect(screen.queryAllByTestId("agent-item")).toHaveLength(0);
  });

  it("says the app's engine is not available when running outside the desktop app", async () => {
    const outsideTauri = async (): Promise<never> => {
      throw new TypeError("Cannot read properties of undefined (reading 'invoke')");
    };
    renderWithBackend(
      <HomeScreen />,
      fakeBackend({ getvocalPersonas: outsideTauri, awazAgents: outsideTauri, awazPhones: outsideTauri }),
    );

    const notices = await screen.findAllByTestId("error-notice");
    expect(notices).toHaveLength(2);
    for (const notice of notices) {
      expect(within(notice).getByText("The app's engine is not available")).toBeTruthy();
    }
  });
});
