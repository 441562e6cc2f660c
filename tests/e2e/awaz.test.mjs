// Awaz in the real window, in demo mode (its own simulator): schedule a call and find it in the
// call log with its details, subscribe and delete a webhook, top up credits and minutes; a top-up
// whose answer was lost after Awaz applied it is never sent twice by trying again the plain way.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, test } from "node:test";
import { byTestId, open, openApp, screenshot, simRequest, type } from "./harness.mjs";

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

test("schedule an Awaz call, then find it in the call log with its details", async () => {
  const { browser } = app;
  await browser.$(byTestId("demo-banner")).waitForDisplayed({ timeout: 20_000 });
  await open(browser, "schedule", "awaz-call");
  await type(browser, "field-contact_name", "Ann Example");
  await type(browser, "field-contact_phone", "(202) 555-0146");
  await browser.$(byTestId("submit-awaz-call")).click();
  const dialog = await browser.$(byTestId("dialog-awaz-call"));
  await dialog.waitForDisplayed({ timeout: 5_000 });
  assert.match(await dialog.getText(), /call Ann Example at \(202\) 555-0146 now, from \(202\) 555-0101/);
  await browser.$(byTestId("confirm-awaz-call")).click();

  // The call's ID is a technical detail: open the disclosure to read it.
  const done = await browser.$(byTestId("result-awaz-call"));
  await done.waitForDisplayed({ timeout: 20_000 });
  await done.$("[data-technical] summary").click();
  const callId = await browser.$(byTestId("result-awaz-call-id"));
  await callId.waitForDisplayed({ timeout: 5_000 });
  const id = await callId.getText();
  assert.match(id, /\S+/);
  await browser.$(byTestId("result-awaz-call")).scrollIntoView({ block: "center" });
  await screenshot(browser, "awaz-schedule-call");

  await open(browser, "history", "awaz-calls");
  const row = await browser.$(byTestId(`row-call-${id}`));
  await row.waitForDisplayed({ timeout: 20_000 });
  assert.match(await row.getText(), /Ann Example/);
  await row.$("button").click();
  const details = await browser.$(byTestId("call-details"));
  await details.$(byTestId("details-name")).waitForDisplayed({ timeout: 10_000 });
  assert.match(await details.getText(), /\+12025550146/);

  // A seeded call with results shows every extracted variable.
  await browser.$(byTestId("row-call-674b1c995e504fadc9b6fa02")).$("button").click();
  const variables = await browser.$(byTestId("call-variables"));
  await variables.waitForDisplayed({ timeout: 10_000 });
  const text = await variables.getText();
  for (const name of ["appointment date", "interested", "callback requested"]) assert.match(text, new RegExp(name));
  await screenshot(browser, "awaz-call-log");
});

test("subscribe a webhook, then delete it after a confirmation naming it", async () => {
  const { browser } = app;
  await open(browser, "webhooks");
  const url = "https://hooks.example.com/awaz/calls";
  await type(browser, "field-hook_url", "http://hooks.example.com/awaz/calls");
  await browser.$(byTestId("submit-hook")).click();
  await browser.$(byTestId("problem-hook_url")).waitForDisplayed({ timeout: 10_000 });

  await type(browser, "field-hook_url", url);
  await browser.$(byTestId("field-status-completed")).click();
  await browser.$(byTestId("field-status-outcome")).click();
  await browser.$(byTestId("submit-hook")).click();
  await browser.$(byTestId("result-hook")).waitForDisplayed({ timeout: 20_000 });
  const row = await browser.$(byTestId("row-hook"));
  await row.waitForDisplayed({ timeout: 10_000 });
  assert.match(await row.getText(), /hooks\.example\.com/);
  await browser.$(byTestId("screen-webhooks")).scrollIntoView({ block: "start" });
  await screenshot(browser, "awaz-webhook-subscribed");

  await row.$(byTestId("delete-hook")).click();
  const dialog = await browser.$(byTestId("dialog-delete-hook"));
  await dialog.waitForDisplayed({ timeout: 5_000 });
  assert.match(await dialog.getText(), new RegExp(`Delete the webhook ${url.replaceAll(".", "\\.")}\\?`));
  await screenshot(browser, "awaz-webhook-delete-confirm");
  await browser.$(byTestId("confirm-delete-hook")).click();
  await browser.$(byTestId("no-hooks")).waitForDisplayed({ timeout: 20_000 });
  await browser.$(byTestId("screen-webhooks")).scrollIntoView({ block: "start" });
  await screenshot(browser, "awaz-webhook-deleted");
});

