import type { Destination, Encoding, Field, JobView, Target, Weekday } from "../../bindings";
import { words } from "../../i18n";
import { ownLocale } from "../../preferences";
import { formatTime } from "../../when";

/** "1,234" on an English computer, "1 234" on a French one. */
export function count(n: number): string {
  return new Intl.NumberFormat(ownLocale()).format(n);
}

/** Catalogue ids: `words` names them inside a sentence ("separated by commas"), `name` in the list. */
export const separators: readonly { code: number; words: string; name: string }[] = [
  { code: ",".charCodeAt(0), words: "import-separator-commas", name: "import-separator-commas-name" },
  { code: ";".charCodeAt(0), words: "import-separator-semicolons", name: "import-separator-semicolons-name" },
  { code: "\t".charCodeAt(0), words: "import-separator-tabs", name: "import-separator-tabs-name" },
  { code: "|".charCodeAt(0), words: "import-separator-bars", name: "import-separator-bars-name" },
];

/** Catalogue ids, as for `separators`. */
export const encodings: readonly { value: Encoding; words: string; name: string }[] = [
  { value: "utf8", words: "import-encoding-utf8", name: "import-encoding-utf8-name" },
  { value: "utf8_bom", words: "import-encoding-utf8-bom", name: "import-encoding-utf8-bom-name" },
  { value: "windows1252", words: "import-encoding-windows1252", name: "import-encoding-windows1252-name" },
];

/** "Separated by semicolons, Western European characters (Windows), first row is a header". */
export function describeReading(options: { delimiter: number; encoding: Encoding; has_header: boolean }): string {
  const { t } = words();
  const known = separators.find((separator) => separator.code === options.delimiter);
  const separator = known ? t(known.words) : t("import-separator-other", { character: String.fromCharCode(options.delimiter) });
  const encodingId = encodings.find((encoding) => encoding.value === options.encoding)?.words;
  const encoding = encodingId ? t(encodingId) : options.encoding;
  return t("import-reading", { separator, encoding, header: options.has_header ? "yes" : "no" });
}

/** Catalogue ids of each destination's name. */
export const targets: readonly { value: Target; name: string; platform: "getvocal" | "awaz" }[] = [
  { value: "get_vocal_leads", name: "import-target-getvocal", platform: "getvocal" },
  { value: "awaz_contacts", name: "import-target-awaz", platform: "awaz" },
];

/** "3 leads", "1 contact": `count` records of what `target` creates. */
export function recordCount(target: Target, n: number): string {
  return words().t("import-record-count", { target, count: n });
}

export function targetWords(target: Target) {
  return targets.find((known) => known.value === target)!;
}

const fieldLabels: Record<Field, string> = {
  phone: "import-field-phone",
  name: "import-field-name",
  first_name: "import-field-first-name",
  last_name: "import-field-last-name",
  email: "import-field-email",
  company_name: "import-field-company-name",
  customer_lead_id: "import-field-customer-lead-id",
  language: "import-field-language",
  consent_date: "import-field-consent-date",
  consent_source: "import-field-consent-source",
};

/** The fields a column can fill, required ones first, as the Rust side lists them. */
export const targetFields: Record<Target, readonly Field[]> = {
  get_vocal_leads: ["phone", "first_name", "last_name", "email", "company_name", "customer_lead_id", "language", "consent_date", "consent_source"],
  awaz_contacts: ["name", "phone", "email", "first_name", "last_name", "consent_date", "consent_source"],
};

export function fieldLabel(field: Field): string {
  return words().t(fieldLabels[field]);
}

/** The value of a column's select: a field name, "static" or "ignored". */
export function destinationValue(destination: Destination): string {
  if (destination.kind === "field") return destination.field;
  return destination.kind === "static_data" ? "static" : "ignored";
}

/** The static data name GetVocal receives for a column: its header in capitals ("Date de naissance" → "DATE_DE_NAISSANCE"). */
export function staticKey(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** A day's name in the language on screen ("Mon", "lundi"): 5 January 2026 was a Monday. */
function dayName(index: number, style: "short" | "long"): string {
  return new Intl.DateTimeFormat(ownLocale(), { weekday: style, timeZone: "UTC" }).format(Date.UTC(2026, 0, 5 + index));
}

/** The week from Monday; `short` and `long` are worded when read, in the language on screen. */
export const weekdays: readonly { value: Weekday; short: string; long: string }[] = (["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const).map(
  (value, index) => ({
    value,
    get short() {
      return dayName(index, "short");
    },
    get long() {
      return dayName(index, "long");
    },
  }),
);

/** "Monday to Friday", "Monday, Wednesday and Friday", "every day". */
export function describeDays(days: readonly Weekday[]): string {
  const { t } = words();
  const chosen = weekdays.filter((day) => days.includes(day.value));
  if (chosen.length === 7) return t("import-days-every");
  if (chosen.length === 0) return t("import-days-none");
  const indexes = chosen.map((day) => weekdays.indexOf(day));
  const consecutive = indexes.every((index, i) => i === 0 || index === indexes[i - 1] + 1);
  if (consecutive && chosen.length >= 3) return t("import-days-range", { first: chosen[0].long, last: chosen[chosen.length - 1].long });
  // "and" without a comma before it, in English as in French.
  return new Intl.ListFormat(ownLocale().startsWith("fr") ? "fr" : "en-GB", { type: "conjunction" }).format(chosen.map((day) => day.long));
}

/** "9:00" from "09:00". */
export function clock(time: string): string {
  return time.replace(/^0(\d)/, "$1");
}

/** "14:05" on the person's clock, from an RFC 3339 moment. */
export function localClock(iso: string): string {
  return formatTime(iso);
}

/** Rows not yet settled: neither done nor failed. */
export function remaining(job: JobView): number {
  return Math.max(0, job.total - job.done - job.failed - job.skipped);
}
