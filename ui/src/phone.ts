import { parsePhoneNumberFromString } from "libphonenumber-js";
import { ownCountry } from "./preferences";

/**
 * A phone number as people write it: the national way for a number of the person's own
 * country ("06 12 34 56 78" for a French reader), the international way otherwise
 * ("+44 20 7946 0958"). Anything that does not read as a phone number is shown as written.
 * (libphonenumber-js, Google's metadata, kept up to date by its maintainers.)
 */
export function formatPhone(raw: string | null | undefined): string {
  if (!raw) return "";
  const number = parsePhoneNumberFromString(raw, (ownCountry() ?? undefined) as never);
  if (!number) return raw;
  return number.country && number.country === ownCountry() ? number.formatNational() : number.formatInternational();
}