test("top up credits and minutes, each confirmed and listed with its outcome", async () => {
  const { browser } = app;
  await open(browser, "credits");
  await type(browser, "field-workspace", "north-clinic@callboard.test");
  await type(browser, "field-amount", "25");
  await browser.$(byTestId("submit-top-up")).click();
  const dialog = await browser.$(byTestId("dialog-top-up"));
  await dialog.waitForDisplayed({ timeout: 10_000 });
  assert.match(await dialog.getText(), /Add 25 credits to north-clinic@callboard\.test\?/);
  await screenshot(browser, "awaz-top-up-confirm");
  await browser.$(byTestId("confirm-top-up")).click();
  const result = await browser.$(byTestId("result-top-up"));
  await result.waitForDisplayed({ timeout: 20_000 });
  assert.match(await result.getText(), /145 credits and 300 minutes/);
  // Done locks the form; "Top up again" opens an empty one for the next.
  await result.$(byTestId("done-again")).click();

  await browser.$(byTestId("field-kind-minutes")).click();
  await type(browser, "field-workspace", "north-clinic@callboard.test");
  await type(browser, "field-amount", "30");
  await browser.$(byTestId("submit-top-up")).click();
  await browser.$(byTestId("dialog-top-up")).waitForDisplayed({ timeout: 10_000 });
  assert.match(await browser.$(byTestId("dialog-top-up")).getText(), /Add 30 minutes to north-clinic@callboard\.test\?/);
  await browser.$(byTestId("confirm-top-up")).click();
  await browser.waitUntil(async () => /145 credits and 330 minutes/.test(await browser.$(byTestId("result-top-up")).getText()), {
    timeout: 20_000,
  });

  await browser.waitUntil(async () => (await browser.$$(byTestId("top-up-outcome"))).length === 2, { timeout: 10_000 });
  const outcomes = await browser.$$(byTestId("top-up-outcome")).map((badge) => badge.getText());
  assert.deepEqual(outcomes, ["Done", "Done"]);
  await browser.$(byTestId("export-top-ups")).click();
  const exported = await browser.$(byTestId("result-export-top-ups"));
  await exported.waitForDisplayed({ timeout: 10_000 });
  // The file's place is a technical detail: open the disclosure to read it.
  await exported.$("[data-technical] summary").click();
  const path = await exported.$("code").getText();
  assert.ok(path.startsWith(app.home) && existsSync(path), path);
  await exported.scrollIntoView({ block: "end" });
  await screenshot(browser, "awaz-top-ups");
  // Leave the form open (not "Done") for the tests that follow on this screen.
  await browser.$(byTestId("result-top-up")).$(byTestId("done-again")).click();
});

test("while the top-up question is open, the amount can't be changed; Cancel unlocks it", async () => {
  const { browser } = app;
  await open(browser, "credits");
  await browser.$(byTestId("field-kind-credits")).click();
  await type(browser, "field-workspace", "north-clinic@callboard.test");
  await type(browser, "field-amount", "5");
  await browser.$(byTestId("submit-top-up")).click();
  const dialog = await browser.$(byTestId("dialog-top-up"));
  await dialog.waitForDisplayed({ timeout: 10_000 });
  assert.match(await dialog.getText(), /Add 5 credits to north-clinic@callboard\.test\?/);

  const amount = await browser.$(byTestId("field-amount"));
  for (const id of ["field-amount", "field-workspace", "field-kind-minutes"]) {
    assert.equal(await browser.$(byTestId(id)).isEnabled(), false, `${id} is locked while the question is open`);
  }
  // Clicking it and typing anyway changes nothing: a disabled field takes no focus and no keys.
  await amount.click().catch(() => {});
  await browser.keys(["0", "0"]);
  assert.equal(await amount.getValue(), "5");
  assert.match(await dialog.getText(), /Add 5 credits to north-clinic@callboard\.test\?/);
  await screenshot(browser, "awaz-top-up-locked");

  await browser.$(byTestId("cancel-top-up")).click();
  await dialog.waitForDisplayed({ reverse: true, timeout: 5_000 });
  assert.equal(await amount.isEnabled(), true);
  await type(browser, "field-amount", "6");
  assert.equal(await amount.getValue(), "6");
});

