// Calling rules in the real window, demo mode, on a Saturday evening (the developer clock
// CALLBOARD_CLOCK, honoured by debug builds only): one French number goes on the do-not-call
// list; a spreadsheet of French, American and British people is imported as Awaz contacts with
// a call each; the rows step shows each person's local time and the listed number's entry; the
// review shows who moves where and why, the listed number refused, and offers "I have consent
// for this list"; at the end the listed number is skipped (no retry); at the simulator, every
// call's start is inside its callee's legal window and the listed number was never called.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { byTestId, openApp, screenshot, shown, simRequest } from "./harness.mjs";

// Saturday 5 December 2026: 19:30 in Paris, 13:30 in New York, 18:30 in London.
const SATURDAY_EVENING = "2026-12-05T18:30:00Z";

const people = [
  ["Marie Dupont", "+33 6 12 34 56 78", "marie@example.fr", "2026-09-01"],
  ["Ann Lee", "+1 212 555 0100", "ann@example.com", ""],
  ["Luc Martin", "+33 6 98 76 54 32", "luc@example.fr", "2026-09-02"],
  ["Sam Hill", "+1 305 555 0101", "sam@example.com", ""],
  ["Olivia Brown", "+44 7400 123456", "olivia@example.co.uk", ""],
  ["Jean Listed", "+33 6 11 11 11 11", "jean@example.fr", "2026-09-03"],
];
const e164 = (written) => written.replaceAll(" ", "");

/** The legal window of each callee, in their own zone: [zone, weekdays (1 = Monday), from, to]. */
function windowOf(phone) {
  if (phone.startsWith("+33")) return ["Europe/Paris", [1, 2, 3, 4, 5], [[10, 13], [14, 20]]];
  if (phone.startsWith("+44")) return ["Europe/London", [1, 2, 3, 4, 5], [[9, 19]]];
  // Florida's own law: 8:00–20:00; elsewhere in the US, 8:00–21:00 (47 CFR 64.1200(c)(1)).
  if (phone.startsWith("+1305")) return ["America/New_York", [1, 2, 3, 4, 5, 6, 7], [[8, 20]]];
  return ["America/New_York", [1, 2, 3, 4, 5, 6, 7], [[8, 21]]];
}

function inside(phone, iso) {
  const [zone, days, hours] = windowOf(phone);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: zone, weekday: "short", hour: "numeric", hourCycle: "h23" })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  const day = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday) + 1;
  const hour = Number(parts.hour);
  return days.includes(day) && hours.some(([from, to]) => hour >= from && hour < to);
}

let app;
before(async () => {
  process.env.CALLBOARD_CLOCK = SATURDAY_EVENING;
  app = await openApp();
});
after(async () => {
  delete process.env.CALLBOARD_CLOCK;
  await app?.close();
});

