// Import in the real window, demo mode: open a spreadsheet with bad phone numbers by typing its
// location, read French numbers, fix one bad row in the preview, create the leads and call them
// now, follow the progress to the end, then find the leads in History → Everything. Then an Awaz
// import where one contact's answer is lost after Awaz saved it: the row waits for the person's
// check, "Retry" leaves it out, and "they went through" settles it without a second contact.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { byTestId, openApp, screenshot, shown, simRequest } from "./harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const spreadsheet = path.join(root, "crates/callboard/tests/fixtures/csv/bad_phones.csv");

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

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
  // Read the rows in one go: the list redraws while the filter applies, so elements found one
  // moment may be gone the next.
  const rowTexts = () =>
    browser.execute(() => [...document.querySelectorAll('[data-testid^="history-row-"]')].map((row) => row.textContent ?? ""));
  let texts = [];
  await browser.waitUntil(async () => (texts = await rowTexts()).some((text) => /\+33611223344/.test(text)), {
    timeout: 20_000,
    timeoutMsg: "no history row for +33611223344",
  });
  assert.ok(texts.some((text) => /\+33611223344/.test(text)), texts.join("\n"));
  await browser.$(byTestId("history-list")).scrollIntoView({ block: "end" });
  await screenshot(browser, "import-6-history");
});

test("an Awaz contact whose answer was lost is checked by the person, never sent twice", async () => {
  const { browser } = app;
  const people = [
    ["Check One", "+12025550161", "check.one@example.com"],
    ["Check Two", "+12025550162", "check.two@example.com"],
    ["Check Three", "+12025550163", "check.three@example.com"],
  ];
  const file = path.join(app.home, "awaz_contacts.csv");
  writeFileSync(file, ["Name,Phone,Email", ...people.map((person) => person.join(","))].join("\n") + "\n");
  const route = "POST /v1/contacts";
  const awaz = async () => {
    const state = await simRequest(app, "awaz", "GET", "/_sim/state");
    const contacts = Object.values(state.awaz.contacts);
    return {
      sent: state.requests[route] ?? 0,
      saved: people.map(([, phone]) => contacts.filter((contact) => contact.phone === phone).length),
    };
  };
  const before = await awaz();
  assert.deepEqual(before.saved, [0, 0, 0]);
  // The first contact is saved by Awaz, then its answer is lost (a gateway's 502).
  await simRequest(app, "awaz", "POST", "/_sim/faults", { route, status: 502, process: true, count: 1 });

  await browser.$(byTestId("nav-import")).click();
  await shown(browser, "screen-import", 5_000);
  await (await shown(browser, "field-path")).setValue(file);
  await browser.$(byTestId("submit-open-path")).click();
  await (await shown(browser, "field-target-awaz_contacts")).click();
  await shown(browser, "mapping-ok");
  await browser.waitUntil(async () => (await browser.$(byTestId("step-next")).isEnabled()), { timeout: 10_000 });
  await browser.$(byTestId("step-next")).click();
  await shown(browser, "import-summary");
  await browser.waitUntil(async () => (await browser.$(byTestId("step-next")).isEnabled()), { timeout: 10_000 });
  await browser.$(byTestId("step-next")).click();
  await (await shown(browser, "submit-review-send")).click();
  assert.match(await (await shown(browser, "send-question")).getText(), /3 contacts/);
  await browser.$(byTestId("confirm-send")).click();

  const progress = await browser.$('[data-testid^="job-"][data-state]');
  await progress.waitForDisplayed({ timeout: 20_000 });
  await browser.waitUntil(async () => (await progress.getAttribute("data-state")) === "finished", {
    timeout: 60_000,
    interval: 500,
    timeoutMsg: "the Awaz import did not finish",
  });
  assert.equal(await browser.$(byTestId("job-done")).getText(), "2");
  assert.equal(await browser.$(byTestId("job-unknown")).getText(), "1");

  // The row is shown to check, with its reason; nothing offers to simply retry it.
  const toCheck = await shown(browser, "rows-to-check");
  const rows = await toCheck.$$('[data-testid^="check-line-"]');
  assert.equal(rows.length, 1);
  assert.match(await rows[0].getText(), /may or may not have been saved/);
  assert.equal(await browser.$(byTestId("job-retry-failed")).isExisting(), false);
  await toCheck.scrollIntoView({ block: "center" });
  await screenshot(browser, "import-rows-to-check");
  // Awaz saved every contact once; the lost answer was not sent again.
  assert.deepEqual(await awaz(), { sent: before.sent + 3, saved: [1, 1, 1] });

  // The person finds it in Awaz: it went through.
  await browser.$(byTestId("rows-went-through")).click();
  const question = await shown(browser, "dialog-resolve-rows", 5_000);
  assert.match(await question.getText(), /Mark 1 row as gone through\?/);
  await screenshot(browser, "import-rows-to-check-confirm");
  await browser.$(byTestId("confirm-resolve-rows")).click();
  await browser.waitUntil(async () => (await browser.$(byTestId("job-done")).getText()) === "3", {
    timeout: 20_000,
    timeoutMsg: "the checked row is not counted as done",
  });
  assert.equal(await browser.$(byTestId("job-unknown")).getText(), "0");
  assert.equal(await browser.$(byTestId("rows-to-check")).isExisting(), false);
  assert.deepEqual(await awaz(), { sent: before.sent + 3, saved: [1, 1, 1] });
});
