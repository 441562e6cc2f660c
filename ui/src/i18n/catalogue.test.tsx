import { FluentResource } from "@fluent/bundle";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueFiles, pseudoText, word } from "./catalogue";

const root = join(import.meta.dirname, "../../..");

/** Every message id and attribute (`id`, `id.attribute`) of one catalogue file. */
function idsOf(text: string): string[] {
  // FluentResource keeps its entries in `body`; terms (`-name`) are used inside the catalogue only.
  const body = (new FluentResource(text) as unknown as { body: { id: string; attributes: Record<string, unknown> }[] }).body;
  return body
    .filter((entry) => !entry.id.startsWith("-"))
    .flatMap((entry) => [entry.id, ...Object.keys(entry.attributes).map((name) => `${entry.id}.${name}`)]);
}

/** The product's own sources (tests and generated bindings left out), where catalogue ids are used. */
function productSources(): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (name === "node_modules" || name === "target" || name === "tests" || name === "benches") continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(tsx?|rs)$/.test(name) && !/\.test\.tsx?$/.test(name) && name !== "bindings.ts" && !path.includes("/testing/"))
        found.push({ path: relative(root, path), text: readFileSync(path, "utf8") });
    }
  };
  for (const folder of ["ui/src", "crates", "src-tauri/src"]) walk(join(root, folder));
  return found;
}

/** Every catalogue file of one language, as on disk (the window's and those only Rust reads). */
function filesOnDisk(language: "en" | "fr"): Record<string, string> {
  const folder = join(root, "locales", language);
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith(".ftl"))
      .map((name) => [name, readFileSync(join(folder, name), "utf8")]),
  );
}

/** The files Rust reads: words.rs `RUST_FILES`, and the statements crate's own. */
function rustFiles(): string[] {
  const words = readFileSync(join(root, "crates/callboard/src/words.rs"), "utf8");
  const list = words.match(/pub const RUST_FILES: \[&str; \d+\] = \[([^\]]*)\]/)?.[1] ?? "";
  return [...list.matchAll(/"([a-z-]+\.ftl)"/g)].map((match) => match[1]).concat("statements.ftl");
}

describe("the catalogues", () => {
  const english = filesOnDisk("en");
  const french = filesOnDisk("fr");

  it("are in the window's bundle but for the files only Rust reads", () => {
    const windows = Object.keys(catalogueFiles("en")).sort();
    const rust = rustFiles();
    expect(windows.filter((file) => rust.includes(file))).toEqual([]);
    expect([...windows, ...rust].sort()).toEqual(Object.keys(english).sort());
  });

  it("have the same files and the same ids in English and French", () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const file of Object.keys(english)) {
      const missingInFrench = idsOf(english[file]).filter((id) => !idsOf(french[file] ?? "").includes(id));
      const missingInEnglish = idsOf(french[file] ?? "").filter((id) => !idsOf(english[file]).includes(id));
      expect({ file, missingInFrench, missingInEnglish }).toEqual({ file, missingInFrench: [], missingInEnglish: [] });
    }
  });

  it("parse without errors", () => {
    for (const language of ["en", "fr"] as const) {
      for (const [file, text] of Object.entries(filesOnDisk(language))) {
        const junk = (new FluentResource(text) as unknown as { body: unknown[] }).body.length;
        expect({ file, language, entries: junk > 0 }).toEqual({ file, language, entries: true });
      }
    }
  });

  it("hold no id that the product does not use", () => {
    const sources = productSources();
    const unused = Object.values(english)
      .flatMap(idsOf)
      .filter((id) => !id.includes("."))
      .filter((id) => !sources.some(({ text }) => text.includes(`"${id}"`) || text.includes(`"${id}.`) || text.includes(`'${id}'`)));
    expect(unused).toEqual([]);
  });

  it("have words for every id the screens ask for, in the window's own files", () => {
    const known = new Set(Object.values(catalogueFiles("en")).flatMap(idsOf));
    const asked = productSources()
      .filter(({ path }) => path.startsWith("ui/"))
      .flatMap(({ path, text }) => [...text.matchAll(/\bt\(\s*"([a-z0-9-]+(?:\.[a-z0-9-]+)?)"/g)].map((match) => `${path}: ${match[1]}`));
    expect(asked.filter((entry) => !known.has(entry.split(": ")[1]))).toEqual([]);
  });
});

describe("the pseudo-locale", () => {
  it("accents every letter and makes the text about 30% longer", () => {
    const text = pseudoText("Add credits");
    expect(text).toMatch(/^Ádd çrédítš·+$/);
    expect(text.length).toBeGreaterThanOrEqual(Math.round("Add credits".length * 1.3));
  });

  it("shows a missing id as the id itself", () => {
    expect(word("en", "no-such-words-anywhere")).toBe("no-such-words-anywhere");
  });
});