test("a Saturday evening import calls each person in their own legal hours and never a listed number", async () => {
  const { browser } = app;
  await shown(browser, "demo-banner");
  await shown(browser, "screen-home");

  // The do-not-call list: one French number, with who and why.
  await browser.$(byTestId("nav-do-not-call")).click();
  await shown(browser, "screen-do-not-call", 5_000);
  await (await shown(browser, "field-dnc-phone")).setValue("+33 6 11 11 11 11");
  await browser.$(byTestId("field-dnc-added-by")).setValue("E2E tester");
  await browser.$(byTestId("field-dnc-reason")).setValue("Said no on the phone");
  await browser.$(byTestId("submit-dnc-add")).click();
  await shown(browser, "dnc-added");
  await shown(browser, "dnc-row-+33611111111");
  await browser.$(byTestId("dnc-table")).scrollIntoView({ block: "center" });
  await screenshot(browser, "calling-rules-1-do-not-call");

  // The spreadsheet, as Awaz contacts with a call each, starting now.
  const file = path.join(app.home, "mixed_countries.csv");
  writeFileSync(file, ["Name,Phone,Email,Consent date", ...people.map((person) => person.join(","))].join("\n") + "\n");
  await browser.$(byTestId("nav-import")).click();
  await shown(browser, "screen-import", 5_000);
  await (await shown(browser, "field-path")).setValue(file);
  await browser.$(byTestId("submit-open-path")).click();
  await (await shown(browser, "field-target-awaz_contacts")).click();
  await shown(browser, "mapping-ok");
  await browser.waitUntil(async () => await browser.$(byTestId("step-next")).isEnabled(), { timeout: 10_000 });
  await browser.$(byTestId("step-next")).click();
  await shown(browser, "import-summary");

  // The rows: every person's local time now, on the test clock, and the listed number's entry.
  const rowLocal = async (line) => (await shown(browser, `row-local-${line}`)).getText();
  await browser.waitUntil(async () => (await rowLocal(2)) === "19:30, Europe/Paris", {
    timeout: 10_000,
    timeoutMsg: "line 2 never showed Marie's time in Paris",
  });
  assert.equal(await rowLocal(3), "13:30, America/New York");
  assert.equal(await rowLocal(5), "13:30, America/New York", "Miami is on New York time");
  assert.match(await rowLocal(6), /^18:30, .*Europe\/London/);
  assert.match(await (await shown(browser, "row-listed-7")).getText(), /is on the do-not-call list/);
  assert.equal(await browser.$(byTestId("row-status-7")).getText(), "Do not call");
  await browser.$(byTestId("rows-table")).scrollIntoView({ block: "center" });
  await screenshot(browser, "calling-rules-2-local-times");
  await browser.waitUntil(async () => await browser.$(byTestId("step-next")).isEnabled(), { timeout: 10_000 });
  await browser.$(byTestId("step-next")).click();
  await (await shown(browser, "field-with-calls")).click();
  await (await shown(browser, "field-agent")).waitForEnabled();
  await browser.$(byTestId("submit-review-send")).click();

  // The review: local times, moves with their rule, the listed number refused.
  await shown(browser, "rules-review");
  await browser.$(byTestId("rules-review")).scrollIntoView({ block: "start" });
  await screenshot(browser, "calling-rules-3-review");
  const local = async (line) => (await browser.$(byTestId(`review-local-${line}`))).getText();
  const why = async (line) => (await browser.$(byTestId(`review-why-${line}`))).getText();
  assert.equal(await local(2), "19:30, Europe/Paris");
  assert.equal(await local(3), "13:30, America/New_York");
  // British mobiles may ring in Guernsey, Jersey or the Isle of Man too: same clock, every zone named.
  assert.match(await local(6), /^18:30, .*Europe\/London/);
  const moved = await browser.$$(byTestId("review-moved")).map((element) => element.getText());
  assert.ok(moved.some((text) => /^2 moved to Monday 7 December 10:00, Europe\/Paris: French weekend/.test(text)), moved.join("\n"));
  // 09:00 and 09:01 UTC went to the French calls: the British one keeps the minute's spacing.
  assert.ok(moved.some((text) => /^1 moved to Monday 7 December 09:0\d, [^:]*Europe\/London: Not a calling day in Settings$/.test(text)), moved.join("\n"));
  assert.match(await why(2), /French weekend/);
  assert.equal(await why(3), "", "New York on a Saturday afternoon is called at once");
  assert.match(await why(7), /^Not called: \+33611111111 is on the do-not-call list \(added by hand by E2E tester on Saturday 5 December 2026: Said no on the phone\)\.$/);
  assert.equal(await browser.$(byTestId("review-row-7")).getAttribute("data-state"), "refused");
  // The French weekend is a rule consent lifts: the acknowledgement is offered, not given.
  const consent = await shown(browser, "consent-form");
  assert.match(await browser.$(byTestId("consent-would-allow")).getText(), /^2 calls are moved or refused/);
  await consent.scrollIntoView({ block: "center" });
  await screenshot(browser, "calling-rules-4-consent-offered");
  await browser.$(byTestId("confirm-send")).click();

  const progress = await browser.$('[data-testid^="job-"][data-state]');
  await progress.waitForDisplayed({ timeout: 20_000 });
  await browser.waitUntil(async () => (await progress.getAttribute("data-state")) === "finished", {
    timeout: 60_000,
    interval: 500,
    timeoutMsg: "the import did not finish",
  });
  // The listed number: skipped with the list's reason, never offered a plain retry.
  assert.equal(await (await shown(browser, "job-skipped")).getText(), "1");
  const skipped = await shown(browser, "skipped-line-7");
  assert.match(await skipped.getText(), /do-not-call list/);
  assert.equal(await browser.$(byTestId("job-retry-failed")).isExisting(), false);
  await skipped.scrollIntoView({ block: "center" });
  await screenshot(browser, "calling-rules-5-finished");

  // At the simulator: every call inside its callee's window; the listed number never called.
  const state = await simRequest(app, "awaz", "GET", "/_sim/state");
  const phones = new Set(people.map(([, phone]) => e164(phone)));
  const calls = state.awaz.calls.filter((call) => phones.has(call.contact.phone));
  assert.deepEqual(calls.map((call) => call.contact.phone).sort(), [...phones].filter((phone) => phone !== "+33611111111").sort());
  for (const call of calls) {
    assert.ok(inside(call.contact.phone, call.starts_at), `${call.contact.phone} starts at ${call.starts_at}`);
  }
});

