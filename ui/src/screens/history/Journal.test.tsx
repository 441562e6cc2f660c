import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ActionRecord, Platform } from "../../bindings";
import { fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { record } from "../../testing/getvocalFixtures";
import { Journal } from "./Journal";

const records: ActionRecord[] = [
  record({
    id: 3,
    kind: "get_vocal_call",
    summary: "Call Marie Dupont (+33612345678) now",
    state: "Unknown",
    error: "GetVocal did not answer in time.",
    response: null,
  }),
  record({ id: 2, kind: "get_vocal_call", summary: "Call Marie Dupont (+33612345678) now", state: "Failed", error: "This lead already has a call waiting." }),
  record({ id: 1, response: '{"id":"lead-1","status":"CREATED"}' }),
];

describe("History: what Callboard did", () => {
  it("lists each action with an outcome in plain words, and shows what was sent and received", async () => {
    const user = userEvent.setup();
    renderWithBackend(<Journal />, fakeBackend({ actionHistory: async () => ({ status: "ok", data: records }) }));

    const rows = await screen.findAllByTestId(/^row-action-/);
    expect(rows.map((row) => within(row).getAllByRole("cell")[3].textContent)).toEqual(["Needs a check", "Refused", "Done"]);
    await user.click(within(rows[2]).getByRole("button", { name: /Create the lead/ }));
    const details = screen.getByTestId("action-details");
    expect(within(details).getAllByText(/"phone_number": "\+33612345678"/)).toHaveLength(1);
    expect(details.textContent).toContain('"status": "CREATED"');
  });

  it("filters by platform and text", async () => {
    const user = userEvent.setup();
    const actionHistory = vi.fn(async (_platform: Platform | null, _text: string) => ({ status: "ok" as const, data: [] as ActionRecord[] }));
    renderWithBackend(<Journal />, fakeBackend({ actionHistory }));

    expect(await screen.findByText(/Nothing yet/)).toBeTruthy();
    await user.selectOptions(screen.getByTestId("field-platform"), "getvocal");
    await user.type(screen.getByTestId("field-search"), "Marie");
    await waitFor(() => expect(actionHistory).toHaveBeenLastCalledWith("getvocal", "Marie"));
    expect(await screen.findByText("Nothing matches this search.")).toBeTruthy();
  });
});
