import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { CallForm, KnownLead, PlacedCall, ScheduleAt } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { accounts, done, unknown } from "../../testing/getvocalFixtures";
import { ScheduleScreen } from ".";

const marie: KnownLead = { id: "lead-1", name: "Marie Dupont", phone_number: "+33612345678", customer_lead_id: null, created_at: "2026-11-24T13:00:00Z" };

const placed: PlacedCall = {
  when: "Wed 25 Nov 2026, 15:00 Europe/Paris (14:00 UTC)",
  call: {
    id: "call-9",
    call_status: "scheduled",
    lead_id: "lead-1",
    to_phone_number: "+33612345678",
    from_phone_number: "+33180000000",
    start_time: "2026-11-25T14:00:00Z",
  },
};

function backend(overrides = {}) {
  return fakeBackend({
    listAccounts: accounts,
    getvocalPersonas: async () => ({ status: "ok", data: [{ id: "p-1", name: "Outbound Lead Qualification", type: null }] }),
    getvocalKnownLeads: async () => ({ status: "ok", data: [marie] }),
    scheduleTimeZones: async () => ({ zones: ["America/New_York", "Europe/Paris", "UTC"], default_zone: "Europe/Paris" }),
    previewScheduleTime: async (at: ScheduleAt) =>
      at.date < "2026-01-01"
        ? { status: "error" as const, error: explanation({ title: "This date has passed.", field: "date" }) }
        : { status: "ok" as const, data: `Wed 25 Nov 2026, ${at.time} ${at.zone} (14:00 UTC)` },
    ...overrides,
  });
}

describe("Schedule a GetVocal call", () => {
  it("schedules a call at a chosen time, shown in the zone and in UTC, after a confirmation", async () => {
    const user = userEvent.setup();
    const getvocalPlaceCall = vi.fn(async (_account: string, _key: string, _form: CallForm) => done(placed));
    renderWithBackend(<ScheduleScreen />, backend({ getvocalPlaceCall }));

    expect((await screen.findByTestId("tab-getvocal-call")).getAttribute("aria-selected")).toBe("true");
    await user.click(await screen.findByTestId("field-when-later"));
    expect((screen.getByTestId("field-zone") as HTMLSelectElement).value).toBe("Europe/Paris");
    await user.type(screen.getByTestId("field-date"), "2026-11-25");
    await user.type(screen.getByTestId("field-time"), "15:00");
    expect((await screen.findByTestId("schedule-preview")).textContent).toBe("Wed 25 Nov 2026, 15:00 Europe/Paris (14:00 UTC)");

    await user.click(screen.getByTestId("submit-call"));
    expect(getvocalPlaceCall).not.toHaveBeenCalled();
    expect(screen.getByTestId("confirm-call-panel").textContent).toContain(
      "Schedule a call to Marie Dupont (+33 6 12 34 56 78) with “Outbound Lead Qualification” on Wed 25 Nov 2026, 15:00 Europe/Paris (14:00 UTC)?",
    );
    await user.click(screen.getByTestId("confirm-call"));

    expect(getvocalPlaceCall.mock.calls[0][2]).toEqual({
      persona_id: "p-1",
      lead_id: "lead-1",
      when: { kind: "at", date: "2026-11-25", time: "15:00", zone: "Europe/Paris" },
    });
    const result = await screen.findByTestId("result-call");
    expect(within(result).getByTestId("result-call-status").textContent).toBe("Upcoming");
    expect(within(result).getByTestId("result-call-id").textContent).toBe("call-9");
    expect(result.textContent).toContain("+33 1 80 00 00 00");
    // Done: a confirmation at the top, announced, the form locked until "Schedule another call".
    expect(result.getAttribute("role")).toBe("status");
    expect(screen.getByTestId("call-form").compareDocumentPosition(result) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(screen.queryByTestId("submit-call")).toBeNull();
    expect((screen.getByTestId("field-persona_id") as HTMLSelectElement).matches(":disabled")).toBe(true);
    await user.click(screen.getByTestId("done-again"));
    expect(screen.queryByTestId("result-call")).toBeNull();
    expect((screen.getByTestId("submit-call") as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows a past date under the date field while typing", async () => {
    const user = userEvent.setup();
    renderWithBackend(<ScheduleScreen />, backend());
    await user.click(await screen.findByTestId("field-when-later"));
    await user.type(screen.getByTestId("field-date"), "2025-01-01");
    await user.type(screen.getByTestId("field-time"), "09:00");
    expect((await screen.findByTestId("problem-date")).textContent).toBe("This date has passed.");
  });

  it("calls a lead typed by its GetVocal id now, and explains GetVocal's refusal", async () => {
    const user = userEvent.setup();
    const waiting = explanation({ code: "getvocal.already_queued", title: "This lead already has a call waiting.", field: null });
    const getvocalPlaceCall = vi.fn(async () => ({ status: "error" as const, error: waiting }));
    renderWithBackend(<ScheduleScreen />, backend({ getvocalPlaceCall }));

    await user.selectOptions(await screen.findByTestId("field-lead"), "typed");
    await user.type(screen.getByTestId("field-lead_id"), "lead-77");
    await user.click(screen.getByTestId("submit-call"));
    expect(screen.getByTestId("confirm-call-panel").textContent).toContain("Call the lead with GetVocal ID lead-77 now");
    await user.click(screen.getByTestId("confirm-call"));

    expect(getvocalPlaceCall).toHaveBeenCalledWith("acc-1", expect.any(String), { persona_id: "p-1", lead_id: "lead-77", when: { kind: "now" } });
    expect((await screen.findByTestId("error-notice")).textContent).toContain("This lead already has a call waiting.");
  });

  it("after an unknown outcome, allows a new attempt only once the person checked, with a new key", async () => {
    const user = userEvent.setup();
    const getvocalPlaceCall = vi
      .fn()
      .mockResolvedValueOnce(unknown())
      .mockResolvedValueOnce(done({ ...placed, when: "Now" }));
    renderWithBackend(<ScheduleScreen />, backend({ getvocalPlaceCall }));

    await user.click(await screen.findByTestId("submit-call"));
    await user.click(screen.getByTestId("confirm-call"));
    expect((await screen.findByTestId("result-unknown")).textContent).toContain("We don't know whether this was applied");
    expect((screen.getByTestId("submit-call") as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId("confirm-try-again") as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByTestId("confirm-checked"));
    await user.click(screen.getByTestId("confirm-try-again"));
    await user.click(screen.getByTestId("submit-call"));
    await user.click(screen.getByTestId("confirm-call"));
    await screen.findByTestId("result-call");
    const [first, second] = getvocalPlaceCall.mock.calls.map((call) => call[1]);
    expect(second).not.toBe(first);
  });

  it("cancels the lead's waiting calls after a confirmation and says how many", async () => {
    const user = userEvent.setup();
    const getvocalCancelCalls = vi.fn(async () => done({ lead_id: "lead-1", cancelled: 2 }));
    renderWithBackend(<ScheduleScreen />, backend({ getvocalCancelCalls }));

    await user.click(await screen.findByTestId("cancel-selected"));
    expect(screen.getByTestId("dialog-cancel-selected").textContent).toContain("Cancel every waiting call of Marie Dupont (+33 6 12 34 56 78)?");
    await user.click(screen.getByTestId("confirm-cancel-selected"));

    expect(getvocalCancelCalls).toHaveBeenCalledWith("acc-1", expect.any(String), "lead-1");
    expect((await screen.findByTestId("result-cancel-selected")).textContent).toContain("2 waiting calls of Marie Dupont (+33 6 12 34 56 78) were cancelled.");
  });
});
