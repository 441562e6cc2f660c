import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ActionRecord, TopUpForm, WorkspaceBalance } from "../../bindings";
import { WordsProvider } from "../../i18n";
import { awazAccounts, sent } from "../../testing/awazFixtures";
import { fakeBackend, renderWithBackend, settings } from "../../testing/fakeBackend";
import { CreditsScreen } from ".";

const balance: WorkspaceBalance = { company: { id: "w-1", email: "north-clinic@callboard.test" }, credits: 1234.5, minutes: 1 };

describe("Credits, in French", () => {
  it("words the form, the confirmation and the new balance as a French account manager reads them", async () => {
    const user = userEvent.setup();
    const awazPlanTopUp = vi.fn(async (_account: string, form: TopUpForm) => ({
      status: "ok" as const,
      data: { workspace: form.workspace, kind: form.kind, amount: 10.5, question: "Ajouter 10,5 crédits ?", action_key: "k-1", form, unsettled: null },
    }));
    renderWithBackend(
      <WordsProvider language="fr">
        <CreditsScreen />
      </WordsProvider>,
      fakeBackend({
        listAccounts: awazAccounts,
        getSettings: async () => settings({ recent_workspaces: [] }),
        awazPlanTopUp,
        awazTopUp: vi.fn(async () => sent(balance)),
        awazTopUps: async () => ({ status: "ok" as const, data: [] as ActionRecord[] }),
        awazThrottle: async () => ({ status: "ok" as const, data: { waiting: false, until: null, message: null } }),
      }),
    );

    expect(await screen.findByText("Aucune recharge pour l’instant.")).toBeTruthy();
    await user.type(await screen.findByLabelText("Espace client"), "north-clinic@callboard.test");
    await user.type(screen.getByLabelText("Crédits à ajouter"), "10,50");
    await user.click(screen.getByRole("button", { name: "Vérifier la recharge" }));
    await user.click(within(await screen.findByTestId("dialog-top-up")).getByRole("button", { name: "Oui, ajouter les crédits" }));

    const result = await screen.findByTestId("result-top-up");
    // Numbers as France writes them: a narrow no-break space between thousands, a decimal comma.
    expect(result.textContent).toMatch(/10,5 crédits ajoutés à north-clinic@callboard\.test\./);
    expect(result.textContent).toMatch(/dispose maintenant de 1\u202f234,5 crédits et 1 minute\./);
  });
});
