import type { Preferences } from "./bindings";
import { currentLocale } from "./i18n";

/**
 * The person's country and time zone as Settings has them, kept here so every date and phone
 * number on screen can be written for them without each screen loading Settings. Until Settings
 * answer, this computer's language and zone stand in.
 */
let current: { country: string | null; zone: string } = {
  country: regionOf(navigator.language),
  zone: computerZone(),
};

/** Called once Settings are read, and again after they are saved. */
export function rememberPreferences(preferences: Preferences) {
  current = {
    country: preferences.default_country.trim().toUpperCase() || regionOf(navigator.language),
    zone: preferences.time_zone ?? computerZone(),
  };
}

/** The person's own country (ISO 3166 alpha-2), when known. */
export function ownCountry(): string | null {
  return current.country;
}

/** The person's own time zone (IANA). */
export function ownZone(): string {
  return current.zone;
}

/** The language and region the person reads, e.g. "fr-FR" (follows the language chosen in Settings). */
export function ownLocale(): string {
  return currentLocale();
}

/** The zone this computer's clock uses, as the web view sees it. */
export function computerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function regionOf(locale: string | undefined): string | null {
  const region = locale?.split(/[-_]/)[1];
  return region && /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : null;
}
