import { words } from "./i18n";
import { ownLocale, ownZone } from "./preferences";

/**
 * The one rule for dates and times on screen: the person's language and region (`Intl` with
 * their locale, so a French reader gets "2 déc. 2026, 15:00", never a month-first date), in
 * their own time zone, and the zone named whenever a time is shown in another one.
 */

/** A moment sent by a platform or the journal (ISO 8601). Platforms sometimes leave out the offset; their times are UTC. */
export function parseMoment(iso: string): Date | null {
  const hasOffset = /([zZ]|[+-]\d{2}:?\d{2})$/.test(iso);
  const moment = new Date(hasOffset ? iso : `${iso}Z`);
  return Number.isNaN(moment.getTime()) ? null : moment;
}

/**
 * Date and time, e.g. "24 Nov 2026, 15:00"; in `zone` (the callee's, say) with that zone
 * named when it is not the person's own.
 */
export function formatMoment(iso: string, zone?: string): string {
  const moment = parseMoment(iso);
  if (!moment) return iso;
  return format(moment, { dateStyle: "medium", timeStyle: "short" }, zone);
}

/** The day only, e.g. "24 Nov 2026". */
export function formatDay(iso: string, zone?: string): string {
  const moment = parseMoment(iso);
  if (!moment) return iso;
  return format(moment, { dateStyle: "medium" }, zone);
}

/** The time only, e.g. "15:00" (or "3:00 PM" where that is how people write it). */
export function formatTime(iso: string, zone?: string): string {
  const moment = parseMoment(iso);
  if (!moment) return iso;
  return format(moment, { timeStyle: "short" }, zone);
}

/** True when `iso` falls on today's date on the person's clock. */
export function isToday(iso: string, now: Date = new Date()): boolean {
  const moment = parseMoment(iso);
  return moment !== null && dayKey(moment) === dayKey(now);
}

function dayKey(moment: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ownZone(), year: "numeric", month: "2-digit", day: "2-digit" }).format(moment);
}

function format(moment: Date, style: Intl.DateTimeFormatOptions, zone: string | undefined): string {
  const shownIn = zone ?? ownZone();
  const named = shownIn !== ownZone();
  const written = new Intl.DateTimeFormat(ownLocale(), { ...style, timeZone: shownIn }).format(moment);
  return named ? words().t("components-moment-in-zone", { moment: written, zone: zoneName(shownIn) }) : written;
}

/** A zone as people read it: "Europe/Paris" → "Paris time" ("heure de Paris"); unknown names stay as written. */
export function zoneName(zone: string): string {
  if (zone === "UTC" || zone === "Etc/UTC") return "UTC";
  const city = zone.split("/").pop()?.replaceAll("_", " ");
  return city ? words().t("components-zone-time", { city }) : zone;
}

/** "A or B" in the person's language, for the moments of a number that may ring in several zones. */
function eitherOf(choices: string[]): string {
  return new Intl.ListFormat(ownLocale(), { type: "disjunction" }).format(choices);
}

/**
 * The moment on the callee's clock, in each zone their number may ring in ("24 Nov 2026, 09:00
 * (New York time)"), or null when that is the person's own clock or the zone is unknown.
 */
export function formatCalleeMoment(iso: string, zones: readonly string[]): string | null {
  const theirs = zones.filter((zone) => zone !== ownZone());
  if (theirs.length === 0 || theirs.length < zones.length) return null;
  return eitherOf([...new Set(theirs.map((zone) => formatMoment(iso, zone)))]);
}

/** The time on the callee's clock right now, e.g. "18:42 (New York time)", or null as above. */
export function calleeTimeNow(zones: readonly string[], now: Date = new Date()): string | null {
  const theirs = zones.filter((zone) => zone !== ownZone());
  if (theirs.length === 0 || theirs.length < zones.length) return null;
  return eitherOf([...new Set(theirs.map((zone) => formatTime(now.toISOString(), zone)))]);
}
