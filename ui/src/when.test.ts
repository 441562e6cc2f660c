import { afterEach, describe, expect, it, vi } from "vitest";
import { languageOfSystem, speak } from "./i18n";
import { formatPhone } from "./phone";
import { rememberPreferences } from "./preferences";
import { formatMoment, isToday, zoneName } from "./when";

function speaking(locale: string) {
  vi.spyOn(navigator, "language", "get").mockReturnValue(locale);
  speak(languageOfSystem(locale));
}

afterEach(() => {
  vi.restoreAllMocks();
  rememberPreferences({ default_country: "US", time_zone: "UTC" });
});

describe("one rule for dates and times", () => {
  it("writes the day first for a French reader, in their own zone, without naming it", () => {
    speaking("fr-FR");
    rememberPreferences({ default_country: "FR", time_zone: "Europe/Paris" });
    // 2 December 2026, 14:00 UTC = 15:00 in Paris.
    const words = formatMoment("2026-12-02T14:00:00Z");
    expect(words).toMatch(/^2 déc\. 2026/);
    expect(words).toContain("15:00");
    expect(words).not.toContain("Paris");
  });

  it("names the zone when a time is shown in another one", () => {
    speaking("en-GB");
    rememberPreferences({ default_country: "GB", time_zone: "Europe/London" });
    expect(formatMoment("2026-12-02T14:00:00Z", "America/New_York")).toBe("2 Dec 2026, 09:00 (New York time)");
    expect(zoneName("UTC")).toBe("UTC");
  });

  it("reads platform times without an offset as UTC, and leaves what is not a time as written", () => {
    speaking("en-GB");
    rememberPreferences({ default_country: "GB", time_zone: "UTC" });
    expect(formatMoment("2026-12-02T14:00:00")).toBe("2 Dec 2026, 14:00");
    expect(formatMoment("soon")).toBe("soon");
  });

  it("knows today on the person's clock", () => {
    rememberPreferences({ default_country: "FR", time_zone: "Pacific/Auckland" });
    // 23:30 UTC on 1 December is already 2 December in Auckland.
    expect(isToday("2026-12-01T23:30:00Z", new Date("2026-12-02T01:00:00Z"))).toBe(true);
    expect(isToday("2026-12-01T05:00:00Z", new Date("2026-12-02T01:00:00Z"))).toBe(false);
  });
});

describe("phone numbers as people write them", () => {
  it("writes numbers of the person's own country the national way, others the international way", () => {
    rememberPreferences({ default_country: "FR", time_zone: "Europe/Paris" });
    expect(formatPhone("+33612345678")).toBe("06 12 34 56 78");
    expect(formatPhone("+442079460958")).toBe("+44 20 7946 0958");
    expect(formatPhone("not a number")).toBe("not a number");
    expect(formatPhone(null)).toBe("");
  });
});
