// Issue 11: a whole day-one journey with the keyboard alone, in the real window, demo mode. Create
// a lead, schedule a call for it, top up credits, import a CSV, and last add a GetVocal account
// (last because a first real account ends demo mode and its practice Awaz account), moving
// between screens with Ctrl+digit and the Ctrl+K palette. Nothing is clicked: every action is a
// key (Tab, Shift+Tab, Enter, Space, arrows, typed text); the test only READS the page (which
// element has focus, what is shown) and checks each result at the practice servers too.
// The import's file is named by typing its location into the Import screen's path field (the
// keyboard way the screen offers), so no file chooser is needed.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { openApp, screenshot, shown, simRequest } from "./harness.mjs";

/** Enough Tab presses to go round any screen once. */
const MAX_TABS = 120;

let app;
before(async () => {
  app = await openApp();
  await shown(app.browser, "demo-banner");
  // Learns where the practice servers listen while the app is in demo mode.
  await simRequest(app, "getvocal", "GET", "/_sim/state");
});
after(async () => {
  await app?.close();
});

/**
 * Presses keys together (Ctrl+K, Shift+Tab), then lets go of every key: WebKitWebDriver may
 * otherwise keep the modifier held, and later digits would become Ctrl+digit shortcuts.
 */
async function chord(browser, keys) {
  await browser.keys(keys);
  await browser.releaseActions();
}

/** The test id of the element that has focus ("" when it has none). */
function focused(browser) {
  return browser.execute(() => document.activeElement?.getAttribute("data-testid") ?? "");
}

/** Presses Tab (or Shift+Tab) until the element of test id `testId` has focus. */
async function tabTo(browser, testId, { backwards = false } = {}) {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if ((await focused(browser)) === testId) return;
    if (backwards) await chord(browser, ["Shift", "Tab"]);
    else await browser.keys("Tab");
  }
  await screenshot(browser, `failed-keyboard-${testId}`);
  assert.fail(`Tab never reached ${testId}`);
}

/** Tabs to the field `testId` and types `text` into it, replacing what it held. */
async function fill(browser, testId, text) {
  await tabTo(browser, testId);
  await chord(browser, ["Control", "a"]);
  await browser.keys("Backspace");
  // Typed into the focused field as WebDriver types (key by key): `browser.keys` alone loses
  // repeated characters in WebKitGTK when a field redraws as it is typed in.
  await (await browser.$(await browser.getActiveElement())).addValue(text);
  assert.equal(await browser.execute(() => document.activeElement.value), text, `${testId} holds what was typed`);
}

/** Ctrl+`digit` opens the digit-th screen of the menu. */
async function shortcut(browser, digit, screen) {
  await chord(browser, ["Control", String(digit)]);
  await shown(browser, `screen-${screen}`, 10_000);
}

/** Ctrl+K, then the screen's name typed and Enter. */
async function viaPalette(browser, typed, screen) {
  await chord(browser, ["Control", "k"]);
  await shown(browser, "palette-input");
  assert.equal(await focused(browser), "palette-input", "the palette takes focus when it opens");
  await browser.keys(typed);
  await browser.keys("Enter");
  await shown(browser, `screen-${screen}`, 10_000);
}

const accountName = "Keyboard – GetVocal";
const lead = { phone: "+33 6 45 67 89 01", e164: "+33645678901", first: "Louise", last: "Keyboard" };

test("create a lead with the keyboard alone", async () => {
  const { browser } = app;
  await shortcut(browser, 3, "leads");
  await fill(browser, "field-phone_number", lead.phone);
  await fill(browser, "field-first_name", lead.first);
  await fill(browser, "field-last_name", lead.last);
  await tabTo(browser, "submit-lead");
  await browser.keys("Enter");

  await shown(browser, "result-lead", 15_000);
  assert.equal(await (await shown(browser, "result-lead-status")).getText(), "Created");
  const { getvocal } = await simRequest(app, "getvocal", "GET", "/_sim/state");
  const saved = getvocal.leads.filter((one) => one.phone_number === lead.e164);
  assert.equal(saved.length, 1, JSON.stringify(getvocal.leads.map((one) => one.phone_number)));
  lead.id = saved[0].id;
  await screenshot(browser, "keyboard-3-lead");
});

test("schedule a call for that lead with the keyboard alone", async () => {
  const { browser } = app;
  await shortcut(browser, 5, "schedule");
  await tabTo(browser, "field-lead");
  // The lead list is a select: arrows move through it until our lead is chosen.
  const chosen = () => browser.execute(() => document.querySelector('[data-testid="field-lead"]').selectedOptions[0]?.textContent ?? "");
  await browser.waitUntil(async () => (await browser.$$('[data-testid="field-lead"] option')).length > 0, { timeout: 20_000 });
  for (let presses = 0; presses < 30 && !(await chosen()).includes(lead.last); presses++) await browser.keys("ArrowDown");
  assert.match(await chosen(), new RegExp(lead.last));
  await tabTo(browser, "submit-call");
  await browser.keys("Enter");
  await shown(browser, "confirm-call-panel");
  await tabTo(browser, "confirm-call");
  await browser.keys("Enter");

  await shown(browser, "result-call", 15_000);
  const { getvocal } = await simRequest(app, "getvocal", "GET", "/_sim/state");
  assert.equal(getvocal.calls.filter((call) => call.lead_id === lead.id).length, 1, "one call for the lead at GetVocal");
  await screenshot(browser, "keyboard-4-call");
});

