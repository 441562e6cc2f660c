import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Call, CallPage } from "../../bindings";
import { fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { awazAccounts, call } from "../../testing/awazFixtures";
import { CallLog, matchingCalls, variableText } from "./CallLog";

const calls: Call[] = [
  call(),
  call({ id: "call-2", contact: { id: "c-2", name: "Bob Busy", phone: "+12025550177", email: null }, status: "busy", extracted_variables: {} }),
];

function page(number: number, items: Call[], isLast: boolean) {
  return { status: "ok" as const, data: { page: number, items, skipped: 0, is_last: isLast } satisfies CallPage };
}

describe("Awaz call log", () => {
  it("searches loaded calls by name or by phone digits, and filters by status", () => {
    expect(matchingCalls(calls, "bob", "").map((c) => c.id)).toEqual(["call-2"]);
    expect(matchingCalls(calls, "(202) 555-0146", "").map((c) => c.id)).toEqual(["call-1"]);
    expect(matchingCalls(calls, "", "busy").map((c) => c.id)).toEqual(["call-2"]);
    expect(matchingCalls(calls, "ann", "busy")).toEqual([]);
  });

  it("words every variable for people", () => {
    expect([true, false, null, "2026-11-03", 3, { a: 1 }].map(variableText)).toEqual(["Yes", "No", "— (not given)", "2026-11-03", "3", '{"a":1}']);
  });

  it("pages with Load more, shows outcomes in words with Awaz's word one click away, and opens a call's details", async () => {
    const user = userEvent.setup();
    const awazCalls = vi
      .fn()
      .mockResolvedValueOnce(page(0, [calls[0]], false))
      .mockResolvedValueOnce(page(1, [calls[1]], true));
    renderWithBackend(
      <CallLog />,
      fakeBackend({
        listAccounts: awazAccounts,
        awazCalls,
        awazCall: async () => ({ status: "ok" as const, data: calls[0] }),
        awazThrottle: async () => ({ status: "ok" as const, data: { waiting: false, until: null, message: null } }),
      }),
    );

    const first = await screen.findByTestId("row-call-call-1");
    const badge = within(first).getByTestId("outcome-badge");
    expect(badge.textContent).toBe("Reached");
    await user.click(badge);
    expect(badge.textContent).toBe("Awaz: outcome");
    await user.click(screen.getByTestId("load-more"));
    expect((await screen.findByTestId("row-call-call-2")).textContent).toContain("Not reached");
    expect(awazCalls).toHaveBeenLastCalledWith("acc-awaz", 1);
    expect(screen.queryByTestId("load-more")).toBeNull();

    await user.type(screen.getByTestId("field-search"), "bob");
    expect(screen.queryByTestId("row-call-call-1")).toBeNull();
    expect(screen.getByTestId("export-calls").textContent).toBe("Export 1 row to CSV");
    await user.clear(screen.getByTestId("field-search"));

    await user.click(within(screen.getByTestId("row-call-call-1")).getByRole("button", { name: /Ann Example/ }));
    const details = await screen.findByTestId("call-details");
    const variables = await within(details).findAllByTestId("row-variable");
    expect(variables.map((row) => row.textContent)).toEqual(["appointment date2026-11-03", "interestedYes", "callback requested— (not given)"]);
  });
});
