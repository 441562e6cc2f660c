// A call's page (issue 12, item 4) in the real window, demo mode. It opens from Upcoming calls,
// Home's "Needs a look", the Leads list and History; it says who was called and when on both
// clocks (the callee's named), the persona or agent, the number called from, how it went (the
// platform's word one click away), what the AI found out as labelled fields, and the person's
// other calls; nothing technical outside "Technical details". Last, a French reader's date field.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { byTestId, open, openApp, screenshot, screenshotDir, shown } from "./harness.mjs";

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/screenshots");
let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

/** A screenshot in target/e2e/screenshots, copied into docs/screenshots for the README and the issue. */
async function picture(browser, name) {
  await browser.pause(400);
  await screenshot(browser, name);
  mkdirSync(docs, { recursive: true });
  copyFileSync(path.join(screenshotDir, `${name}.png`), path.join(docs, `${name}.png`));
}

/** The call page, once loaded. */
async function callPage(browser) {
  const page = await browser.$(byTestId("call-page"));
  await page.waitForDisplayed({ timeout: 15_000 }).catch(async (error) => {
    await screenshot(browser, "failed-call-page");
    throw error;
  });
  return page;
}

/** Ids, JSON, web addresses and file paths shown on the main screen outside Technical details. */
async function technicalText(browser) {
  return browser.execute(() => {
    const clone = (document.querySelector("main") ?? document.body).cloneNode(true);
    for (const hidden of clone.querySelectorAll("[data-technical], [hidden], option, script, style")) hidden.remove();
    const text = clone.textContent;
    const rules = {
      id: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{24}\b|\bid\b|journal:\d|awaz:/,
      json: /[{[]\s*"[^"]+"\s*:/,
      url: /\bhttps?:\/\/|\bwww\./,
      key: /\b[A-Z]+_[A-Z_]+\b|\b[a-z]+_[a-z_]+\b/,
    };
    return Object.entries(rules)
      .map(([kind, rule]) => {
        const match = text.match(rule);
        return match ? `${kind}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…` : null;
      })
      .filter(Boolean);
  });
}

/** Sets a date or time field from script: typing into them depends on the locale. */
async function setField(browser, scope, testId, value) {
  await browser.execute(
    (scope, testId, value) => {
      const input = document.querySelector(`${scope} [data-testid="${testId}"]`);
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(input, value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    },
    scope,
    testId,
    value,
  );
}

async function callFromLeads(browser, when) {
  await open(browser, "leads");
  await browser.waitUntil(async () => (await browser.$$(byTestId("lead-row"))).length > 0, { timeout: 10_000 });
  const row = (await browser.$$(byTestId("lead-row")))[0];
  await row.$(byTestId("lead-call")).click();
  const panel = await browser.$(byTestId("lead-call-panel"));
  await panel.$(byTestId("submit-call")).waitForDisplayed({ timeout: 10_000 });
  if (when) {
    await panel.$(byTestId("field-when-later")).click();
    await setField(browser, '[data-testid="lead-call-panel"]', "field-date", when.date);
    await setField(browser, '[data-testid="lead-call-panel"]', "field-time", when.time);
    await panel.$(byTestId("schedule-preview")).waitForDisplayed({ timeout: 10_000 });
  }
  await panel.$(byTestId("submit-call")).click();
  await panel.$(byTestId("confirm-call")).click();
  return panel;
}

test("a GetVocal call's page opens from Upcoming calls, Home's Needs a look and the Leads list", async () => {
  const { browser } = app;
  await open(browser, "leads");
  await browser.$(byTestId("field-phone_number")).waitForDisplayed({ timeout: 15_000 });
  // A New York number: the callee's clock is not the reader's.
  await browser.$(byTestId("field-phone_number")).setValue("+1 212 555 0100");
  await browser.$(byTestId("field-first_name")).setValue("Léa");
  await browser.$(byTestId("field-last_name")).setValue("Garnier");
  await browser.$(byTestId("submit-lead")).click();
  await browser.$(byTestId("result-lead")).waitForDisplayed({ timeout: 15_000 });
  const leadRow = await browser.$(byTestId("lead-row"));
  await leadRow.waitForDisplayed({ timeout: 10_000 });
  assert.match(await leadRow.$(byTestId("lead-their-time")).getText(), /New York time/);

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const scheduled = await callFromLeads(browser, { date: tomorrow, time: "15:00" });
  await scheduled.$(byTestId("result-call")).waitForDisplayed({ timeout: 15_000 });

  // From Upcoming calls: the callee's clock under the person's own.
  await open(browser, "schedule");
  await browser.$(byTestId("tab-upcoming")).click();
  await browser.waitUntil(async () => (await browser.$$(byTestId("upcoming-row"))).length > 0, { timeout: 10_000 });
  const upcoming = await browser.$(byTestId("upcoming-row"));
  assert.match(await upcoming.getText(), /Léa Garnier/);
  assert.match(await upcoming.$(byTestId("upcoming-their-time")).getText(), /^Their time: .+ \(New York time\)$/);
  await upcoming.$(byTestId("open-call")).click();
  const page = await callPage(browser);
  assert.equal(await browser.$('[data-testid="screen-call"] h1').getText(), "Call to Léa Garnier");
  assert.match(await page.$(byTestId("call-who")).getText(), /^Léa Garnier · .*212.*555.0100$/);
  assert.match(await page.$(byTestId("call-their-time")).getText(), /\(New York time\)$/);
  assert.equal(await page.$(byTestId("call-agent")).getText(), "Inbound Lead Qualification");
  assert.match(await page.$(byTestId("call-from")).getText(), /80 00 00 00/);
  assert.equal(await page.$(byTestId("call-duration")).getText(), "GetVocal does not say");
  const badge = await page.$(byTestId("call-outcome")).$(byTestId("outcome-badge"));
  assert.equal(await badge.getText(), "Upcoming");
  await badge.click();
  assert.equal(await badge.getText(), "GetVocal: scheduled");
  await badge.click();
  assert.equal(await page.$(byTestId("call-no-findings")).getText(), "Nothing yet: the call has not taken place.");
  assert.ok(await page.$(byTestId("call-actions")).$(byTestId("cancel-selected")).isDisplayed(), "a waiting call can be cancelled from its page");
  assert.deepEqual(await technicalText(browser), []);
  await picture(browser, "call-page-getvocal");
  // Back where it came from, the tab still open.
  await browser.$(byTestId("call-back")).click();
  await browser.$(byTestId("upcoming-calls")).waitForDisplayed({ timeout: 5_000 });

  // A second call while the first waits: GetVocal refuses it, and Home lists it to look at.
  const refused = await callFromLeads(browser, null);
  await refused.$(byTestId("error-notice")).waitForDisplayed({ timeout: 15_000 });
  await open(browser, "home");
  const toCheck = await browser.$(byTestId("overview-to-check"));
  await toCheck.waitForDisplayed({ timeout: 15_000 });
  assert.match(await toCheck.getText(), /Léa Garnier/);
  await toCheck.$(byTestId("open-call")).click();
  const failed = await callPage(browser);
  assert.equal(await failed.$(byTestId("call-outcome")).getText(), "Failed");
  assert.match(await failed.$(byTestId("call-note")).getText(), /already|waiting|queue/i);
  // Her history: the lead and the call that waits.
  const history = await failed.$$(byTestId("person-history-row"));
  const lines = await failed.$$(byTestId("person-history-row")).map((row) => row.getText());
  assert.ok(lines.some((line) => /^.*Lead.*Léa Garnier/s.test(line)), lines.join("\n"));
  assert.ok(lines.some((line) => /Call.*Upcoming/s.test(line)), lines.join("\n"));
  assert.equal(await failed.$(byTestId("call-no-findings")).getText(), "Nothing: the call did not take place.");
  assert.deepEqual(await technicalText(browser), []);
  await failed.$(byTestId("person-history")).scrollIntoView({ block: "end" });
  await picture(browser, "call-page-failed");
  const waitingRow = history[lines.findIndex((line) => /Call.*Upcoming/s.test(line))];
  await waitingRow.$(byTestId("open-call")).click();
  await browser.waitUntil(async () => (await browser.$(byTestId("call-outcome")).getText()) === "Upcoming", { timeout: 10_000 });

  // From the Leads list: her last call.
  await open(browser, "leads");
  const row = await browser.$(byTestId("lead-row"));
  await row.$(byTestId("lead-open-call")).waitForDisplayed({ timeout: 10_000 });
  await row.$(byTestId("lead-open-call")).click();
  const last = await callPage(browser);
  assert.equal(await last.$(byTestId("call-outcome")).getText(), "Upcoming");
  // Technical details hold the ids, for whoever helps the person.
  await browser.$('[data-testid="call-technical"] summary').click();
  assert.match(await browser.$(byTestId("call-platform-id")).getText(), /^[0-9a-f-]{36}$/);
});

test("an Awaz call's page, opened from History, says what the AI found out in words", async () => {
  const { browser } = app;
  await open(browser, "history");
  await browser.$(byTestId("filter-text")).setValue("Olivia");
  const row = await browser.$('[data-testid^="history-row-awaz:"]');
  await row.waitForDisplayed({ timeout: 20_000 });
  await row.$(byTestId("open-call")).click();
  const page = await callPage(browser);
  assert.equal(await browser.$('[data-testid="screen-call"] h1').getText(), "Call to Olivia Bennett");
  assert.match(await page.$(byTestId("call-their-time")).getText(), /\(New York time\)$/);
  assert.equal(await page.$(byTestId("call-outcome")).getText(), "Reached");
  const words = await page.$$(byTestId("call-finding")).map((finding) => finding.getText());
  assert.equal(words.length, 2, words.join("\n"));
  assert.match(words[0], /^Appointment date\s*(\d{1,2} Nov 2026|Nov \d{1,2}, 2026)$/);
  assert.doesNotMatch(words[0], /2026-11-03/, "the day is written the reader's way");
  assert.match(words[1], /^Interested\s*Yes$/);
  assert.deepEqual(await technicalText(browser), []);
  await picture(browser, "call-page-awaz");
  await browser.$(byTestId("call-back")).click();
  await browser.$(byTestId("history-count")).waitForDisplayed({ timeout: 5_000 });
  assert.equal(await browser.$(byTestId("filter-text")).getValue(), "Olivia", "History kept its filters");
});

/** A French locale built for this run (the web view takes its language from the C library's). */
function frenchLocale() {
  const folder = mkdtempSync(path.join(tmpdir(), "callboard-locale-"));
  try {
    execFileSync("localedef", ["-i", "fr_FR", "-f", "UTF-8", path.join(folder, "fr_FR.UTF-8")], { stdio: "ignore" });
    return folder;
  } catch {
    return null;
  }
}

test("a French reader's date field and dates are day-first", async (t) => {
  const locales = frenchLocale();
  if (!locales) return t.skip("localedef could not build fr_FR.UTF-8 on this machine");
  await app.close();
  app = await openApp({ env: { LOCPATH: locales, LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8", LANGUAGE: "fr_FR:fr" } });
  const { browser } = app;
  // The page's own language is set by its script: read it once the first screen is shown.
  await shown(browser, "screen-home");
  const language = await browser.execute(() => [navigator.language, document.documentElement.lang]);
  assert.match(language[0], /^fr/, `the web view reads ${language[0]}`);
  assert.equal(language[1], language[0], "the page speaks the reader's language");
  await open(browser, "schedule");
  await browser.$(byTestId("field-when-later")).waitForDisplayed({ timeout: 20_000 });
  await browser.$(byTestId("field-when-later")).click();
  await setField(browser, "", "field-date", "2026-12-02");
  await setField(browser, "", "field-time", "15:00");
  await browser.$(byTestId("field-date")).scrollIntoView();
  await picture(browser, "date-field-fr");
  // Dates written by the app are day-first too ("1 déc. 2026, 22:49").
  await open(browser, "history");
  const when = await browser.$(".history-when");
  await when.waitForDisplayed({ timeout: 20_000 });
  assert.match(await when.getText(), /^\d{1,2} \S+ \d{4}/);
});
