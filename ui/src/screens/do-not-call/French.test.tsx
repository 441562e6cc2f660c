import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { WordsProvider } from "../../i18n";
import { fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { DoNotCallScreen } from ".";

const NARROW_SPACE = "\u202f";

describe("Do not call, in French", () => {
  it("counts in French plurals and lists each entry in French", async () => {
    const user = userEvent.setup();
    renderWithBackend(
      <WordsProvider language="fr">
        <DoNotCallScreen />
      </WordsProvider>,
      fakeBackend({
        doNotCallList: async () => ({
          status: "ok",
          data: [{ phone: "+33612345678", added_by: "Marie", account_name: "Acme", reason: "Refus", source: "call_details", added_at: "2026-12-07T10:00:00Z" }],
        }),
        doNotCallAddFile: async () => ({
          status: "ok",
          data: {
            added: 1234,
            already_listed: 1,
            skipped: [
              { line: 4, text: "" },
              { line: 9, text: "x" },
            ],
          },
        }),
      }),
    );
    expect((await screen.findByTestId("dnc-row-+33612345678")).textContent).toContain("Marie (depuis un appel, Acme)");
    expect(screen.getByRole("button", { name: "Exporter la liste (CSV)" })).toBeTruthy();

    await user.upload(screen.getByTestId("field-dnc-file"), new File(["33612345678\n"], "bloctel.txt", { type: "text/plain" }));
    await user.type(screen.getByTestId("field-dnc-file-added-by"), "Paul");
    await user.click(screen.getByTestId("submit-dnc-file"));
    const report = await screen.findByTestId("dnc-file-report");
    expect(report.textContent).toContain(`1${NARROW_SPACE}234 ajoutés, 1 déjà sur la liste. 2 lignes ne contenaient aucun numéro de téléphone${NARROW_SPACE}:`);
    expect(report.textContent).toContain(`Ligne 4${NARROW_SPACE}: (vide)`);
  });
});
