import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Preferences } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend, settings } from "../../testing/fakeBackend";
import { SettingsScreen } from ".";

describe("Settings", () => {
  it("saves the default country and time zone", async () => {
    const user = userEvent.setup();
    const savePreferences = vi.fn(async (preferences: Preferences) => ({ status: "ok" as const, data: settings({ preferences }) }));
    renderWithBackend(<SettingsScreen />, fakeBackend({ savePreferences }));

    const country = (await screen.findByTestId("field-default_country")) as HTMLSelectElement;
    expect(country.value).toBe("US");
    expect(screen.getByRole("option", { name: "France (FR)" })).toBeTruthy();
    await user.selectOptions(country, "FR");
    expect((screen.getByTestId("field-time_zone") as HTMLSelectElement).value).toBe("");
    await user.selectOptions(screen.getByTestId("field-time_zone"), "Europe/Paris");
    await user.click(screen.getByTestId("save-preferences"));

    expect(savePreferences).toHaveBeenCalledWith({ default_country: "FR", time_zone: "Europe/Paris" });
    expect((await screen.findByTestId("preferences-saved")).textContent).toBe("✓ Saved.");
  });

  it("sends “this computer's time zone” as no zone", async () => {
    const user = userEvent.setup();
    const savePreferences = vi.fn(async (preferences: Preferences) => ({ status: "ok" as const, data: settings({ preferences }) }));
    renderWithBackend(
      <SettingsScreen />,
      fakeBackend({ getSettings: async () => settings({ preferences: { default_country: "GB", time_zone: "Europe/London" } }), savePreferences }),
    );

    const zone = (await screen.findByTestId("field-time_zone")) as HTMLSelectElement;
    expect(zone.value).toBe("Europe/London");
    await user.selectOptions(zone, "");
    await user.click(screen.getByTestId("save-preferences"));
    expect(savePreferences).toHaveBeenCalledWith({ default_country: "GB", time_zone: null });
  });

  it("shows a refused time zone under its field", async () => {
    const user = userEvent.setup();
    const refusal = explanation({ title: "“Mars/Olympus” is not a time zone Callboard knows.", field: "time_zone" });
    renderWithBackend(
      <SettingsScreen />,
      fakeBackend({
        // A zone saved by another version of Callboard stays selectable.
        getSettings: async () => settings({ preferences: { default_country: "US", time_zone: "Mars/Olympus" } }),
        savePreferences: async () => ({ status: "error", error: refusal }),
      }),
    );

    expect(((await screen.findByTestId("field-time_zone")) as HTMLSelectElement).value).toBe("Mars/Olympus");
    await user.click(screen.getByTestId("save-preferences"));
    expect((await screen.findByTestId("problem-time_zone")).textContent).toBe(refusal.title);
  });

  it("says in plain words where things are kept", async () => {
    renderWithBackend(<SettingsScreen />, fakeBackend());

    expect((await screen.findByTestId("place-keychain")).textContent).toContain("keyring");
    expect(screen.getByTestId("place-settings").textContent).toContain("settings.json");
    expect(screen.getByTestId("place-journal").textContent).toContain("callboard.sqlite3");
  });
});
