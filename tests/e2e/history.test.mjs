// History at scale in the real window: a journal of 40,000 actions over the last year, seeded
// before the app opens (through callboard::history::seed, the app's own schema), then the
// Everything tab: the exact total, pages read as the list scrolls to its end, a search, an
// outcome filter, and the platform's own word one click away. Screenshots of each.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { byTestId, openApp, screenshot } from "./harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ROWS = 40_000;
const ROW_HEIGHT = 64;

let app;
before(async () => {
  const home = mkdtempSync(path.join(tmpdir(), "callboard-e2e-history-"));
  execFileSync("cargo", ["build", "--quiet", "--package", "callboard-app", "--example", "seed_journal"], { cwd: root, stdio: "inherit" });
  execFileSync(path.join(root, "target", "debug", "examples", "seed_journal"), [path.join(home, "data", "app.callboard.desktop"), String(ROWS)], {
    stdio: "inherit",
  });
  app = await openApp({ home });
});
after(async () => { await app?.close(); });

/** The number in "12,345 entries". */
async function total(browser) {
  const count = await browser.$(byTestId("history-count"));
  await count.waitForDisplayed({ timeout: 20_000 });
  const text = await count.getText();
  const match = /^([\d,\s\u202f]+) entr(y|ies)$/.exec(text);
  assert.ok(match, `the count says "${text}"`);
  return Number(match[1].replace(/[^\d]/g, ""));
}

/** Rows read so far: the list's inner height over the row height. */
async function loadedRows(browser) {
  return browser.execute(
    (testId, rowHeight) => {
      const list = document.querySelector(`[data-testid="${testId}"]`);
      return list ? Math.round(list.firstElementChild.getBoundingClientRect().height / rowHeight) : 0;
    },
    "history-list",
    ROW_HEIGHT,
  );
}

async function visibleRowTexts(browser) {
  return browser.execute(() => [...document.querySelectorAll('[data-testid^="history-row-"]')].map((row) => row.textContent ?? ""));
}

test("History shows the exact total and reads pages as the list scrolls to its end", async () => {
  const { browser } = app;
  await browser.$(byTestId("nav-history")).waitForDisplayed({ timeout: 20_000 });
  await browser.$(byTestId("nav-history")).click();
  await browser.$(byTestId("screen-history")).waitForDisplayed({ timeout: 10_000 });
  const entries = await total(browser);
  // The last 30 days of a year of 40,000 actions: about 3,300 entries, far more than a page.
  assert.ok(entries > 2_000 && entries < 6_000, `${entries} entries`);
  await browser.$(byTestId("history-list")).waitForDisplayed({ timeout: 10_000 });
  assert.equal(await loadedRows(browser), 200, "one page is read first");
  const setSize = await browser.$('[data-testid="history-list"] [role="listitem"]').getAttribute("aria-setsize");
  assert.equal(Number(setSize), entries, "screen readers hear the whole total");
  await browser.$(byTestId("chart-legend")).waitForDisplayed({ timeout: 20_000 });
  await browser.pause(1_500);
  await screenshot(browser, "history-1-opened");

  const started = Date.now();
  while ((await loadedRows(browser)) < entries) {
    const before = await loadedRows(browser);
    await browser.execute((testId) => {
      const list = document.querySelector(`[data-testid="${testId}"]`);
      list.scrollTop = list.scrollHeight;
    }, "history-list");
    await browser.waitUntil(async () => (await loadedRows(browser)) > before, { timeout: 10_000, timeoutMsg: `no page after row ${before}` });
    assert.ok(Date.now() - started < 120_000, "scrolling to the end took over two minutes");
  }
  assert.equal(await loadedRows(browser), entries, "every entry, none twice");
  await browser.execute((testId) => {
    const list = document.querySelector(`[data-testid="${testId}"]`);
    list.scrollTop = list.scrollHeight;
  }, "history-list");
  await browser.pause(300);
  const lastRow = await browser.execute(() => {
    const rows = [...document.querySelectorAll('[data-testid="history-list"] [role="listitem"]')];
    return Number(rows.at(-1)?.getAttribute("aria-posinset"));
  });
  assert.equal(lastRow, entries);
  await screenshot(browser, "history-2-scrolled-to-the-end");
});

test("a search and an outcome filter count again, and a badge shows the platform's word", async () => {
  const { browser } = app;
  const everything = await total(browser);
  await browser.$(byTestId("filter-text")).setValue("Hugo");
  await browser.waitUntil(async () => (await total(browser)) < everything, { timeout: 10_000, timeoutMsg: "the search did not narrow the list" });
  const hugo = await total(browser);
  assert.ok(hugo > 0, "one person in eight is Hugo Moreau");
  const texts = await visibleRowTexts(browser);
  assert.ok(texts.length > 0 && texts.every((text) => text.includes("Hugo")), texts.join("\n"));
  await screenshot(browser, "history-3-search");

  await browser.$(byTestId("filter-outcome-needs_check")).click();
  await browser.waitUntil(async () => (await total(browser)) < hugo, { timeout: 10_000, timeoutMsg: "the outcome filter did not narrow the list" });
  const badge = await browser.$(`[data-testid^="history-row-"] ${byTestId("outcome-badge")}`);
  assert.equal(await badge.getText(), "Needs a check");
  await badge.click();
  assert.equal(await badge.getText(), "Callboard: unknown", "a contact's status is Callboard's word, not the platform's");
  await screenshot(browser, "history-4-outcome-filter");
});
