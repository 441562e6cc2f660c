import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

/**
 * Every sentence a person can read comes from the Fluent catalogues at the repository's root
 * (`locales/<language>/<area>.ftl`), the same files the Rust side words its explanations from.
 */
const sources = import.meta.glob(
  // The files only Rust reads (words.rs `RUST_FILES`, and the statements crate's) stay out of the
  // window's bundle: the window never asks for their ids (both checked by catalogue.test.tsx).
  ["../../../locales/*/*.ftl", "!../../../locales/*/{errors,journal,exports,dates,shell,rules,cli,statements}.ftl"],
  { query: "?raw", import: "default", eager: true },
) as Record<string, string>;

/** The languages a person can choose, plus the pseudo-locale the tests use to find hard-coded words. */
export type Language = "en" | "fr" | "en-XA";
export const CHOOSABLE_LANGUAGES = ["en", "fr"] as const;

export type WordArgs = Record<string, FluentVariable | null | undefined>;

/** The `.ftl` texts of one language the window words with, by file name. */
export function catalogueFiles(language: "en" | "fr"): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(sources)) {
    const [folder, file] = path.split("/").slice(-2);
    if (folder === language) files[file] = text;
  }
  return files;
}

const bundles = new Map<Language, FluentBundle>();

function bundleFor(language: Language): FluentBundle {
  let bundle = bundles.get(language);
  if (bundle) return bundle;
  const pseudo = language === "en-XA";
  bundle = new FluentBundle(pseudo ? "en" : language, {
    // Isolation marks around placeables would land in CSV cells and copied text.
    useIsolating: false,
    transform: pseudo ? pseudoText : (text) => text,
  });
  for (const text of Object.values(catalogueFiles(pseudo ? "en" : language))) {
    const errors = bundle.addResource(new FluentResource(text));
    for (const error of errors) console.error(`Catalogue ${language}: ${error.message}`);
  }
  bundles.set(language, bundle);
  return bundle;
}

/**
 * The words for `id` (or `id.attribute`) in `language`. A missing id shows itself as the id, so
 * it is seen on screen and caught by the catalogue test rather than hidden.
 */
export function word(language: Language, id: string, args?: WordArgs): string {
  const bundle = bundleFor(language);
  const [messageId, attribute] = id.split(".");
  const message = bundle.getMessage(messageId);
  const pattern = attribute ? message?.attributes[attribute] : message?.value;
  if (!pattern) {
    console.error(`No words for "${id}" in ${language}`);
    return id;
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(pattern, withoutEmpty(args), errors);
  for (const error of errors) console.error(`Words for "${id}" in ${language}: ${error.message}`);
  return language === "en-XA" ? `[${text}]` : text;
}

function withoutEmpty(args?: WordArgs): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const kept: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(args)) if (value !== null && value !== undefined) kept[name] = value;
  return kept;
}

const ACCENTED: Record<string, string> = {
  a: "á",
  e: "é",
  i: "í",
  o: "ö",
  u: "ü",
  y: "ý",
  c: "ç",
  n: "ñ",
  s: "š",
  z: "ž",
  A: "Á",
  E: "É",
  I: "Í",
  O: "Ö",
  U: "Ü",
  Y: "Ý",
  C: "Ç",
  N: "Ñ",
  S: "Š",
  Z: "Ž",
};

/**
 * The pseudo-locale: accented, and about 30% longer (a tail of dots), so a word left in plain
 * English or a label that cannot grow shows at once.
 */
export function pseudoText(text: string): string {
  const accented = [...text].map((letter) => ACCENTED[letter] ?? letter).join("");
  const letters = text.replace(/[^A-Za-z]/g, "").length;
  return letters === 0 ? accented : accented + "·".repeat(Math.ceil(letters * 0.3));
}