test("top up credits with the keyboard alone, from the palette", async () => {
  const { browser } = app;
  const workspace = "north-clinic@callboard.test";
  const credits = async () => (await simRequest(app, "awaz", "GET", "/_sim/state")).workspaces[workspace].credits;
  const before = await credits();
  await viaPalette(browser, "credits", "credits");
  await fill(browser, "field-workspace", workspace);
  await tabTo(browser, "field-kind-credits");
  await browser.keys("Space");
  await fill(browser, "field-amount", "25");
  await browser.keys("Enter");
  await shown(browser, "dialog-top-up");
  // Focus moves into the confirmation; Tab reaches its button.
  await browser.waitUntil(async () => browser.execute(() => Boolean(document.activeElement?.closest('[data-testid="dialog-top-up"]'))), {
    timeout: 5_000,
    timeoutMsg: "focus did not move into the top-up confirmation",
  });
  await tabTo(browser, "confirm-top-up");
  await browser.keys("Enter");

  await shown(browser, "result-top-up", 15_000);
  assert.equal(await credits(), before + 25);
  await screenshot(browser, "keyboard-5-top-up");
});

test("import a CSV with the keyboard alone", async () => {
  const { browser } = app;
  const people = [
    ["+33 6 45 67 89 11", "Keyboard One"],
    ["+33 6 45 67 89 12", "Keyboard Two"],
  ];
  const file = path.join(app.home, "keyboard_leads.csv");
  writeFileSync(file, ["Phone,First name", ...people.map((person) => person.join(","))].join("\n") + "\n");

  await shortcut(browser, 4, "import");
  await fill(browser, "field-path", file);
  await browser.keys("Enter");
  await shown(browser, "mapping-ok", 15_000);
  await browser.waitUntil(async () => (await browser.$('[data-testid="step-next"]').isEnabled()), { timeout: 10_000 });
  await tabTo(browser, "step-next");
  await browser.keys("Enter");
  await shown(browser, "import-summary");
  await browser.waitUntil(async () => (await browser.$('[data-testid="step-next"]').isEnabled()), { timeout: 10_000 });
  await tabTo(browser, "step-next");
  await browser.keys("Enter");
  await tabTo(browser, "submit-review-send");
  await browser.keys("Enter");
  assert.match(await (await shown(browser, "send-question")).getText(), /2 leads/);
  await tabTo(browser, "confirm-send");
  await browser.keys("Enter");

  const progress = await browser.$('[data-testid^="job-"][data-state]');
  await progress.waitForDisplayed({ timeout: 20_000 });
  await browser.waitUntil(async () => ["finished", "cancelled"].includes(await progress.getAttribute("data-state")), {
    timeout: 60_000,
    interval: 500,
    timeoutMsg: "the import did not finish",
  });
  assert.equal(await progress.getAttribute("data-state"), "finished");
  assert.equal(await browser.$('[data-testid="job-done"]').getText(), "2");
  const { getvocal } = await simRequest(app, "getvocal", "GET", "/_sim/state");
  for (const [phone] of people) {
    const e164 = phone.replaceAll(" ", "");
    assert.equal(getvocal.leads.filter((one) => one.phone_number === e164).length, 1, `${e164} is a lead once`);
  }
  await screenshot(browser, "keyboard-6-import");
});

test("add a GetVocal account with the keyboard alone", async () => {
  const { browser } = app;
  const servers = app.demoServers;
  await shortcut(browser, 2, "accounts");
  await tabTo(browser, "add-account");
  await browser.keys("Enter");
  await tabTo(browser, "add-account-getvocal-password");
  await browser.keys("Enter");
  await fill(browser, "field-name", accountName);
  await fill(browser, "field-email", "demo@callboard.test");
  await fill(browser, "field-password", "demo-password");
  await fill(browser, "field-company_id", "demo-company");
  await tabTo(browser, "advanced");
  await browser.keys("Enter");
  await fill(browser, "field-base_url", servers.getvocal_url);
  await screenshot(browser, "keyboard-1-account-form");
  await browser.keys("Enter");

  const note = await shown(browser, "accounts-note", 15_000);
  assert.match(await note.getText(), /is added and connected/);
  const names = await browser.$$('[data-testid="account-name"]').map((name) => name.getText());
  assert.ok(names.includes(accountName), names.join(", "));
  await screenshot(browser, "keyboard-2-account-added");
});
