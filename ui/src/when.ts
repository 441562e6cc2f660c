/**
 * A moment sent by a platform or the journal (ISO 8601), in this computer's words, e.g.
 * "24 Nov 2026, 15:00". Platforms sometimes leave out the offset; their times are UTC.
 */
export function formatMoment(iso: string): string {
  const hasOffset = /([zZ]|[+-]\d{2}:?\d{2})$/.test(iso);
  const moment = new Date(hasOffset ? iso : `${iso}Z`);
  if (Number.isNaN(moment.getTime())) return iso;
  return moment.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
