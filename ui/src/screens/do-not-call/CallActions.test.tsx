import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { AddNumber, RefusalForm } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { CallerActions } from "./CallActions";

function render(reached: boolean, overrides = {}) {
  const calls = {
    doNotCallAdd: vi.fn(async (form: AddNumber) => ({
      status: "ok" as const,
      data: {
        phone: "+33612345678",
        added_by: form.added_by,
        account_name: form.account_name,
        reason: form.reason,
        source: form.source,
        added_at: "2026-12-05T18:31:00Z",
      },
    })),
    callingRecordRefusal: vi.fn(async (form: RefusalForm) => ({
      status: "ok" as const,
      data: {
        phone: "+33612345678",
        refused_at: "2026-12-05T18:31:00Z",
        effect: `Callboard will not call +33612345678 for “Clinics – Awaz”: French refusal cool-down: said no on Saturday 5 December 2026 19:31 (Europe/Paris); may be called again from Thursday 4 February 2027 00:00 (Europe/Paris). (${form.recorded_by})`,
      },
    })),
    ...overrides,
  };
  renderWithBackend(
    <CallerActions accountId="acc-awaz" accountName="Clinics – Awaz" phone="+33 6 12 34 56 78" call="Awaz call c-42" reached={reached} />,
    fakeBackend(calls),
  );
  return calls;
}

describe("From a call's details", () => {
  it("'Don't call again' asks a plain confirmation naming the number, then lists it with who, why and the account", async () => {
    const user = userEvent.setup();
    const { doNotCallAdd } = render(false);
    expect(screen.queryByTestId("they-said-no")).toBeNull();

    await user.click(screen.getByTestId("dont-call-again"));
    const dialog = screen.getByTestId("dialog-do-not-call");
    expect(dialog.textContent).toContain("Add +33 6 12 34 56 78 to the do-not-call list?");
    expect(dialog.textContent).toContain("from any account, on GetVocal or Awaz");
    expect((within(dialog).getByTestId("confirm-do-not-call") as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(dialog).getByTestId("field-caller-action-who"), "Paul");
    expect(doNotCallAdd).not.toHaveBeenCalled();
    await user.click(within(dialog).getByTestId("confirm-do-not-call"));

    expect(doNotCallAdd).toHaveBeenCalledWith({
      phone: "+33 6 12 34 56 78",
      added_by: "Paul",
      reason: "Asked not to be called again (Awaz call c-42)",
      source: "call_details",
      account_name: "Clinics – Awaz",
    });
    expect((await screen.findByTestId("caller-action-done")).textContent).toBe(
      "+33612345678 is on the do-not-call list: Callboard will not call it again, from any account.",
    );
    expect(screen.queryByTestId("dialog-do-not-call")).toBeNull();
  });

  it("'They said no' is offered for a call that reached the person, and records a refusal saying what it changes", async () => {
    const user = userEvent.setup();
    const { callingRecordRefusal } = render(true);

    await user.click(screen.getByTestId("they-said-no"));
    const dialog = screen.getByTestId("dialog-refusal");
    expect(dialog.textContent).toContain("Record that the person at +33 6 12 34 56 78 said no during this call?");
    expect(dialog.textContent).toContain("60 full days");
    await user.type(within(dialog).getByTestId("field-caller-action-who"), "Paul");
    await user.click(within(dialog).getByTestId("confirm-refusal"));

    expect(callingRecordRefusal).toHaveBeenCalledWith({ account_id: "acc-awaz", phone: "+33 6 12 34 56 78", call: "Awaz call c-42", recorded_by: "Paul" });
    expect((await screen.findByTestId("caller-action-done")).textContent).toContain("may be called again from Thursday 4 February 2027");
  });

  it("keeps the confirmation open with the engine's reason when it refuses", async () => {
    const user = userEvent.setup();
    render(true, {
      callingRecordRefusal: async () => ({
        status: "error" as const,
        error: explanation({ code: "invalid_field", field: "phone", title: "This doesn't look like a phone number." }),
      }),
    });
    await user.click(screen.getByTestId("they-said-no"));
    await user.type(screen.getByTestId("field-caller-action-who"), "Paul");
    await user.click(screen.getByTestId("confirm-refusal"));
    expect(await screen.findByText("This doesn't look like a phone number.")).toBeTruthy();
    expect(screen.getByTestId("dialog-refusal")).toBeTruthy();
    expect(screen.queryByTestId("caller-action-done")).toBeNull();
  });
});
