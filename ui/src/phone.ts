import type { parsePhoneNumberFromString } from "libphonenumber-js";
import { use, type ReactNode } from "react";
import { ownCountry } from "./preferences";

let parse: typeof parsePhoneNumberFromString | null = null;

/**
 * Google's phone metadata (libphonenumber-js, kept up to date by its maintainers) is the largest
 * library every screen needs: it loads beside the first screen's code instead of before the
 * window's first paint. The screens wait for it (`PhonesReady` in App), so a number is never
 * shown as written and then rewritten.
 */
export const phonesReady: Promise<void> = import("libphonenumber-js").then((library) => {
  parse = library.parsePhoneNumberFromString;
});

/** Shows `children` once phone numbers can be written (inside a `Suspense` until then). */
export function PhonesReady({ children }: { children: ReactNode }): ReactNode {
  if (!parse) use(phonesReady);
  return children;
}

/**
 * A phone number as people write it: the national way for a number of the person's own
 * country ("06 12 34 56 78" for a French reader), the international way otherwise
 * ("+44 20 7946 0958"). Anything that does not read as a phone number is shown as written.
 */
export function formatPhone(raw: string | null | undefined): string {
  if (!raw) return "";
  const number = parse?.(raw, (ownCountry() ?? undefined) as never);
  if (!number) return raw;
  return number.country && number.country === ownCountry() ? number.formatNational() : number.formatInternational();
}
