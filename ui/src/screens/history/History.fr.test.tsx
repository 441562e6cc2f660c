import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { WordsProvider } from "../../i18n";
import { account, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { historyRow } from "../../testing/importFixtures";
import { HistoryScreen } from ".";

beforeEach(() => {
  // jsdom has no canvas: the chart keeps its legend in words and draws nothing.
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

describe("History, in French", () => {
  it("names its tabs, filters and count in French, with French numbers", async () => {
    renderWithBackend(
      <WordsProvider language="fr">
        <HistoryScreen />
      </WordsProvider>,
      fakeBackend({
        listAccounts: async () => ({ status: "ok", data: [account()] }),
        history: async () => ({ status: "ok", data: { rows: [historyRow(0)], total: 12_345, next: null, awaz_pages_loaded: 1, complete: true } }),
        historyChart: async () => ({ status: "ok", data: [] }),
      }),
    );

    expect((await screen.findByTestId("history-count")).textContent).toBe("12\u202f345 entrées");
    expect(screen.getByRole("tab", { name: "Ce que Callboard a fait" })).toBeTruthy();
    expect(screen.getByLabelText("Compte")).toBeTruthy();
    expect(screen.getByRole("option", { name: "Plus récents d’abord" })).toBeTruthy();
    expect(await screen.findByText("Aucun appel sur ces dates pour l’instant.", undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByTestId("history-row-" + historyRow(0).key).textContent).toContain("Appel");
  });
});
