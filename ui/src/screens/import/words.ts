import type { Destination, Encoding, Field, JobView, Target, Weekday } from "../../bindings";

/** "1,234" on an English computer, "1 234" on a French one. */
export function count(n: number): string {
  return n.toLocaleString();
}

/** "1 lead", "3 leads". */
export function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

export const separators: readonly { code: number; words: string; name: string }[] = [
  { code: ",".charCodeAt(0), words: "commas", name: "Commas ( , )" },
  { code: ";".charCodeAt(0), words: "semicolons", name: "Semicolons ( ; )" },
  { code: "\t".charCodeAt(0), words: "tabs", name: "Tabs" },
  { code: "|".charCodeAt(0), words: "vertical bars", name: "Vertical bars ( | )" },
];

export const encodings: readonly { value: Encoding; words: string; name: string }[] = [
  { value: "utf8", words: "international characters (UTF-8)", name: "International (UTF-8)" },
  { value: "utf8_bom", words: "international characters (UTF-8, as Excel saves it)", name: "International (UTF-8 from Excel)" },
  { value: "windows1252", words: "Western European characters (Windows)", name: "Western European (Windows)" },
];

/** "Separated by semicolons, Western European characters (Windows), first row is a header". */
export function describeReading(options: { delimiter: number; encoding: Encoding; has_header: boolean }): string {
  const separator = separators.find((known) => known.code === options.delimiter)?.words ?? `“${String.fromCharCode(options.delimiter)}”`;
  const encoding = encodings.find((known) => known.value === options.encoding)?.words ?? options.encoding;
  const header = options.has_header ? "first row is a header" : "no header row (the first row is a person)";
  return `Separated by ${separator}, ${encoding}, ${header}`;
}

export const targets: readonly { value: Target; name: string; platform: "getvocal" | "awaz"; record: [string, string] }[] = [
  { value: "get_vocal_leads", name: "GetVocal leads", platform: "getvocal", record: ["lead", "leads"] },
  { value: "awaz_contacts", name: "Awaz contacts", platform: "awaz", record: ["contact", "contacts"] },
];

export function targetWords(target: Target) {
  return targets.find((known) => known.value === target)!;
}

const fieldLabels: Record<Field, string> = {
  phone: "Phone number",
  name: "Name",
  first_name: "First name",
  last_name: "Last name",
  email: "Email address",
  company_name: "Company name",
  customer_lead_id: "Your own ID for this person (Lead ID)",
  language: "Language of the call",
  consent_date: "Consent date (when they agreed to be called)",
  consent_source: "Consent source (how they agreed)",
};

/** The fields a column can fill, required ones first, as the Rust side lists them. */
export const targetFields: Record<Target, readonly Field[]> = {
  get_vocal_leads: ["phone", "first_name", "last_name", "email", "company_name", "customer_lead_id", "language", "consent_date", "consent_source"],
  awaz_contacts: ["name", "phone", "email", "first_name", "last_name", "consent_date", "consent_source"],
};

export function fieldLabel(field: Field): string {
  return fieldLabels[field];
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

export const weekdays: readonly { value: Weekday; short: string; long: string }[] = [
  { value: "mon", short: "Mon", long: "Monday" },
  { value: "tue", short: "Tue", long: "Tuesday" },
  { value: "wed", short: "Wed", long: "Wednesday" },
  { value: "thu", short: "Thu", long: "Thursday" },
  { value: "fri", short: "Fri", long: "Friday" },
  { value: "sat", short: "Sat", long: "Saturday" },
  { value: "sun", short: "Sun", long: "Sunday" },
];

/** "Monday to Friday", "Monday, Wednesday and Friday", "every day". */
export function describeDays(days: readonly Weekday[]): string {
  const chosen = weekdays.filter((day) => days.includes(day.value));
  if (chosen.length === 7) return "every day";
  if (chosen.length === 0) return "no day";
  const indexes = chosen.map((day) => weekdays.indexOf(day));
  const consecutive = indexes.every((index, i) => i === 0 || index === indexes[i - 1] + 1);
  if (consecutive && chosen.length >= 3) return `${chosen[0].long} to ${chosen[chosen.length - 1].long}`;
  const names = chosen.map((day) => day.long);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** "9:00" from "09:00". */
export function clock(time: string): string {
  return time.replace(/^0(\d)/, "$1");
}

/** "14:05" in this computer's clock, from an RFC 3339 moment. */
export function localClock(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return moment.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}

/** Rows not yet settled: neither done nor failed. */
export function remaining(job: JobView): number {
  return Math.max(0, job.total - job.done - job.failed - job.skipped);
}
