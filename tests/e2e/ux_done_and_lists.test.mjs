// Issue 12 in the real window, demo mode: after an action the form is locked in a "Done" state
// with its confirmation at the top; the lead appears in the Leads list, its call in Upcoming
// calls and on Home; and no main screen shows an ID, JSON, a web address or a file path outside
// a "Technical details" disclosure.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { byTestId, open, openApp, screenshot, screenshotDir } from "./harness.mjs";

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/screenshots");
let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

/** A screenshot in target/e2e/screenshots, copied into docs/screenshots for the README and the issue. */
async function picture(browser, name) {
  await screenshot(browser, name);
  mkdirSync(docs, { recursive: true });
  copyFileSync(path.join(screenshotDir, `${name}.png`), path.join(docs, `${name}.png`));
}

test("a lead added is Done, locked, and listed; its call is Done and listed in Upcoming calls and on Home", async () => {
  const { browser } = app;
  await open(browser, "leads");
  await browser.$(byTestId("field-phone_number")).waitForDisplayed({ timeout: 15_000 });
  await browser.$(byTestId("field-phone_number")).setValue("+44 20 7946 0958");
  await browser.$(byTestId("field-first_name")).setValue("Léa");
  await browser.$(byTestId("field-last_name")).setValue("Garnier");
  await browser.$(byTestId("submit-lead")).click();
  const done = await browser.$(byTestId("result-lead"));
  await done.waitForDisplayed({ timeout: 15_000 });
  assert.equal(await done.getAttribute("role"), "status");
  assert.match(await browser.$(byTestId("done-title")).getText(), /Léa Garnier was added as a lead/);
  // Locked by its fieldset: the control itself says it is disabled.
  assert.equal(await browser.execute(() => document.querySelector('[data-testid="field-phone_number"]').matches(":disabled")), true);
  assert.equal(await browser.$(byTestId("submit-lead")).isExisting(), false);
  await browser.waitUntil(async () => (await browser.$$(byTestId("lead-row"))).length > 0, { timeout: 10_000 });
  const rows = await browser.$$(byTestId("lead-row"));
  assert.match(await rows[0].getText(), /Léa Garnier/);
  await browser.pause(400);
  await picture(browser, "leads");

  // Call her tomorrow from the list.
  await rows[0].$(byTestId("lead-call")).click();
  const panel = await browser.$(byTestId("lead-call-panel"));
  await panel.$(byTestId("field-when-later")).waitForDisplayed({ timeout: 10_000 });
  await panel.$(byTestId("field-when-later")).click();
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await browser.execute((date) => {
    for (const [id, value] of [["field-date", date], ["field-time", "10:30"]]) {
      const input = document.querySelector(`[data-testid="lead-call-panel"] [data-testid="${id}"]`);
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(input, value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }, tomorrow);
  await panel.$(byTestId("schedule-preview")).waitForDisplayed({ timeout: 10_000 });
  await panel.$(byTestId("submit-call")).click();
  await panel.$(byTestId("confirm-call")).click();
  const called = await panel.$(byTestId("result-call"));
  await called.waitForDisplayed({ timeout: 15_000 }).catch(async (error) => {
    await screenshot(browser, "failed-call");
    throw error;
  });
  assert.match(await called.getText(), /The call to Léa Garnier .* is scheduled/);
  assert.equal(await panel.$(byTestId("submit-call")).isExisting(), false);
  await browser.pause(400);
  await picture(browser, "leads-call-done");

  await open(browser, "schedule");
  await browser.$(byTestId("tab-upcoming")).click();
  await browser.waitUntil(async () => (await browser.$$(byTestId("upcoming-row"))).length > 0, { timeout: 10_000 });
  assert.match(await browser.$(byTestId("upcoming-calls")).getText(), /Léa Garnier/);
  await browser.pause(400);
  await picture(browser, "upcoming");

  await open(browser, "home");
  await browser.$(byTestId("account-overview")).waitForDisplayed({ timeout: 15_000 });
  assert.match(await browser.$(byTestId("screen-home")).getText(), /Léa Garnier/);
  await browser.pause(400);
  await picture(browser, "home");
});

const screensToWalk = ["home", "accounts", "leads", "schedule", "credits", "api-keys", "webhooks", "settings", "history"];

test("no main screen shows an ID, JSON, a web address or a file path outside Technical details", async () => {
  const { browser } = app;
  for (const screen of screensToWalk) {
    await open(browser, screen);
    await browser.pause(1500);
    const found = await browser.execute(() => {
      const root = document.querySelector("main") ?? document.body;
      const clone = root.cloneNode(true);
      // Technical details (and addresses the person types themselves, such as a webhook's) are allowed.
      for (const hidden of clone.querySelectorAll("[data-technical], [data-address], option, script, style")) hidden.remove();
      const text = clone.textContent;
      const rules = {
        id: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{24}\b|\bid\b/,
        json: /[{[]\s*"[^"]+"\s*:/,
        url: /\bhttps?:\/\/|\bwww\./,
        path: /(^|\s)(\/home\/|\/Users\/|\/tmp\/|~\/|[A-Z]:\\)|\.sqlite3\b|settings\.json\b/,
      };
      return Object.entries(rules)
        .map(([kind, rule]) => {
          const match = text.match(rule);
          return match ? `${kind}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…` : null;
        })
        .filter(Boolean);
    });
    assert.deepEqual(found, [], `the ${screen} screen shows technical text`);
    if (screen !== "history") await picture(browser, `walk-${screen}`);
  }
});
