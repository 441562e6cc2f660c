import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { account, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { fakePushes } from "../../testing/fakePushes";
import { historyRow } from "../../testing/importFixtures";
import type { HistoryQuery } from "../../bindings";
import { HistoryScreen } from ".";

const awaz = account({ id: "acc-awaz", name: "Acme – Awaz", platform: "awaz" });

beforeEach(() => {
  // jsdom has no canvas: the chart keeps its legend in words and draws nothing.
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

describe("History: everything", () => {
  it("is the first tab, shows the exact total, reads pages as the person scrolls, filters by outcome and exports", async () => {
    const user = userEvent.setup();
    const first = Array.from({ length: 200 }, (_, index) => historyRow(index));
    const second = Array.from({ length: 200 }, (_, index) => historyRow(200 + index));
    const history = vi.fn(async (_query: HistoryQuery, after: string | null) => ({
      status: "ok" as const,
      data:
        after === null
          ? { rows: first, total: 12_345, next: "cursor-1", awaz_pages_loaded: 10, complete: false }
          : { rows: second, total: null, next: "cursor-2", awaz_pages_loaded: 10, complete: false },
    }));
    const historyChart = vi.fn(async () => ({
      status: "ok" as const,
      data: [
        {
          day: "2026-11-23",
          counts: [
            { outcome: "reached" as const, count: 3 },
            { outcome: "failed" as const, count: 1 },
          ],
        },
        { day: "2026-11-24", counts: [{ outcome: "reached" as const, count: 2 }] },
      ],
    }));
    const historyExport = vi.fn(async () => ({ status: "ok" as const, data: { path: "/home/ana/Downloads/callboard-history.csv", rows: 12_345 } }));
    renderWithBackend(
      <HistoryScreen />,
      fakeBackend({ listAccounts: async () => ({ status: "ok", data: [account(), awaz] }), history, historyChart, historyExport }),
    );

    expect(screen.getByTestId("tab-everything").getAttribute("aria-selected")).toBe("true");
    expect((await screen.findByTestId("history-count")).textContent).toBe("12,345 entries");
    const listed = () => within(screen.getByTestId("history-list")).getAllByRole("listitem");
    expect(listed().length).toBeLessThan(100);
    expect(listed()[0].getAttribute("aria-setsize")).toBe("12345");
    expect(screen.getByTestId("history-incomplete")).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "Calls by outcome, per day" }, { timeout: 10_000 })).toBeTruthy();
    expect(
      within(screen.getByTestId("chart-legend"))
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Reached: 5", "Failed: 1"]);
    expect(history).toHaveBeenCalledTimes(1);
    const [firstQuery, firstAfter] = history.mock.calls[0];
    expect(firstAfter).toBeNull();
    expect(firstQuery).toMatchObject({ platforms: ["getvocal", "awaz"], account_id: null, outcomes: [], text: null, sort: "newest" });
    expect(firstQuery.from! < firstQuery.to!).toBe(true);

    // Scrolling near the end of what was read asks for the next page, once.
    const list = screen.getByTestId("history-list");
    list.scrollTop = 64 * 190;
    fireEvent.scroll(list);
    await waitFor(() => expect(history).toHaveBeenCalledTimes(2));
    expect(history.mock.calls[1]).toEqual([firstQuery, "cursor-1"]);
    expect(await screen.findByTestId("history-row-journal-203")).toBeTruthy();
    expect((screen.getByTestId("history-list").firstElementChild as HTMLElement).style.height).toBe(`${400 * 64}px`);

    await user.click(screen.getByTestId("filter-platform-awaz"));
    await user.click(screen.getByTestId("filter-outcome-not_reached"));
    await user.selectOptions(screen.getByTestId("filter-sort"), "oldest");
    await user.type(screen.getByTestId("filter-text"), "Marie");
    await waitFor(() => expect(history).toHaveBeenLastCalledWith(expect.objectContaining({ text: "Marie" }), null));
    const last = history.mock.calls.at(-1)![0];
    expect(last).toMatchObject({ platforms: ["getvocal"], outcomes: ["not_reached"], sort: "oldest", text: "Marie" });
    expect(historyChart).toHaveBeenLastCalledWith(last);
    // A new query starts again from its first page.
    await waitFor(() => expect(screen.queryByTestId("history-row-journal-203")).toBeNull());
    // Only GetVocal accounts are offered once Awaz is unticked.
    expect(
      within(screen.getByTestId("filter-account"))
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["All accounts", "Acme – GetVocal"]);

    await user.click(await screen.findByTestId("export-history"));
    expect(historyExport).toHaveBeenCalledWith(last);
  });

  it("says each row's outcome in words, with the platform's own word one click away", async () => {
    const user = userEvent.setup();
    const history = async () => ({
      status: "ok" as const,
      data: {
        rows: [
          historyRow(1, { outcome: "needs_check", status: "unknown", kind: "lead", title: "Lead Marie Dupont (+33612345678)" }),
          historyRow(2, { outcome: "reached", status: "pickup", platform: "awaz" }),
        ],
        total: 2,
        next: null,
        awaz_pages_loaded: 0,
        complete: true,
      },
    });
    renderWithBackend(<HistoryScreen />, fakeBackend({ history, historyChart: async () => ({ status: "ok", data: [] }) }));

    const lead = await screen.findByTestId("history-row-journal-1");
    expect(within(lead).getByTestId("outcome-badge").textContent).toBe("Needs a check");
    expect(lead.textContent).toContain("Lead Marie Dupont (+33612345678)");
    const call = within(screen.getByTestId("history-row-journal-2")).getByTestId("outcome-badge");
    expect(call.textContent).toBe("Reached");
    await user.click(call);
    expect(call.textContent).toBe("Awaz: pickup");
    expect(screen.getByTestId("history-count").textContent).toBe("2 entries");
    expect(await screen.findByText("No calls in these dates yet.")).toBeTruthy();
  });

  it("asks again when the Awaz call logs read after its answer changed what it shows", async () => {
    // The first answer is the calls as stored; the log read afterwards found one more.
    const answers = [[historyRow(1)], [historyRow(2, { platform: "awaz", title: "Call to Bea Saved (+12025550147)" }), historyRow(1)]];
    const history = vi.fn(async () => {
      const rows = answers[Math.min(history.mock.calls.length - 1, 1)];
      return { status: "ok" as const, data: { rows, total: rows.length, next: null, awaz_pages_loaded: 1, complete: true } };
    });
    const pushes = fakePushes();
    renderWithBackend(<HistoryScreen />, fakeBackend({ history, historyChart: async () => ({ status: "ok", data: [] }) }), pushes);

    await screen.findByTestId("history-row-journal-1");
    expect(screen.getByTestId("history-count").textContent).toBe("1 entry");
    pushes.push("historyChanged", null);
    expect((await screen.findByTestId("history-row-journal-2")).textContent).toContain("Bea Saved");
    expect(screen.getByTestId("history-count").textContent).toBe("2 entries");
    expect(history).toHaveBeenCalledTimes(2);
  });
});
