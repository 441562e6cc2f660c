import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { WordsProvider } from "../../i18n";
import { account, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { importPreview, job } from "../../testing/importFixtures";
import { JobProgress } from "./Progress";
import { Send } from "./Send";

const inFrench = (ui: ReactElement) => <WordsProvider language="fr">{ui}</WordsProvider>;

describe("Import, in French", () => {
  it("asks the whole send question in one French sentence, with French days and typography", async () => {
    const user = userEvent.setup();
    const calls = {
      getvocalPersonas: async () => ({ status: "ok" as const, data: [{ id: "p-1", name: "Prospection", type: "outbound" }] }),
      scheduleTimeZones: async () => ({ zones: ["Europe/Paris"], default_zone: "Europe/Paris" }),
      bulkReview: vi.fn(async () => ({
        status: "ok" as const,
        data: { moved: 0, refused: 0, moved_groups: [], consent_would_allow: 0, consent: null, rows: [] },
      })),
    };
    renderWithBackend(inFrench(<Send preview={importPreview()} account={account()} onStarted={() => {}} />), fakeBackend(calls));

    await user.click(await screen.findByLabelText("Programmer aussi un appel pour chaque personne"));
    await user.click(screen.getByLabelText("N’appeler que pendant ces plages"));
    expect(screen.getByText(/^Appels entre 9:00 et 18:00 \(Europe\/Paris\), du lundi au vendredi\.$/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Vérifier…" }));

    expect((await screen.findByTestId("send-question")).textContent).toBe(
      "Créer 1 lead dans «\u202fAcme – GetVocal\u202f» et programmer 1 appel avec «\u202fProspection\u202f» entre 9:00 et 18:00 (Europe/Paris), " +
        "du lundi au vendredi, à partir de maintenant, un appel toutes les 60 secondes\u202f?",
    );
  });

  it("follows a run in French", () => {
    renderWithBackend(inFrench(<JobProgress initial={job({ state: "finished", total: 3, done: 1, failed: 1, skipped: 1, waiting: 0 })} />), fakeBackend({}));
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Terminé\u202f: 1 terminée, 1 écartée par les règles d’appel, 1 en échec");
  });
});
