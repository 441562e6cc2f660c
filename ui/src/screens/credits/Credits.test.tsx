import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ActionRecord, TopUpForm, TopUpPlan, WorkspaceBalance } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend, settings } from "../../testing/fakeBackend";
import { awazAccounts, awazRecord, sent } from "../../testing/awazFixtures";
import { formatMoment } from "../../when";
import { CreditsScreen } from ".";

const balance: WorkspaceBalance = { company: { id: "w-1", email: "north-clinic@callboard.test" }, credits: 145, minutes: 300 };
const typed: TopUpForm = { workspace: "north-clinic@callboard.test", kind: "credits", amount: "25" };

/** As the engine answers: a key bound to this form (numbered, so each review's key differs). */
function planFor(form: TopUpForm, review: number, unsettled: ActionRecord | null = null): TopUpPlan {
  return {
    workspace: form.workspace,
    kind: form.kind,
    amount: Number(form.amount),
    question: `Add ${form.amount} ${form.kind} to ${form.workspace}?`,
    action_key: `review-${review}.${form.amount}`,
    form,
    unsettled,
  };
}

/** A fake `awazPlanTopUp`: each review gets a new key; `unsettled[n]` is the n-th review's earlier top-up. */
function planner(unsettled: (ActionRecord | null)[] = []) {
  let reviews = 0;
  return vi.fn(async (_accountId: string, form: TopUpForm) => {
    reviews += 1;
    return { status: "ok" as const, data: planFor(form, reviews, unsettled[reviews - 1] ?? null) };
  });
}

