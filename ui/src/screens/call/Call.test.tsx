import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CallView } from "../../bindings";
import { NavigationProvider } from "../../navigation";
import { rememberPreferences } from "../../preferences";
import { fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { done } from "../../testing/getvocalFixtures";
import { formatDay, formatMoment } from "../../when";
import { CallScreen, durationWords } from ".";

beforeEach(() => rememberPreferences({ default_country: "FR", time_zone: "Europe/Paris" }));

function call(overrides: Partial<CallView> = {}): CallView {
  return {
    key: "journal:12",
    platform: "awaz",
    account_id: "acc-awaz",
    account_name: "Acme – Awaz",
    name: "Ann Lee",
    phone_number: "+12125550100",
    callee_zones: ["America/New_York"],
    at: "2026-11-24T14:00:00Z",
    ended_at: null,
    duration_seconds: null,
    agent_name: "Sofia",
    agent_id: "65ff9abe3fdcbe533d3be143",
    from_number: "+33187654321",
    outcome: "reached",
    status: "outcome",
    note: null,
    findings: [
      { key: "DATE_OF_BIRTH", label: "Date of birth", value: { kind: "day", day: "1984-03-02" } },
      { key: "interested", label: "Interested", value: { kind: "yes_no", yes: true } },
    ],
    findings_problem: null,
    lead_id: null,
    platform_call_id: "674b1c995e504fadc9b6fab9",
    person_history: [
      {
        key: "awaz:acc-awaz:674b1c995e504fadc9b6fa01",
        when: "2026-11-20T10:00:00Z",
        platform: "awaz",
        account_name: "Acme – Awaz",
        kind: "call",
        outcome: "not_reached",
        status: "busy",
        title: "Call to Ann Lee (+12125550100)",
        detail: null,
      },
    ],
    ...overrides,
  };
}

describe("A call's page", () => {
  it("says who, when on both clocks, the agent, the number, the outcome and what the AI found out, ids only under Technical details", async () => {
    const user = userEvent.setup();
    const openCall = vi.fn();
    const onBack = vi.fn();
    renderWithBackend(
      <NavigationProvider value={{ openCall }}>
        <CallScreen callKey="journal:12" onBack={onBack} />
      </NavigationProvider>,
      fakeBackend({ callPage: async () => ({ status: "ok", data: call() }) }),
    );
    expect(await screen.findByRole("heading", { name: "Call to Ann Lee" })).toBeTruthy();
    expect(screen.getByTestId("call-who").textContent).toBe("Ann Lee · +1 212 555 0100");
    // In the reader's language (this test runner's), on Paris time and on New York's.
    expect(screen.getByTestId("call-when").textContent).toBe(formatMoment("2026-11-24T15:00:00+01:00", "Europe/Paris"));
    expect(screen.getByTestId("call-their-time").textContent).toBe(formatMoment("2026-11-24T09:00:00-05:00", "America/New_York"));
    expect(screen.getByTestId("call-their-time").textContent).toMatch(/9:00.*\(New York time\)$/);
    expect(screen.getByTestId("call-duration").textContent).toBe("Awaz does not say");
    expect(screen.getByTestId("call-agent").textContent).toBe("Sofia");
    expect(screen.getByTestId("call-from").textContent).toBe("01 87 65 43 21");
    expect(screen.getByTestId("call-outcome").textContent).toBe("Reached");
    await user.click(within(screen.getByTestId("call-outcome")).getByTestId("outcome-badge"));
    expect(screen.getByTestId("call-outcome").textContent).toBe("Awaz: outcome");

    const findings = screen.getAllByTestId("call-finding").map((finding) => finding.textContent);
    expect(findings).toEqual([`Date of birth${formatDay("1984-03-02T12:00:00Z")}`, "InterestedYes"]);
    expect(findings[0]).toMatch(/1984/);
    // Keys and ids are only inside the Technical details disclosure.
    const outside = screen.getByTestId("call-page").cloneNode(true) as HTMLElement;
    outside.querySelector("[data-technical]")?.remove();
    expect(outside.textContent).not.toMatch(/DATE_OF_BIRTH|674b1c99|65ff9abe|journal:12/);
    expect(screen.getByTestId("call-technical").textContent).toContain("DATE_OF_BIRTH");

    const history = screen.getAllByTestId("person-history-row");
    expect(history[0].textContent).toContain("Not reached");
    await user.click(within(history[0]).getByTestId("open-call"));
    expect(openCall).toHaveBeenCalledWith("awaz:acc-awaz:674b1c995e504fadc9b6fa01");
    await user.click(screen.getByTestId("call-back"));
    expect(onBack).toHaveBeenCalled();
  });

  it("cancels a waiting GetVocal call from its page", async () => {
    const user = userEvent.setup();
    const getvocalCancelCalls = vi.fn(async () => done({ lead_id: "lead-1", cancelled: 1 }));
    const waiting = call({
      platform: "getvocal",
      name: "Marie Dupont",
      phone_number: "+33612345678",
      callee_zones: ["Europe/Paris"],
      outcome: "upcoming",
      status: "scheduled",
      findings: [],
      lead_id: "lead-1",
      agent_name: null,
      duration_seconds: 200,
      person_history: [],
    });
    renderWithBackend(
      <CallScreen callKey="journal:12" onBack={() => {}} />,
      fakeBackend({ callPage: async () => ({ status: "ok", data: waiting }), getvocalCancelCalls }),
    );
    expect(await screen.findByTestId("call-their-time")).toHaveProperty("textContent", "Same as yours");
    expect(screen.getByTestId("call-duration").textContent).toBe(durationWords(200));
    expect(screen.getByTestId("call-agent").textContent).toBe("Not known");
    expect(screen.getByTestId("call-no-findings").textContent).toBe("Nothing yet: the call has not taken place.");
    expect(screen.getByTestId("person-history-empty")).toBeTruthy();

    await user.click(within(screen.getByTestId("call-actions")).getByTestId("cancel-selected"));
    await user.click(screen.getByTestId("confirm-cancel-selected"));
    expect(getvocalCancelCalls).toHaveBeenCalledWith("acc-awaz", expect.any(String), "lead-1");
    expect((await screen.findByTestId("result-cancel-selected")).textContent).toContain("1 waiting call of Marie Dupont was cancelled.");
  });

  it("says GetVocal keeps what its AI found out once a call took place", async () => {
    const reached = call({ platform: "getvocal", findings: [], outcome: "reached", status: "completed" });
    renderWithBackend(<CallScreen callKey="journal:12" onBack={() => {}} />, fakeBackend({ callPage: async () => ({ status: "ok", data: reached }) }));
    expect((await screen.findByTestId("call-no-findings")).textContent).toContain("GetVocal does not share");
    expect(screen.getByTestId("call-actions").textContent).toBe("");
  });

  it("offers 'They said no' once the person was reached, and 'Don't call again' for the call's number and account", async () => {
    const user = userEvent.setup();
    const doNotCallAdd = vi.fn(async () => ({
      status: "ok" as const,
      data: {
        phone: "+12125550100",
        added_by: "Paul",
        account_name: "Acme – Awaz",
        reason: "",
        source: "call_details" as const,
        added_at: "2026-11-24T15:00:00Z",
      },
    }));
    renderWithBackend(
      <CallScreen callKey="journal:12" onBack={() => {}} />,
      fakeBackend({ callPage: async () => ({ status: "ok", data: call() }), doNotCallAdd }),
    );
    const actions = await screen.findByTestId("caller-actions");
    expect(within(actions).getByTestId("they-said-no")).toBeTruthy();
    await user.click(within(actions).getByTestId("dont-call-again"));
    expect(screen.getByTestId("dialog-do-not-call").textContent).toContain("Add +1 212 555 0100 to the do-not-call list?");
    await user.type(screen.getByTestId("field-caller-action-who"), "Paul");
    await user.click(screen.getByTestId("confirm-do-not-call"));
    expect(doNotCallAdd).toHaveBeenCalledWith({
      phone: "+12125550100",
      added_by: "Paul",
      reason: `Asked not to be called again (Awaz call of ${formatMoment("2026-11-24T14:00:00Z")})`,
      source: "call_details",
      account_name: "Acme – Awaz",
    });
  });

  it("does not offer 'They said no' for a call that has not reached the person", async () => {
    renderWithBackend(
      <CallScreen callKey="journal:12" onBack={() => {}} />,
      fakeBackend({ callPage: async () => ({ status: "ok", data: call({ outcome: "upcoming", status: "scheduled" }) }) }),
    );
    const actions = await screen.findByTestId("caller-actions");
    expect(within(actions).queryByTestId("they-said-no")).toBeNull();
    expect(within(actions).getByTestId("dont-call-again")).toBeTruthy();
  });

  it("writes durations in minutes and seconds", () => {
    expect(durationWords(45)).toMatch(/^45 s/);
    expect(durationWords(200)).toMatch(/^3 min.* 20 s/);
    expect(durationWords(120)).toMatch(/^2 min/);
  });
});
