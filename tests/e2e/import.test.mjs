// Import in the real window, demo mode: open a spreadsheet with bad phone numbers by typing its
// location, read French numbers, fix one bad row in the preview, create the leads and call them
// now, follow the progress to the end, then find the leads in History → Everything.
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { byTestId, openApp, screenshot } from "./harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const spreadsheet = path.join(root, "crates/callboard/tests/fixtures/csv/bad_phones.csv");

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

async function shown(browser, testId, timeout = 20_000) {
  const element = await browser.$(byTestId(testId));
  await element.waitForDisplayed({ timeout });
  return element;
}

test("import a spreadsheet, fix a bad row, create leads and call them, then see them in History", async () => {
  const { browser } = app;
  await shown(browser, "demo-banner");
  await browser.$(byTestId("nav-import")).click();
  await shown(browser, "screen-import", 5_000);
  await screenshot(browser, "import-1-choose");

  // 1. The file's location, typed (the keyboard way to what a drop does).
  await (await shown(browser, "field-path")).setValue(spreadsheet);
  await browser.$(byTestId("submit-open-path")).click();

  // 2. Columns: read in words; the numbers are French.
  const reading = await shown(browser, "reading-words");
  assert.equal(await reading.getText(), "Separated by commas, international characters (UTF-8), first row is a header.");
  const country = await browser.$(byTestId("field-default_country"));
  await country.clearValue();
  await country.setValue("FR");
  await browser.keys("Enter");
  await shown(browser, "mapping-ok");
  await browser.waitUntil(async () => (await browser.$(byTestId("step-next")).isEnabled()), { timeout: 10_000 });
  await browser.$(byTestId("mapping-table")).scrollIntoView({ block: "center" });
  await screenshot(browser, "import-2-columns");
  await browser.$(byTestId("step-next")).click();

  // 3. Rows: line 3 ("12 34") is too short; type the right number.
  const summary = await shown(browser, "import-summary");
  const before = await summary.getText();
  const cell = await shown(browser, "field-cell-3-0");
  await screenshot(browser, "import-3-rows");
  await cell.clearValue();
  await cell.setValue("06 11 22 33 44");
  await browser.keys("Enter");
  await browser.waitUntil(async () => (await browser.$(byTestId("row-line-3")).getAttribute("data-state")) === "ready", { timeout: 10_000 });
  assert.notEqual(await summary.getText(), before);
  assert.equal(await browser.$(byTestId("row-status-3")).getText(), "Fixed — ready");
  await screenshot(browser, "import-3-rows-fixed");
  const ready = Number((await summary.getText()).match(/(\d+) ready/)[1]);
  assert.ok(ready >= 2, await summary.getText());
  await browser.$(byTestId("step-next")).click();

  // 4. Send: the leads and a call for each, now.
  await (await shown(browser, "field-with-calls")).click();
  await (await shown(browser, "field-agent")).waitForEnabled();
  await browser.$(byTestId("submit-review-send")).click();
  const question = await shown(browser, "send-question");
  assert.match(await question.getText(), new RegExp(`^Create ${ready} leads in “.+” and schedule ${ready} calls with “.+”, starting now, one every 60 seconds\\?$`));
  await screenshot(browser, "import-4-confirm");
  await browser.$(byTestId("confirm-send")).click();

  // Progress to the end.
  const progress = await browser.$('[data-testid^="job-"][data-state]');
  await progress.waitForDisplayed({ timeout: 20_000 });
  await browser.waitUntil(async () => ["finished", "cancelled"].includes(await progress.getAttribute("data-state")), {
    timeout: 120_000,
    interval: 500,
    timeoutMsg: "the import did not finish",
  });
  assert.equal(await progress.getAttribute("data-state"), "finished");
  assert.equal(await browser.$(byTestId("job-done")).getText(), String(ready));
  await screenshot(browser, "import-5-finished");

  // History → Everything lists the new leads.
  await browser.$(byTestId("nav-history")).click();
  await shown(browser, "screen-history", 5_000);
  await shown(browser, "history-list", 30_000);
  await (await browser.$(byTestId("filter-text"))).setValue("33611223344");
  await browser.waitUntil(async () => (await browser.$$('[data-testid^="history-row-"]')).length > 0, { timeout: 20_000 });
  const texts = [];
  for (const row of await browser.$$('[data-testid^="history-row-"]')) texts.push(await row.getText());
  assert.ok(texts.some((text) => /\+33611223344/.test(text)), texts.join("\n"));
  await browser.$(byTestId("history-list")).scrollIntoView({ block: "end" });
  await screenshot(browser, "import-6-history");
});
