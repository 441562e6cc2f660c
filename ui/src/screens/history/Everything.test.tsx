import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { account, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { historyRow } from "../../testing/importFixtures";
import type { HistoryQuery } from "../../bindings";
import { HistoryScreen } from ".";

const awaz = account({ id: "acc-awaz", name: "Acme – Awaz", platform: "awaz" });

beforeEach(() => {
  // jsdom has no canvas: the chart keeps its legend in words and draws nothing.
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

describe("History: everything", () => {
  it("is the first tab, filters by platform, status and text, and exports what it shows", async () => {
    const user = userEvent.setup();
    const rows = Array.from({ length: 10_000 }, (_, index) => historyRow(index));
    const history = vi.fn(async (_query: HistoryQuery) => ({ status: "ok" as const, data: { rows, awaz_pages_loaded: 10, complete: false } }));
    const historyChart = vi.fn(async () => ({
      status: "ok" as const,
      data: [
        { day: "2026-11-23", counts: [{ status: "completed", count: 3 }, { status: "failed", count: 1 }] },
        { day: "2026-11-24", counts: [{ status: "completed", count: 2 }] },
      ],
    }));
    const historyExport = vi.fn(async () => ({ status: "ok" as const, data: { path: "/home/ana/Downloads/callboard-history.csv", rows: 10_000 } }));
    renderWithBackend(<HistoryScreen />, fakeBackend({ listAccounts: async () => ({ status: "ok", data: [account(), awaz] }), history, historyChart, historyExport }));

    expect(screen.getByTestId("tab-everything").getAttribute("aria-selected")).toBe("true");
    expect((await screen.findByTestId("history-count")).textContent).toBe("10,000 entries");
    expect(screen.getAllByRole("listitem").length).toBeLessThan(100);
    expect(screen.getByTestId("history-incomplete")).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "Calls by outcome, per day" })).toBeTruthy();
    expect(within(screen.getByTestId("chart-legend")).getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Completed: 5", "Failed: 1"]);
    const first = history.mock.calls[0][0];
    expect(first).toMatchObject({ platforms: ["getvocal", "awaz"], account_id: null, statuses: [], text: null, sort: "newest" });
    expect(first.from! < first.to!).toBe(true);

    await user.click(screen.getByTestId("filter-platform-awaz"));
    await user.click(screen.getByTestId("filter-status-failed"));
    await user.selectOptions(screen.getByTestId("filter-sort"), "oldest");
    await user.type(screen.getByTestId("filter-text"), "Marie");
    await waitFor(() => expect(history).toHaveBeenLastCalledWith(expect.objectContaining({ text: "Marie" })));
    const last = history.mock.calls.at(-1)![0];
    expect(last).toMatchObject({ platforms: ["getvocal"], statuses: ["failed"], sort: "oldest", text: "Marie" });
    expect(historyChart).toHaveBeenLastCalledWith(last);
    // Only GetVocal accounts are offered once Awaz is unticked.
    expect(within(screen.getByTestId("filter-account")).getAllByRole("option").map((option) => option.textContent)).toEqual(["All accounts", "Acme – GetVocal"]);

    await user.click(await screen.findByTestId("export-history"));
    expect(historyExport).toHaveBeenCalledWith(last);
    expect((await screen.findByTestId("result-export-history")).textContent).toContain("/home/ana/Downloads/callboard-history.csv");
  });

  it("says the status of each row in words", async () => {
    const history = async () => ({
      status: "ok" as const,
      data: { rows: [historyRow(1, { status: "unknown", kind: "lead", title: "Lead Marie Dupont (+33612345678)" })], awaz_pages_loaded: 0, complete: true },
    });
    renderWithBackend(<HistoryScreen />, fakeBackend({ history, historyChart: async () => ({ status: "ok", data: [] }) }));

    const row = await screen.findByTestId("history-row-journal-1");
    expect(within(row).getByTestId("history-status").textContent).toBe("Unknown — check");
    expect(row.textContent).toContain("Lead Marie Dupont (+33612345678)");
    expect(await screen.findByText("No calls in these dates yet.")).toBeTruthy();
  });
});
