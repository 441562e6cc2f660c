// The Clients screen in the real window, in demo mode: a book of three clients, one batch top-up
// of the three with a 502 after Awaz applied the first (exactly one top-up per workspace at the
// practice server, the unknown line held for a check), a statement PDF looked at as a PNG, and a
// recurring plan coming due (CALLBOARD_CLOCK) sent once, whatever restarts happen around it.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { byTestId, open, openApp, screenshot, screenshotDir, shown, simRequest, type } from "./harness.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
const clients = [
  { name: "North Clinic", email: "north-clinic@callboard.test" },
  { name: "South Dental", email: "south-dental@callboard.test" },
  { name: "East Physio", email: "east-physio@callboard.test" },
];
const creditsRoute = "POST /v1/companies/add/credits";
// Before the plan's day (the 1st), then on it.
const november = { CALLBOARD_CLOCK: "2026-11-20T10:00:00Z" };
const firstOfDecember = { CALLBOARD_CLOCK: "2026-12-01T10:00:00Z" };

let app;
after(async () => {
  await app?.close();
});

/** Credits of each workspace and how many credit top-ups reached the practice Awaz. */
async function awaz() {
  const state = await simRequest(app, "awaz", "GET", "/_sim/state");
  return { credits: Object.fromEntries(clients.map(({ email }) => [email, state.workspaces[email].credits])), sent: state.requests[creditsRoute] ?? 0 };
}

async function backToBook(browser) {
  if (await browser.$(byTestId("client-back")).isExisting()) await browser.$(byTestId("client-back")).click();
  await shown(browser, "client-add");
}

test("a book of three clients, topped up as one batch with a lost answer: one top-up each, the lost one held", async () => {
  app = await openApp({ env: november });
  const { browser } = app;
  await shown(browser, "demo-banner");
  await open(browser, "clients");
  for (const { name, email } of clients) {
    await (await shown(browser, "client-add")).click();
    await type(browser, "client-name", name);
    await type(browser, "client-workspace-email", email);
    await type(browser, "client-tags", "retainer");
    await browser.$(byTestId("client-save")).click();
    await shown(browser, "client-page");
    await backToBook(browser);
  }
  await browser.waitUntil(async () => (await browser.$$(byTestId("client-row")).length) === 3, { timeout: 10_000, timeoutMsg: "the book does not list 3 clients" });
  await screenshot(browser, "clients-book");
  copyFileSync(path.join(screenshotDir, "clients-book.png"), path.join(root, "docs", "screenshots", "clients-book.png"));

  const before = await awaz();
  await simRequest(app, "awaz", "POST", "/_sim/faults", { route: creditsRoute, status: 502, process: true, count: 1 });
  for (const pick of await browser.$$(byTestId("client-pick"))) await pick.click();
  await browser.$(byTestId("top-up-picked")).click();
  await type(browser, "batch-amount", "25");
  await type(browser, "batch-reference", "NOV-2026");
  await browser.$(byTestId("batch-review")).click();
  const totals = await shown(browser, "batch-totals");
  assert.match(await totals.getText(), /75 credits in total \(3 lines\)/);
  assert.equal((await awaz()).sent, before.sent, "nothing is sent by the review");
  await browser.$(byTestId("batch-send")).click();
  const dialog = await shown(browser, "dialog-batch");
  assert.match(await dialog.getText(), /75/);
  await screenshot(browser, "clients-batch-confirm");
  await browser.$(byTestId("confirm-batch")).click();

  await browser.waitUntil(async () => (await browser.$(byTestId("batch")).getAttribute("data-state")) === "finished", {
    timeout: 60_000,
    timeoutMsg: "the batch did not finish",
  });
  const stages = await browser.$$(byTestId("batch-line")).map((line) => line.getAttribute("data-stage"));
  assert.deepEqual([...stages].sort(), ["done", "done", "unknown"]);
  const unknownLine = await browser.$('[data-testid="batch-line"][data-stage="unknown"]');
  assert.match(await unknownLine.getText(), /held for a check/);
  assert.match(await unknownLine.getText(), /will not be sent again/);
  await unknownLine.scrollIntoView({ block: "center" });
  await screenshot(browser, "clients-batch-outcomes");

  // Exactly one top-up per client reached Awaz, the one whose answer was lost included.
  const now = await awaz();
  assert.equal(now.sent, before.sent + 3);
  for (const { email } of clients) assert.equal(now.credits[email], before.credits[email] + 25, `${email} got 25 credits once`);
  await browser.pause(3_000);
  assert.equal((await awaz()).sent, before.sent + 3, "nothing is sent again later");
});

