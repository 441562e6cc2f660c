// GetVocal in the real window, demo mode: create and revoke an API key, create a lead, schedule
// a call for later and cancel it. Each flow ends with a screenshot.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { byTestId, open, openApp, screenshot, type } from "./harness.mjs";

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test("create an API key, see its secret once, then revoke it", async () => {
  const { browser } = app;
  await open(browser, "api-keys");
  await browser.$(byTestId("row-key-5c3e2a9d-8f14-4b6e-a7d2-1e0f9c8b7a65")).waitForDisplayed({ timeout: 20_000 });

  await type(browser, "field-name", "Reporting spreadsheet");
  await browser.$(byTestId("submit-create-key")).click();
  const panel = await browser.$(byTestId("result-created-key"));
  await panel.waitForDisplayed({ timeout: 10_000 });
  assert.match(await panel.getText(), /You won't see this secret again/);
  const secret = await browser.$(byTestId("result-secret")).getText();
  assert.ok(secret.length >= 16, secret);
  // The key's ID is a technical detail: open the disclosure to read it.
  await panel.$("[data-technical] summary").click();
  const keyId = await browser.$(byTestId("result-key-id")).getText();
  await browser.pause(1500);
  await screenshot(browser, "getvocal-api-key-created");
  assert.ok(await panel.isDisplayed(), "the secret stays until the person hides it");

  await browser.$(byTestId("close-secret")).click();
  await browser.$(byTestId(`revoke-${keyId}`)).click();
  const confirmation = await browser.$(byTestId("dialog-revoke"));
  assert.match(await confirmation.getText(), /Revoke the key “Reporting spreadsheet”\?/);
  await browser.$(byTestId("confirm-revoke")).click();
  const row = await browser.$(byTestId(`row-key-${keyId}`));
  await browser.waitUntil(async () => /Revoked/.test(await row.getText()), { timeout: 10_000 });
  await screenshot(browser, "getvocal-api-key-revoked");
});

test("create a lead with extra details", async () => {
  const { browser } = app;
  await open(browser, "leads");
  await type(browser, "field-phone_number", "+33 6 12 34 56 78");
  await type(browser, "field-first_name", "Marie");
  await type(browser, "field-last_name", "Dupont");
  await type(browser, "field-email_address", "marie.dupont@example.fr");
  await type(browser, "field-customer_lead_id", "crm-42");
  await browser.$(byTestId("field-language")).selectByAttribute("value", "fr");
  await browser.$(byTestId("add-static")).click();
  await type(browser, "field-static-key-0", "DATE_OF_BIRTH");
  await type(browser, "field-static-value-0", "06/04/1998");
  await browser.$(byTestId("submit-lead")).click();

  const result = await browser.$(byTestId("result-lead"));
  await result.waitForDisplayed({ timeout: 10_000 });
  assert.equal(await browser.$(byTestId("result-lead-status")).getText(), "Created");
  assert.match(await result.getText(), /\+33 6 12 34 56 78/);
  await screenshot(browser, "getvocal-lead-created");
});

test("schedule a call for tomorrow, then cancel it", async () => {
  const { browser } = app;
  await open(browser, "schedule");
  const lead = await browser.$(byTestId("field-lead"));
  await lead.waitForDisplayed({ timeout: 20_000 });
  assert.match(await lead.getText(), /Marie Dupont \(\+33 6 12 34 56 78\)/);

  await browser.$(byTestId("field-when-later")).click();
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  // Date and time inputs take their value from script: typing into them depends on the locale.
  await browser.execute(
    (date) => {
      const set = (testId, value) => {
        const input = document.querySelector(`[data-testid="${testId}"]`);
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(input, value);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      };
      set("field-date", date);
      set("field-time", "15:00");
    },
    tomorrow,
  );
  // The zone is chosen by the words on screen (an option whose value equals its words carries no value attribute).
  await browser.$(byTestId("field-zone")).selectByVisibleText("Europe/Paris");
  const preview = await browser.$(byTestId("schedule-preview"));
  await browser.waitUntil(async () => /15:00 Europe\/Paris \(\d\d:00 UTC\)/.test(await preview.getText()), { timeout: 10_000 });

  await browser.$(byTestId("submit-call")).click();
  assert.match(await browser.$(byTestId("confirm-call-panel")).getText(), /Schedule a call to Marie Dupont/);
  await browser.$(byTestId("confirm-call")).click();
  const result = await browser.$(byTestId("result-call"));
  await result.waitForDisplayed({ timeout: 10_000 }).catch(async (error) => {
    await screenshot(browser, "failed-getvocal-call");
    throw error;
  });
  assert.equal(await browser.$(byTestId("result-call-status")).getText(), "Upcoming");
  await screenshot(browser, "getvocal-call-scheduled");

  await browser.$(byTestId("cancel-selected")).click();
  await browser.$(byTestId("confirm-cancel-selected")).click();
  const cancelled = await browser.$(byTestId("result-cancel-selected"));
  await cancelled.waitForDisplayed({ timeout: 10_000 });
  assert.match(await cancelled.$(byTestId("done-title")).getText(), /1 waiting call of Marie Dupont \(.+\) was cancelled\./);
  await screenshot(browser, "getvocal-calls-cancelled");
});

test("the history shows what was done, with details", async () => {
  const { browser } = app;
  await open(browser, "history");
  await browser.$(byTestId("tab-journal")).click();
  // Key created and revoked, lead created, call scheduled and cancelled.
  await browser.waitUntil(async () => (await browser.$$('[data-testid^="row-action-"]')).length === 5, { timeout: 10_000 });
  const newest = await browser.$('[data-testid^="row-action-"]');
  assert.match(await newest.getText(), /Cancel the waiting calls of Marie Dupont/);
  await newest.$("button").click();
  await browser.$(byTestId("action-details")).waitForDisplayed({ timeout: 5_000 });
  await screenshot(browser, "getvocal-history");
});