function backend(overrides = {}) {
  return fakeBackend({
    listAccounts: awazAccounts,
    getSettings: async () => settings({ recent_workspaces: ["south-dental@callboard.test"] }),
    awazPlanTopUp: planner(),
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

const field = (id: string) => screen.getByTestId(id) as HTMLInputElement;
/** Disabled by itself or by the locked group around it (what the person experiences). */
const locked = (id: string) => screen.getByTestId(id).matches(":disabled");

/** A top-up sent before whose outcome is unknown (a 502 after Awaz applied it, say). */
const earlier = awazRecord({
  id: 7,
  state: "Unknown",
  summary: "Add 10 credits to north-clinic@callboard.test",
  created_at: "2026-11-24T14:00:00Z",
  error: "Awaz's gateway answered 502 after the request reached it.",
});

describe("Credits", () => {
  it("asks a question naming amount, kind and workspace, and a double click sends once", async () => {
    const user = userEvent.setup();
    let answer!: (value: ReturnType<typeof sent<WorkspaceBalance>>) => void;
    const awazTopUp = vi.fn(() => new Promise<ReturnType<typeof sent<WorkspaceBalance>>>((resolve) => (answer = resolve)));
    const awazPlanTopUp = planner();
    renderWithBackend(<CreditsScreen />, backend({ awazTopUp, awazPlanTopUp }));

    expect(await screen.findByTestId("recent-workspace")).toBeTruthy();
    await fillIn(user);
    const dialog = await screen.findByTestId("dialog-top-up");
    expect(within(dialog).getByText("Add 25 credits to north-clinic@callboard.test?")).toBeTruthy();
    expect(awazPlanTopUp).toHaveBeenCalledWith("acc-awaz", typed);

    await user.dblClick(screen.getByTestId("confirm-top-up"));
    expect(awazTopUp).toHaveBeenCalledTimes(1);
    expect(awazTopUp.mock.calls[0]).toEqual(["acc-awaz", "review-1.25", typed]);

    answer(sent(balance));
    const result = await screen.findByTestId("result-top-up");
    expect(result.textContent).toContain("now has 145 credits and 300 minutes");
  });

  it("locks the form while the question is open and sends the reviewed form under its key", async () => {
    const user = userEvent.setup();
    const awazTopUp = vi.fn(async () => sent(balance));
    renderWithBackend(<CreditsScreen />, backend({ awazTopUp }));

    await fillIn(user);
    await screen.findByTestId("dialog-top-up");
    for (const id of ["field-workspace", "field-amount", "field-kind-credits", "field-kind-minutes", "recent-workspace"]) {
      expect(locked(id), id).toBe(true);
    }
    // Typing does nothing; even a change that reaches the form is not what gets sent.
    await user.type(field("field-amount"), "0");
    expect(field("field-amount").value).toBe("25");
    fireEvent.change(field("field-amount"), { target: { value: "2500" } });
    await user.click(screen.getByTestId("confirm-top-up"));

    await screen.findByTestId("result-top-up");
    expect(awazTopUp).toHaveBeenCalledTimes(1);
    expect(awazTopUp.mock.calls[0]).toEqual(["acc-awaz", "review-1.25", typed]);
    // Done: the form stays locked, so it can't be sent again by accident, until "Top up again".
    expect(locked("field-amount")).toBe(true);
    expect(screen.queryByTestId("submit-top-up")).toBeNull();
    expect(screen.getByTestId("form-done").textContent).toBe("Done");
    await user.click(screen.getByTestId("done-again"));
    expect(locked("field-amount")).toBe(false);
    expect(field("field-amount").value).toBe("");
  });

  it("unlocks the form on Cancel, and a new review gets a new key", async () => {
    const user = userEvent.setup();
    const awazTopUp = vi.fn(async () => sent(balance));
    renderWithBackend(<CreditsScreen />, backend({ awazTopUp }));

    await fillIn(user);
    await user.click(await screen.findByTestId("cancel-top-up"));
    expect(screen.queryByTestId("dialog-top-up")).toBeNull();
    expect(locked("field-amount")).toBe(false);
    await user.clear(field("field-amount"));
    await user.type(field("field-amount"), "30");
    await user.click(screen.getByTestId("submit-top-up"));
    expect(within(await screen.findByTestId("dialog-top-up")).getByText("Add 30 credits to north-clinic@callboard.test?")).toBeTruthy();
    await user.click(screen.getByTestId("confirm-top-up"));
    await screen.findByTestId("result-top-up");
    expect(awazTopUp.mock.calls[0]).toEqual(["acc-awaz", "review-2.30", { ...typed, amount: "30" }]);
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
    expect(field("field-workspace").value).toBe("north-clinic@callboard.test");
    expect(locked("field-workspace")).toBe(false);
    expect(screen.queryByTestId("dialog-top-up")).toBeNull();
    expect(awazTopUp).not.toHaveBeenCalled();
  });

  it.each([
    { button: "settle-applied", applied: true },
    { button: "settle-not-applied", applied: false },
  ])("names an unsettled earlier top-up instead of asking, and asks only once it is settled ($button)", async ({ button, applied }) => {
    const user = userEvent.setup();
    const awazTopUp = vi.fn(async () => sent(balance));
    const awazPlanTopUp = planner([earlier, null]);
    const settleAction = vi.fn(async () => ({ status: "ok" as const, data: { ...earlier, state: applied ? ("Succeeded" as const) : ("Failed" as const) } }));
    renderWithBackend(<CreditsScreen />, backend({ awazTopUp, awazPlanTopUp, settleAction }));

    await fillIn(user);
    const panel = await screen.findByTestId("unsettled-top-up");
    expect(screen.queryByTestId("dialog-top-up")).toBeNull();
    expect(screen.queryByTestId("confirm-top-up")).toBeNull();
    expect(panel.textContent).toContain("Add 10 credits to north-clinic@callboard.test");
    expect(panel.textContent).toContain(formatMoment("2026-11-24T14:00:00Z"));
    expect(panel.textContent).toContain("Clinics – Awaz");
    expect(panel.textContent).toContain("may have gone through");
    expect(within(panel).getByTestId("what-to-check").textContent).toContain("look at its credits balance");
    expect(locked("field-amount")).toBe(true);

    await user.dblClick(within(panel).getByTestId(button));
    expect(settleAction).toHaveBeenCalledTimes(1);
    expect(settleAction).toHaveBeenCalledWith(7, applied);
    const dialog = await screen.findByTestId("dialog-top-up");
    expect(within(dialog).getByText("Add 25 credits to north-clinic@callboard.test?")).toBeTruthy();
    expect(screen.queryByTestId("unsettled-top-up")).toBeNull();
    expect(awazPlanTopUp).toHaveBeenCalledTimes(2);
    expect(awazPlanTopUp.mock.calls[1]).toEqual(["acc-awaz", typed]);
    expect(awazTopUp).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("confirm-top-up"));
    await screen.findByTestId("result-top-up");
    expect(awazTopUp.mock.calls[0]).toEqual(["acc-awaz", "review-2.25", typed]);
  });

  it("when Awaz refuses because an earlier top-up is unsettled, shows that one", async () => {
    const user = userEvent.setup();
    const awazTopUp = vi.fn(async () => ({
      status: "error" as const,
      error: explanation({ code: "journal.unsettled_earlier", title: "Not sent: an earlier one may still go through.", field: "workspace" }),
    }));
    const awazPlanTopUp = planner([null, earlier]);
    renderWithBackend(<CreditsScreen />, backend({ awazTopUp, awazPlanTopUp }));

    await fillIn(user);
    await user.click(await screen.findByTestId("confirm-top-up"));
    expect((await screen.findByTestId("unsettled-top-up")).textContent).toContain("Add 10 credits to north-clinic@callboard.test");
    expect(awazPlanTopUp.mock.calls[1]).toEqual(["acc-awaz", typed]);
    expect(awazTopUp).toHaveBeenCalledTimes(1);
  });

  it("after an unknown outcome, says what to check; 'not applied' settles it and asks again before sending", async () => {
    const user = userEvent.setup();
    const unknownRecord = { state: "Unknown" as const, error: "Awaz's gateway answered 502 after the request reached it." };
    const awazTopUp = vi.fn().mockResolvedValueOnce(sent<WorkspaceBalance>(null, unknownRecord)).mockResolvedValueOnce(sent(balance));
    const awazTopUps = vi.fn(async () => ({ status: "ok" as const, data: [awazRecord(unknownRecord)] }));
    const settleAction = vi.fn(async () => ({ status: "ok" as const, data: awazRecord({ state: "Failed" }) }));
    const awazPlanTopUp = planner();
    renderWithBackend(<CreditsScreen />, backend({ awazTopUp, awazTopUps, settleAction, awazPlanTopUp }));

    await fillIn(user);
    await user.click(await screen.findByTestId("confirm-top-up"));
    const notice = await screen.findByTestId("result-unknown");
    expect(notice.textContent).toContain("This may have gone through");
    expect(notice.textContent).toContain("Awaz (or a server on the way) answered with an error after receiving it. Don't send it again yet");
    expect(within(notice).getByTestId("what-to-check").textContent).toContain("north-clinic@callboard.test");
    expect(within(notice).getByTestId("what-to-check").textContent).toContain("credits balance");
    await waitFor(() => expect(awazTopUps).toHaveBeenCalledWith("north-clinic@callboard.test"));
    expect(locked("field-amount")).toBe(false);

    await user.click(within(notice).getByTestId("confirm-resend-top-up"));
    expect(settleAction).toHaveBeenCalledWith(7, false);
    const dialog = await screen.findByTestId("dialog-top-up");
    expect(awazTopUp).toHaveBeenCalledTimes(1);
    expect(awazPlanTopUp).toHaveBeenCalledTimes(2);
    expect(within(dialog).getByText("Add 25 credits to north-clinic@callboard.test?")).toBeTruthy();

    await user.click(screen.getByTestId("confirm-top-up"));
    await screen.findByTestId("result-top-up");
    expect(awazTopUp).toHaveBeenCalledTimes(2);
    expect(awazTopUp.mock.calls[1]).toEqual(["acc-awaz", "review-2.25", typed]);
  });

  it("after an unknown outcome, 'it was applied' settles it and sends nothing", async () => {
    const user = userEvent.setup();
    const awazTopUp = vi.fn().mockResolvedValueOnce(sent<WorkspaceBalance>(null, { state: "Unknown" }));
    const settleAction = vi.fn(async () => ({ status: "ok" as const, data: awazRecord({ state: "Succeeded" }) }));
    const awazPlanTopUp = planner();
    renderWithBackend(<CreditsScreen />, backend({ awazTopUp, settleAction, awazPlanTopUp }));

    await fillIn(user);
    await user.click(await screen.findByTestId("confirm-top-up"));
    await user.click(within(await screen.findByTestId("result-unknown")).getByTestId("top-up-was-applied"));
    expect(settleAction).toHaveBeenCalledWith(7, true);
    await waitFor(() => expect(screen.queryByTestId("result-unknown")).toBeNull());
    expect(screen.queryByTestId("dialog-top-up")).toBeNull();
    expect(awazTopUp).toHaveBeenCalledTimes(1);
    expect(awazPlanTopUp).toHaveBeenCalledTimes(1);
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
    expect(outcomes.map((badge) => badge.textContent)).toEqual(["Refused", "Done"]);
    expect(screen.getByTestId("export-top-ups").textContent).toBe("Export 2 rows to CSV");
  });
});