test("from a call's page, 'They said no' is recorded and 'Don't call again' lists the number", async () => {
  const { browser } = app;
  await browser.$(byTestId("nav-history")).click();
  await shown(browser, "screen-history", 10_000);
  // A seeded Awaz call that reached Marcus Lee (Awaz's status "outcome").
  await browser.$(byTestId("filter-text")).setValue("Marcus");
  // The list answers the search after the typing pause: wait for Marcus's row, not the first row.
  await browser.waitUntil(
    async () => /Marcus/.test(await browser.$('[data-testid^="history-row-awaz:"]').getText().catch(() => "")),
    { timeout: 20_000, timeoutMsg: "Marcus's call never showed in History" },
  );
  const row = await browser.$('[data-testid^="history-row-awaz:"]');
  await row.$(byTestId("open-call")).click();
  const page = await shown(browser, "call-page");
  assert.equal(await page.$(byTestId("call-outcome")).getText(), "Reached");

  await (await shown(browser, "they-said-no")).click();
  const refusal = await shown(browser, "dialog-refusal");
  assert.match(await refusal.getText(), /said no during this call\?/);
  await (await shown(browser, "field-caller-action-who")).setValue("E2E tester");
  await browser.$(byTestId("confirm-refusal")).click();
  const recorded = await shown(browser, "caller-action-done", 10_000);
  // An American number: no cool-down after a refusal, and the page says so.
  assert.match(await recorded.getText(), /no waiting time after a refusal/);

  await browser.$(byTestId("dont-call-again")).click();
  const dialog = await shown(browser, "dialog-do-not-call");
  assert.match(await dialog.getText(), /^Add .*555.?0174 to the do-not-call list\?/);
  await browser.$(byTestId("field-caller-action-who")).setValue("E2E tester");
  await dialog.scrollIntoView({ block: "center" });
  await screenshot(browser, "calling-rules-6-dont-call-again");
  await browser.$(byTestId("confirm-do-not-call")).click();
  await browser.waitUntil(async () => (await browser.$$(byTestId("caller-action-done"))).length === 2, { timeout: 10_000 });
  const listed = (await browser.$$(byTestId("caller-action-done")))[1];
  const number = (await listed.getText()).split(" ")[0];
  assert.match(number, /^\+1202\d{7}$/);

  await browser.$(byTestId("call-back")).click();
  await browser.$(byTestId("nav-do-not-call")).click();
  const entry = await shown(browser, `dnc-row-${number}`, 10_000);
  assert.match(await entry.getText(), /E2E tester \(from a call, Demo Awaz\)/);
  assert.match(await entry.getText(), /Asked not to be called again \(Awaz call of /);
  await entry.scrollIntoView({ block: "center" });
  await screenshot(browser, "calling-rules-7-listed-from-a-call");
});
