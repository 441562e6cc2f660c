import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { WordsProvider } from "../../i18n";
import { fakeBackend, renderWithBackend, settings } from "../../testing/fakeBackend";
import { SettingsScreen } from ".";

describe("Settings, in French", () => {
  it("names the countries in French, in French alphabetical order", async () => {
    renderWithBackend(
      <WordsProvider language="fr">
        <SettingsScreen />
      </WordsProvider>,
      fakeBackend({ getSettings: async () => settings({ preferences: { default_country: "DE", time_zone: null } }) }),
    );
    const country = await screen.findByTestId("field-default_country");
    expect(screen.getByText("Pays par défaut des numéros de téléphone")).toBeTruthy();
    const names = within(country)
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(names).toContain("Allemagne (DE)");
    expect(names).toContain("États-Unis (US)");
    expect(names.indexOf("Espagne (ES)")).toBeLessThan(names.indexOf("États-Unis (US)"));
    expect(names.indexOf("États-Unis (US)")).toBeLessThan(names.indexOf("Finlande (FI)"));
    expect(screen.getByTestId("save-preferences").textContent).toBe("Enregistrer");
  });
});
