import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { AccountRules, CallingSettings, RuleHours } from "../../bindings";
import { account, explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { CallingRulesSection } from "./CallingRules";

const weekdaysNineToSeven: RuleHours = { from: "09:00", to: "19:00", days: ["mon", "tue", "wed", "thu", "fri"] };
const north = account({ id: "acc-north", name: "North – Awaz", platform: "awaz" });
const south = account({ id: "acc-south", name: "South – GetVocal" });

function settings(overrides: Partial<CallingSettings> = {}): CallingSettings {
  return { default_rule: weekdaysNineToSeven, accounts: [], ...overrides };
}

function render(overrides = {}) {
  const calls = {
    callingSettings: vi.fn(async () => ({
      status: "ok" as const,
      data: settings({ accounts: [{ account_id: "acc-south", hours: null, max_attempts: 2, per_days: 7, consent_rules_apply: false }] }),
    })),
    listAccounts: async () => ({ status: "ok" as const, data: [north, south] }),
    callingSaveDefaultRule: vi.fn(async (hours: RuleHours) => ({ status: "ok" as const, data: settings({ default_rule: hours }) })),
    callingSaveAccountRules: vi.fn(async (rules: AccountRules) => ({ status: "ok" as const, data: settings({ accounts: [rules] }) })),
    ...overrides,
  };
  renderWithBackend(<CallingRulesSection />, fakeBackend(calls));
  return calls;
}

describe("Settings → Calling rules", () => {
  it("says which countries have built-in rules and that it is not legal advice", async () => {
    render();
    expect(await screen.findByText(/France \(weekdays 10:00–13:00 and 14:00–20:00/)).toBeTruthy();
    expect(screen.getByText(/it is not legal advice/)).toBeTruthy();
  });

  it("saves the default for other countries, described in words as it is edited", async () => {
    const user = userEvent.setup();
    const { callingSaveDefaultRule } = render();
    const form = await screen.findByTestId("default-rule-form");
    expect(screen.getByTestId("default-rule-words").textContent).toBe("Calls between 09:00 and 19:00 local time, Monday to Friday.");

    const from = form.querySelector<HTMLInputElement>('input[type="time"]')!;
    await user.clear(from);
    await user.type(from, "10:00");
    const friday = form.querySelector<HTMLInputElement>('input[data-testid$="-day-fri"]')!;
    await user.click(friday);
    expect(screen.getByTestId("default-rule-words").textContent).toBe("Calls between 10:00 and 19:00 local time, Monday to Thursday.");
    await user.click(screen.getByTestId("save-default-rule"));
    expect(callingSaveDefaultRule).toHaveBeenCalledWith({ from: "10:00", to: "19:00", days: ["mon", "tue", "wed", "thu"] });
    expect(await screen.findByText("Saved.")).toBeTruthy();
  });

  it("shows each client's saved rules and saves a stricter limit for one", async () => {
    const user = userEvent.setup();
    const { callingSaveAccountRules } = render();
    await screen.findByTestId("client-rules-form");
    // The first account has no rules of its own: none set, and not sales calls (the consent law
    // covers those only) until the agency says so.
    expect((screen.getByTestId("field-rules-max") as HTMLInputElement).value).toBe("");
    expect((screen.getByTestId("field-rules-consent") as HTMLInputElement).checked).toBe(false);

    await user.selectOptions(screen.getByTestId("field-rules-account"), "acc-south");
    expect((screen.getByTestId("field-rules-max") as HTMLInputElement).value).toBe("2");
    expect((screen.getByTestId("field-rules-days") as HTMLInputElement).value).toBe("7");
    expect((screen.getByTestId("field-rules-consent") as HTMLInputElement).checked).toBe(false);

    await user.click(screen.getByTestId("field-rules-with-hours"));
    await user.clear(screen.getByTestId("field-rules-max"));
    await user.type(screen.getByTestId("field-rules-max"), "1");
    await user.click(screen.getByTestId("save-client-rules"));
    expect(callingSaveAccountRules).toHaveBeenCalledWith({
      account_id: "acc-south",
      hours: { from: "10:00", to: "18:00", days: ["mon", "tue", "wed", "thu", "fri"] },
      max_attempts: 1,
      per_days: 7,
      consent_rules_apply: false,
    });
  });

  it("shows the engine's refusal of a half-filled limit under its field", async () => {
    const user = userEvent.setup();
    const callingSaveAccountRules = vi.fn(async () => ({
      status: "error" as const,
      error: explanation({ code: "invalid_field", field: "max_attempts", title: "Give both a number of calls (1 or more) and a number of days, or neither." }),
    }));
    render({ callingSaveAccountRules });
    await screen.findByTestId("client-rules-form");
    await user.type(screen.getByTestId("field-rules-max"), "3");
    await user.click(screen.getByTestId("save-client-rules"));
    await waitFor(() => expect(screen.getByText("Give both a number of calls (1 or more) and a number of days, or neither.")).toBeTruthy());
    expect(screen.queryByText("Saved.")).toBeNull();
  });

  it("says a client's rules need an account first", async () => {
    render({ listAccounts: async () => ({ status: "ok" as const, data: [] }) });
    expect(await screen.findByText("Add an account to set a client's own rules.")).toBeTruthy();
  });
});
