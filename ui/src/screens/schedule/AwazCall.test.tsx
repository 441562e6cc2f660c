import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { AwazCallForm, Call } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { awazAccounts, call, directory, sent } from "../../testing/awazFixtures";
import { AwazCall } from "./AwazCall";

function backend(overrides = {}) {
  return fakeBackend({
    listAccounts: awazAccounts,
    awazDirectory: async () => ({ status: "ok" as const, data: directory }),
    awazKnownContacts: async () => ({ status: "ok" as const, data: [{ id: "c-9", name: "Bea Saved", phone: "+12025550147", email: "bea@example.com" }] }),
    scheduleTimeZones: async () => ({ zones: ["America/New_York", "UTC"], default_zone: "America/New_York" }),
    previewScheduleTime: async () => ({ status: "ok" as const, data: "Wed 25 Nov 2026, 15:00 America/New_York (20:00 UTC)" }),
    awazThrottle: async () => ({ status: "ok" as const, data: { waiting: false, until: null, message: null } }),
    ...overrides,
  });
}

describe("Schedule an Awaz call", () => {
  it("picks a saved contact, confirms in plain words and shows the call id", async () => {
    const user = userEvent.setup();
    // The answer is held until both clicks of the double click have landed, as when the platform
    // takes longer to answer than a double click lasts.
    let answer = () => {};
    const awazScheduleCall = vi.fn(
      (_account: string, _key: string, _form: AwazCallForm) =>
        new Promise<ReturnType<typeof sent<Call>>>((resolve) => {
          answer = () => resolve(sent<Call>(call({ id: "call-42", status: "scheduled" }), { kind: "awaz_call", summary: "Call Bea Saved (+12025550147) now" }));
        }),
    );
    renderWithBackend(<AwazCall />, backend({ awazScheduleCall }));

    await user.selectOptions(await screen.findByTestId("field-contact"), "+12025550147");
    expect((screen.getByTestId("field-contact_name") as HTMLInputElement).value).toBe("Bea Saved");
    await user.click(screen.getByTestId("submit-awaz-call"));
    const dialog = screen.getByTestId("dialog-awaz-call");
    expect(dialog.textContent).toContain("Have “Reception assistant” call Bea Saved at (202) 555-0147 now, from (202) 555-0101?");

    await user.dblClick(within(dialog).getByTestId("confirm-awaz-call"));
    expect(awazScheduleCall).toHaveBeenCalledTimes(1);
    expect(awazScheduleCall.mock.calls[0][2]).toEqual({
      agent_id: "agent-1",
      from_phone_id: "phone-1",
      contact_name: "Bea Saved",
      contact_phone: "+12025550147",
      when: { kind: "now" },
    });
    answer();
    expect((await screen.findByTestId("result-awaz-call-id")).textContent).toBe("call-42");
    expect(awazScheduleCall).toHaveBeenCalledTimes(1);
  });

  it("sends a later time with its zone and shows a refused phone under its field", async () => {
    const user = userEvent.setup();
    const refusal = explanation({ title: "This doesn't look like a phone number from United States.", field: "contact_phone" });
    const awazScheduleCall = vi.fn(async () => ({ status: "error" as const, error: refusal }));
    renderWithBackend(<AwazCall />, backend({ awazScheduleCall }));

    await user.type(await screen.findByTestId("field-contact_name"), "Ann");
    await user.type(screen.getByTestId("field-contact_phone"), "555");
    await user.click(screen.getByTestId("field-when-later"));
    await user.type(screen.getByTestId("field-date"), "2026-11-25");
    await user.type(screen.getByTestId("field-time"), "15:00");
    expect((await screen.findByTestId("schedule-preview")).textContent).toContain("(20:00 UTC)");
    await user.click(screen.getByTestId("submit-awaz-call"));
    await user.click(screen.getByTestId("confirm-awaz-call"));

    expect(awazScheduleCall.mock.calls[0]).toContainEqual(
      expect.objectContaining({
        when: { kind: "at", date: "2026-11-25", time: "15:00", zone: "America/New_York" },
      }),
    );
    expect((await screen.findByTestId("problem-contact_phone")).textContent).toBe(refusal.title);
    expect((screen.getByTestId("field-contact_name") as HTMLInputElement).value).toBe("Ann");
  });
});
