// The walking skeleton: the app opens in demo mode, shows what the two platforms hold, and every
// navigation item opens its screen.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { byTestId, openApp, screenshot } from "./harness.mjs";

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test("demo mode shows the practice banner and both platforms' data", async () => {
  const { browser } = app;
  const banner = await browser.$(byTestId("demo-banner"));
  await banner.waitForDisplayed({ timeout: 20_000 });
  assert.match(await banner.getText(), /demo/i);

  await browser.$(byTestId("persona-item")).waitForDisplayed({ timeout: 20_000 });
  const personas = await browser.$$(byTestId("persona-item")).map((item) => item.getText());
  assert.deepEqual(personas.length, 2);
  assert.ok(personas.some((text) => text.includes("Outbound Lead Qualification")), personas.join());

  await browser.$(byTestId("agent-item")).waitForDisplayed({ timeout: 20_000 });
  assert.equal((await browser.$$(byTestId("agent-item"))).length, 2);
  const phones = await browser.$$(byTestId("phone-item")).map((item) => item.getText());
  assert.equal(phones.length, 2);
  // Written as people write them (national format for their own country).
  assert.ok(phones.every((text) => /^\(?\+?\d[\d ()-]{8,}\d$/.test(text)), phones.join());
  await screenshot(browser, "home");
});

for (const screen of ["accounts", "api-keys", "leads", "import", "schedule", "history", "credits", "webhooks", "settings", "home"]) {
  test(`navigation opens the ${screen} screen`, async () => {
    const { browser } = app;
    await browser.$(byTestId(`nav-${screen}`)).click();
    const root = await browser.$(byTestId(`screen-${screen}`));
    await root.waitForDisplayed({ timeout: 5_000 });
    assert.ok((await root.getText()).trim().length > 0, `${screen} screen is empty`);
    await screenshot(browser, `screen-${screen}`);
  });
}