test("a client's statement as a PDF, and a recurring plan", async () => {
  const { browser } = app;
  await browser.$(byTestId("batch-close")).click();
  const row = (await browser.$$(byTestId("client-row")))[1];
  const name = await row.$(byTestId("client-open")).getText();
  await row.$(byTestId("client-open")).click();
  await shown(browser, "client-months");
  // The profile's Downloads folder (openApp names it) exists, as a person's does.
  const downloads = path.join(app.home, "downloads");
  mkdirSync(downloads, { recursive: true });
  // The journal dates what is sent by the computer's real clock (the test clock moves only
  // Callboard's sense of "today" for plans): the statement of the month the batch went out.
  await (await shown(browser, "statement-month")).selectByAttribute("value", new Date().toISOString().slice(0, 7));
  await browser.$(byTestId("statement-format-pdf")).click();
  await browser.$(byTestId("statement-save")).click();
  await shown(browser, "statement-saved");
  await shown(browser, "statement-saved-open-folder");

  const pdf = readdirSync(downloads).find((file) => file.startsWith("statement-") && file.endsWith(".pdf"));
  assert.ok(pdf, `a statement PDF in ${downloads}`);
  const stem = path.join(root, "docs", "screenshots", "statement-e2e");
  execFileSync("pdftoppm", ["-png", "-r", "80", "-singlefile", path.join(downloads, pdf), stem]);
  const text = execFileSync("pdftotext", [path.join(downloads, pdf), "-"]).toString();
  assert.match(text, new RegExp(name));
  assert.match(text, /NOV-2026/);

  await (await shown(browser, "plan-add")).click();
  await type(browser, "plan-amount", "40");
  await type(browser, "plan-day", "1");
  await type(browser, "plan-reference", "Monthly retainer");
  await browser.$(byTestId("plan-save")).click();
  const plan = await shown(browser, "plan");
  assert.match(await plan.$(byTestId("plan-next")).getText(), /December 1, 2026|1 December 2026/);
  await browser.$(byTestId("plans")).scrollIntoView({ block: "center" });
  await screenshot(browser, "clients-page");
  copyFileSync(path.join(screenshotDir, "clients-page.png"), path.join(root, "docs", "screenshots", "clients-page.png"));
  await app.close();
});

test("the plan comes due: shown on start, sent once after confirmation, never again after restarts", async () => {
  const { home } = app;
  await app.close(); // already closed unless the test before failed: one app per profile
  const restart = async () => {
    await app.close();
    app = await openApp({ home, env: firstOfDecember });
    await shown(app.browser, "demo-banner");
  };
  app = await openApp({ home, env: firstOfDecember });
  let { browser } = app;
  const banner = await shown(browser, "due-banner");
  assert.match(await banner.getText(), /1 planned top-up is due/);
  assert.match(await (await shown(browser, "home-due-top-ups")).getText(), /40 credits/);
  await screenshot(browser, "clients-due-home");
  copyFileSync(path.join(screenshotDir, "clients-due-home.png"), path.join(root, "docs", "screenshots", "clients-due-home.png"));

  // Restarting before confirming sends nothing (each start has fresh practice servers).
  await restart();
  browser = app.browser;
  assert.equal((await awaz()).sent, 0);
  await (await shown(browser, "due-banner-open")).click();
  const line = await shown(browser, "due-line");
  assert.match(await line.getText(), /South Dental|North Clinic|East Physio/);
  await screenshot(browser, "clients-due-review");
  copyFileSync(path.join(screenshotDir, "clients-due-review.png"), path.join(root, "docs", "screenshots", "clients-due-review.png"));
  await browser.$(byTestId("due-review")).click();
  try {
    await (await shown(browser, "batch-send")).click();
  } catch (error) {
    await screenshot(browser, "failed-due-review");
    throw error;
  }
  await (await shown(browser, "confirm-batch")).click();
  await browser.waitUntil(async () => (await browser.$(byTestId("batch")).getAttribute("data-state")) === "finished", { timeout: 60_000 });
  assert.equal((await awaz()).sent, 1, "the due top-up is sent once");

  await restart();
  browser = app.browser;
  await shown(browser, "screen-home");
  await browser.pause(3_000);
  assert.equal(await browser.$(byTestId("due-banner")).isExisting(), false, "nothing is due after the confirmation");
  assert.equal((await awaz()).sent, 0, "a restart after confirming sends nothing");
  rmSync(path.join(home, "downloads"), { recursive: true, force: true });
});