test("a top-up answered 502 after Awaz applied it is not sent again when the person simply tries again", async () => {
  const { browser } = app;
  const workspace = "south-dental@callboard.test";
  const route = "POST /v1/companies/add/credits";
  const awaz = async () => {
    const state = await simRequest(app, "awaz", "GET", "/_sim/state");
    return { credits: state.workspaces[workspace].credits, sent: state.requests[route] ?? 0 };
  };
  const before = await awaz();
  await simRequest(app, "awaz", "POST", "/_sim/faults", { route, status: 502, process: true, count: 1 });

  await open(browser, "credits");
  await browser.$(byTestId("field-kind-credits")).click();
  await type(browser, "field-workspace", workspace);
  await type(browser, "field-amount", "10");
  await browser.$(byTestId("submit-top-up")).click();
  await browser.$(byTestId("dialog-top-up")).waitForDisplayed({ timeout: 10_000 });
  await browser.$(byTestId("confirm-top-up")).click();
  const unknown = await browser.$(byTestId("result-unknown"));
  await unknown.waitForDisplayed({ timeout: 20_000 });
  assert.match(await unknown.getText(), /may have gone through/);
  assert.match(await unknown.getText(), /Don't send it again yet/);
  assert.match(await unknown.$(byTestId("what-to-check")).getText(), /south-dental@callboard\.test/);
  await unknown.scrollIntoView({ block: "center" });
  await screenshot(browser, "awaz-top-up-unknown");
  // Awaz did apply it, once.
  assert.deepEqual(await awaz(), { credits: before.credits + 10, sent: before.sent + 1 });

  // The plain way again: Review top-up. The earlier one is named instead of a question.
  await browser.$(byTestId("submit-top-up")).click();
  const panel = await browser.$(byTestId("unsettled-top-up"));
  await panel.waitForDisplayed({ timeout: 10_000 });
  assert.match(await panel.getText(), /Add 10 credits to south-dental@callboard\.test/);
  assert.match(await panel.getText(), /may have gone through/);
  assert.equal(await browser.$(byTestId("confirm-top-up")).isExisting(), false);
  await panel.scrollIntoView({ block: "center" });
  await screenshot(browser, "awaz-top-up-unsettled");
  assert.deepEqual(await awaz(), { credits: before.credits + 10, sent: before.sent + 1 });

  // The person looked in Awaz: it went through. Only now is the new one asked, then sent.
  await panel.$(byTestId("settle-applied")).click();
  const dialog = await browser.$(byTestId("dialog-top-up"));
  await dialog.waitForDisplayed({ timeout: 10_000 });
  assert.match(await dialog.getText(), /Add 10 credits to south-dental@callboard\.test\?/);
  assert.deepEqual(await awaz(), { credits: before.credits + 10, sent: before.sent + 1 });
  await browser.$(byTestId("confirm-top-up")).click();
  const result = await browser.$(byTestId("result-top-up"));
  await result.waitForDisplayed({ timeout: 20_000 });
  assert.match(await result.getText(), new RegExp(`${before.credits + 20} credits`));
  assert.deepEqual(await awaz(), { credits: before.credits + 20, sent: before.sent + 2 });

  // The list shows the first one as checked by the person, the second as done.
  await browser.waitUntil(
    async () => {
      const rows = await browser.$$('[data-testid^="row-top-up-"]').map((row) => row.getText());
      return rows.filter((text) => text.includes(workspace)).length === 2;
    },
    { timeout: 10_000, timeoutMsg: "the two top-ups to south-dental are not both listed" },
  );
});
