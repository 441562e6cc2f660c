import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { AddFile, AddNumber, ListedNumber } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { DoNotCallScreen } from ".";

function listed(overrides: Partial<ListedNumber> = {}): ListedNumber {
  return {
    phone: "+33612345678",
    added_by: "Marie",
    account_name: null,
    reason: "Asked not to be called",
    source: "by_hand",
    added_at: "2026-12-01T10:00:00.000Z",
    ...overrides,
  };
}

describe("Do not call", () => {
  it("adds a number by hand with who and why, and shows it in the list", async () => {
    const user = userEvent.setup();
    let entries: ListedNumber[] = [];
    const doNotCallAdd = vi.fn(async (form: AddNumber) => {
      const entry = listed({ phone: "+33612345678", added_by: form.added_by, reason: form.reason });
      entries = [entry];
      return { status: "ok" as const, data: entry };
    });
    renderWithBackend(<DoNotCallScreen />, fakeBackend({ doNotCallList: async () => ({ status: "ok", data: entries }), doNotCallAdd }));
    expect(await screen.findByTestId("dnc-empty")).toBeTruthy();
    await user.type(screen.getByTestId("field-dnc-phone"), "06 12 34 56 78");
    await user.type(screen.getByTestId("field-dnc-added-by"), "Marie");
    await user.type(screen.getByTestId("field-dnc-reason"), "Said no on the phone");
    await user.click(screen.getByTestId("submit-dnc-add"));
    expect(doNotCallAdd).toHaveBeenCalledWith({
      phone: "06 12 34 56 78",
      added_by: "Marie",
      reason: "Said no on the phone",
      source: "by_hand",
      account_name: null,
    });
    expect((await screen.findByTestId("dnc-added")).textContent).toBe("+33612345678 is on the list. Callboard will not call it.");
    const row = await screen.findByTestId("dnc-row-+33612345678");
    expect(row.textContent).toContain("Said no on the phone");
    expect(row.textContent).toContain("Marie (by hand)");
  });

  it("says which field is wrong when the engine refuses a number", async () => {
    const user = userEvent.setup();
    const refused = explanation({ code: "invalid_field", field: "phone", title: "This doesn't look like a phone number from France." });
    renderWithBackend(
      <DoNotCallScreen />,
      fakeBackend({ doNotCallList: async () => ({ status: "ok", data: [] }), doNotCallAdd: async () => ({ status: "error", error: refused }) }),
    );
    await user.type(await screen.findByTestId("field-dnc-phone"), "12");
    await user.click(screen.getByTestId("submit-dnc-add"));
    expect((await screen.findByTestId("problem-phone")).textContent).toBe("This doesn't look like a phone number from France.");
  });

  it("imports an opt-out file and reports the lines without a number", async () => {
    const user = userEvent.setup();
    const doNotCallAddFile = vi.fn(async (_file: AddFile) => ({
      status: "ok" as const,
      data: { added: 2, already_listed: 1, skipped: [{ line: 4, text: "no number" }] },
    }));
    renderWithBackend(<DoNotCallScreen />, fakeBackend({ doNotCallList: async () => ({ status: "ok", data: [] }), doNotCallAddFile }));
    await user.upload(await screen.findByTestId("field-dnc-file"), new File(["33612345678\n"], "bloctel.txt", { type: "text/plain" }));
    await user.selectOptions(screen.getByTestId("field-dnc-source"), "national_list");
    await user.type(screen.getByTestId("field-dnc-file-added-by"), "Paul");
    await user.click(screen.getByTestId("submit-dnc-file"));
    const report = await screen.findByTestId("dnc-file-report");
    expect(report.textContent).toContain("2 added, 1 already on the list. 1 line had no phone number:");
    expect(report.textContent).toContain("Line 4: no number");
    const sent = doNotCallAddFile.mock.calls[0][0];
    expect(sent.file_name).toBe("bloctel.txt");
    expect(sent.source).toBe("national_list");
    expect(sent.added_by).toBe("Paul");
    expect(atob(sent.base64)).toBe("33612345678\n");
  });

  it("removes a number only after a red confirmation naming it, with the remover's name", async () => {
    const user = userEvent.setup();
    let entries = [listed()];
    const doNotCallRemove = vi.fn(async () => {
      entries = [];
      return { status: "ok" as const, data: null };
    });
    renderWithBackend(<DoNotCallScreen />, fakeBackend({ doNotCallList: async () => ({ status: "ok", data: entries }), doNotCallRemove }));
    await user.type(await screen.findByTestId("field-dnc-added-by"), "Paul");
    await user.click(await screen.findByTestId("remove-+33612345678"));
    const dialog = screen.getByTestId("dialog-dnc-remove");
    expect(within(dialog).getByText("Take +33612345678 off the do-not-call list?")).toBeTruthy();
    expect(doNotCallRemove).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("confirm-dnc-remove"));
    expect(doNotCallRemove).toHaveBeenCalledWith("+33612345678", "Paul");
    await waitFor(() => expect(screen.getByTestId("dnc-empty")).toBeTruthy());
  });
});
