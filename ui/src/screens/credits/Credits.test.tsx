import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ActionRecord, TopUpForm, WorkspaceBalance } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend, settings } from "../../testing/fakeBackend";
import { awazAccounts, awazRecord, sent } from "../../testing/awazFixtures";
import { CreditsScreen } from ".";

const balance: WorkspaceBalance = { company: { id: "w-1", email: "north-clinic@callboard.test" }, credits: 145, minutes: 300 };

function backend(overrides = {}) {
  return fakeBackend({
    listAccounts: awazAccounts,
    getSettings: async () => settings({ recent_workspaces: ["south-dental@callboard.test"] }),
    awazPlanTopUp: async (form: TopUpForm) => ({
      status: "ok" as const,
      data: { workspace: form.workspace, kind: form.kind, amount: Number(form.amount), question: `Add ${form.amount} ${form.kind} to ${form.workspace}?` },
    }),
    awazTopUps: async () => ({ status: "ok" as const, data: [] as ActionRecord[] }),
    awazThrottle: async () => ({ status: "ok" as const, data: { waiting: false, until: null, message: null } }),
    ...overrides,
  });
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, amount = "25") {
  await user.type(await screen.findByTestId("field-workspace"), "north-clinic@callboard.test");
  await user.type(screen.getByTestId("field-amount"), amount);
  await user.click(screen.getByTestId("submit-top-up"));
}

describe("Credits", () => {
  it("asks a question naming amount, kind and workspace, and a double click sends once", async () => {
    const user = userEvent.setup();
    let answer!: (value: ReturnType<typeof sent<WorkspaceBalance>>) => void;
    const awazTopUp = vi.fn(() => new Promise<ReturnType<typeof sent<WorkspaceBalance>>>((resolve) => (answer = resolve)));
    renderWithBackend(<CreditsScreen />, backend({ awazTopUp }));

    expect(await screen.findByTestId("recent-workspace")).toBeTruthy();
    await fillIn(user);
    const dialog = await screen.findByTestId("dialog-top-up");
    expect(within(dialog).getByText("Add 25 credits to north-clinic@callboard.test?")).toBeTruthy();

    await user.dblClick(screen.getByTestId("confirm-top-up"));
    expect(awazTopUp).toHaveBeenCalledTimes(1);
    expect(awazTopUp.mock.calls[0]).toEqual(["acc-awaz", expect.any(String), { workspace: "north-clinic@callboard.test", kind: "credits", amount: "25" }]);

    answer(sent(balance));
    const result = await screen.findByTestId("result-top-up");
    expect(result.textContent).toContain("now has 145 credits and 300 minutes");
  });

  it("shows a refused amount under its field and sends nothing", async () => {
    const user = userEvent.setup();
    const awazTopUp = vi.fn();
    renderWithBackend(
      <CreditsScreen />,
      backend({
        awazTopUp,
        awazPlanTopUp: async () => ({ status: "error" as const, error: explanation({ title: "The amount must be more than zero.", field: "amount" }) }),
      }),
    );
    await fillIn(user, "0");
    expect((await screen.findByTestId("problem-amount")).textContent).toBe("The amount must be more than zero.");
    expect((screen.getByTestId("field-workspace") as HTMLInputElement).value).toBe("north-clinic@callboard.test");
    expect(screen.queryByTestId("dialog-top-up")).toBeNull();
    expect(awazTopUp).not.toHaveBeenCalled();
  });

  it("after an unknown outcome, offers to check and sends again only with a new key", async () => {
    const user = userEvent.setup();
    const unknownRecord = { state: "Unknown" as const, error: "The request was sent, but no answer came back." };
    const awazTopUp = vi
      .fn()
      .mockResolvedValueOnce(sent<WorkspaceBalance>(null, unknownRecord))
      .mockResolvedValueOnce(sent(balance));
    const awazTopUps = vi.fn(async () => ({ status: "ok" as const, data: [awazRecord(unknownRecord)] }));
    renderWithBackend(<CreditsScreen />, backend({ awazTopUp, awazTopUps }));

    await fillIn(user);
    await user.click(await screen.findByTestId("confirm-top-up"));
    const notice = await screen.findByTestId("result-unknown");
    expect(notice.textContent).toContain("We don't know if it was applied");
    expect((screen.getByTestId("submit-top-up") as HTMLButtonElement).disabled).toBe(true);

    await user.click(within(notice).getByTestId("check-top-up"));
    expect(await within(notice).findByText(/Open/)).toBeTruthy();
    expect(awazTopUps).toHaveBeenCalledWith("north-clinic@callboard.test");
    await user.click(within(notice).getByTestId("confirm-resend-top-up"));

    await screen.findByTestId("result-top-up");
    expect(awazTopUp).toHaveBeenCalledTimes(2);
    expect(awazTopUp.mock.calls[1][1]).not.toBe(awazTopUp.mock.calls[0][1]);
  });

  it("lists top-ups with their outcome in words", async () => {
    renderWithBackend(
      <CreditsScreen />,
      backend({
        awazTopUps: async () => ({
          status: "ok" as const,
          data: [awazRecord({ id: 2, state: "Failed", error: "Awaz could not find it" }), awazRecord({ id: 1 })],
        }),
      }),
    );
    const outcomes = await screen.findAllByTestId("top-up-outcome");
    expect(outcomes.map((badge) => badge.textContent)).toEqual(["Not applied", "Done"]);
    expect(screen.getByTestId("export-top-ups").textContent).toBe("Export 2 rows to CSV");
  });
});
