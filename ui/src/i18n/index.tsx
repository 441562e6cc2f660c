import { createContext, useContext, useMemo, type ReactNode } from "react";
import { word, type Language, type WordArgs } from "./catalogue";

export { CHOOSABLE_LANGUAGES, type Language, type WordArgs } from "./catalogue";

/** The language of what is on screen now; code outside React reads it through `words()`. */
let current: Language = languageOfSystem(typeof navigator === "undefined" ? undefined : navigator.language);

/** French when the system speaks French, English otherwise (until the engine says what Settings chose). */
export function languageOfSystem(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export function isLanguage(value: string | null | undefined): value is Language {
  return value === "en" || value === "fr" || value === "en-XA";
}

export type Words = {
  /** The words for a catalogue id (`id` or `id.attribute`) in the current language. */
  t: (id: string, args?: WordArgs) => string;
  language: Language;
  /** Switches the whole window to another language at once, and saves the choice. */
  choose: (language: Language) => void;
};

function wordsIn(language: Language, choose: (language: Language) => void = () => {}): Words {
  return { t: (id, args) => word(language, id, args), language, choose };
}

const WordsContext = createContext<Words | null>(null);

/** Gives the screens below the words of `language`; changing it re-renders them at once. */
export function WordsProvider({ language, choose, children }: { language: Language; choose?: (language: Language) => void; children: ReactNode }) {
  // In render, not in an effect: the children rendered in this same pass word through `words()`.
  // Setting the same value again is harmless, so a repeated render changes nothing.
  speak(language);
  const words = useMemo(() => wordsIn(language, choose), [language, choose]);
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}

/** Makes `language` the one code outside React words and formats in (WordsProvider calls it). */
export function speak(language: Language) {
  current = language;
  if (typeof document !== "undefined") document.documentElement.lang = localeOf(language);
}

/** The words of the current language (English in tests that render without a provider). */
export function useWords(): Words {
  return useContext(WordsContext) ?? wordsIn("en");
}

/** For code outside components (formatters, exports): the words of the language on screen. */
export function words(): Words {
  return wordsIn(current);
}

/**
 * The locale `Intl` writes numbers and dates in: the system's own when it is of the chosen
 * language (a Canadian keeps fr-CA), else the language's main region.
 */
export function localeOf(language: Language, system = typeof navigator === "undefined" ? undefined : navigator.language): string {
  const base = language === "fr" ? "fr" : "en";
  try {
    const canonical = system ? Intl.getCanonicalLocales(system)[0] : undefined;
    if (canonical?.split("-")[0] === base) return canonical;
  } catch {
    // A POSIX "C" locale is not a language tag: fall through to the language's main region.
  }
  return base === "fr" ? "fr-FR" : "en-GB";
}

/** The locale of what is on screen now. */
export function currentLocale(): string {
  return localeOf(current);
}
