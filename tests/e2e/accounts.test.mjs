// Accounts in the real window, in demo mode: add a GetVocal account by email and password against
// the practice server (a wrong password first), see it connected and on Home, sign out (its
// sign-in leaves the keychain), and remove it after a confirmation.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, test } from "node:test";
import { byTestId, openApp, screenshot, type } from "./harness.mjs";

/** The dev build's keychain service name (release builds use "app.callboard.desktop"). */
const keychainService = "app.callboard.desktop.dev";
const accountName = "Acme – GetVocal";

let app;
let demoServers;
before(async () => {
  app = await openApp();
  await app.browser.$(byTestId("demo-banner")).waitForDisplayed({ timeout: 20_000 });
  // The practice servers listen on free ports chosen at start; the app tells where.
  const info = await app.browser.execute(() => window.__TAURI_INTERNALS__.invoke("app_info"));
  demoServers = info.demo_servers;
  assert.ok(demoServers?.getvocal_url.startsWith("http://127.0.0.1:"), JSON.stringify(info));
});
after(async () => {
  await app?.close();
});

/** The keychain entries the app holds for an account (its user name is `<account id>:<kind>`). */
function keychainEntries(accountId) {
  // secret-tool prints each item's attributes on stderr and the rest on stdout.
  const search = spawnSync("secret-tool", ["search", "--all", "service", keychainService], { encoding: "utf8" });
  assert.equal(search.error, undefined, "secret-tool (package libsecret-tools) is needed");
  return search.stderr.split("\n").filter((line) => line.startsWith("attribute.username = ") && line.includes(accountId));
}

async function accountItem(name) {
  const { browser } = app;
  let found;
  await browser.waitUntil(
    async () => {
      for (const item of await browser.$$(byTestId("account-item"))) {
        if ((await item.$(byTestId("account-name")).getText()) === name) {
          found = item;
          return true;
        }
      }
      return false;
    },
    { timeout: 10_000, timeoutMsg: `no account named ${name}` },
  );
  return found;
}

let accountId;

test("the practice accounts are listed as connected", async () => {
  const { browser } = app;
  await browser.$(byTestId("nav-accounts")).click();
  const demo = await accountItem("Demo GetVocal");
  assert.equal(await demo.$(byTestId("account-status")).getText(), "Connected");
  assert.equal(await demo.$(byTestId("account-demo")).getText(), "Practice account");
  await screenshot(browser, "accounts-1-demo");
});

test("a wrong password is explained under the password, which is emptied", async () => {
  const { browser } = app;
  await browser.$(byTestId("add-account")).click();
  await browser.$(byTestId("add-account-getvocal-password")).waitForDisplayed();
  await screenshot(browser, "accounts-2-choices");
  await browser.$(byTestId("add-account-getvocal-password")).click();

  await type(app.browser, "field-name", accountName);
  await type(app.browser, "field-email", "demo@callboard.test");
  await type(app.browser, "field-password", "not-the-password");
  await type(app.browser, "field-company_id", "demo-company");
  await browser.$(byTestId("advanced")).click();
  await type(app.browser, "field-base_url", demoServers.getvocal_url);
  await screenshot(browser, "accounts-3-form");
  await browser.$(byTestId("submit-account")).click();

  const problem = await browser.$(byTestId("problem-password"));
  await problem.waitForDisplayed({ timeout: 10_000 });
  assert.match(await problem.getText(), /did not accept this email and password/);
  assert.equal(await browser.$(byTestId("field-password")).getValue(), "");
  assert.equal(await browser.$(byTestId("field-email")).getValue(), "demo@callboard.test");
  await screenshot(browser, "accounts-4-wrong-password");
});

test("the right password adds the account, connected and remembered in the keychain", async () => {
  const { browser } = app;
  await type(app.browser, "field-password", "demo-password");
  await browser.$(byTestId("submit-account")).click();

  const note = await browser.$(byTestId("accounts-note"));
  await note.waitForDisplayed({ timeout: 10_000 });
  assert.match(await note.getText(), /is added and connected/);
  const item = await accountItem(accountName);
  assert.equal(await item.$(byTestId("account-status")).getText(), "Connected");
  assert.match(await item.getText(), /demo@callboard\.test/);
  accountId = await item.getAttribute("data-account-id");
  assert.equal(keychainEntries(accountId).length, 1, "its sign-in is in the keychain");
  await screenshot(browser, "accounts-5-added");
});

test("Home shows the new account's personas in its own card", async () => {
  const { browser } = app;
  await browser.$(byTestId("nav-home")).click();
  const card = await browser.$(`section[aria-label="${accountName}"]`);
  await card.waitForDisplayed({ timeout: 10_000 });
  await card.$(byTestId("persona-item")).waitForDisplayed({ timeout: 10_000 });
  assert.equal((await card.$$(byTestId("persona-item"))).length, 2);
  await screenshot(browser, "accounts-6-home");
});

test("signing out leaves the account waiting for a sign-in, and empties the keychain", async () => {
  const { browser } = app;
  await browser.$(byTestId("nav-accounts")).click();
  const item = await accountItem(accountName);
  await item.$(byTestId("sign-out")).click();
  await browser.waitUntil(async () => (await (await accountItem(accountName)).$(byTestId("account-status")).getText()) === "Sign-in needed", {
    timeout: 10_000,
  });
  assert.equal(keychainEntries(accountId).length, 0, "its sign-in left the keychain");
  await screenshot(browser, "accounts-7-signed-out");
});

test("removing asks first, naming the account, then forgets it", async () => {
  const { browser } = app;
  const item = await accountItem(accountName);
  await item.$(byTestId("remove-account")).click();
  const confirm = await browser.$(byTestId("dialog-remove-account"));
  await confirm.waitForDisplayed();
  assert.match(await confirm.getText(), /Remove “Acme – GetVocal” from Callboard\?/);
  await screenshot(browser, "accounts-8-confirm-remove");
  await browser.$(byTestId("confirm-remove-account")).click();

  await browser.waitUntil(
    async () => {
      const names = await browser.$$(byTestId("account-name")).map((name) => name.getText());
      return !names.includes(accountName);
    },
    { timeout: 10_000 },
  );
  assert.match(await browser.$(byTestId("accounts-note")).getText(), /was removed/);
  await screenshot(browser, "accounts-9-removed");
});

test("Settings saves the default country and says where things are kept", async () => {
  const { browser } = app;
  await browser.$(byTestId("nav-settings")).click();
  const country = await browser.$(byTestId("field-default_country"));
  await country.waitForDisplayed({ timeout: 10_000 });
  await country.selectByAttribute("value", "FR");
  await browser.$(byTestId("save-preferences")).click();
  await browser.$(byTestId("preferences-saved")).waitForDisplayed({ timeout: 10_000 });
  assert.match(await browser.$(byTestId("place-keychain")).getText(), new RegExp(keychainService.replaceAll(".", "\\.")));
  assert.match(await browser.$(byTestId("place-settings")).getText(), /settings\.json$/);
  await screenshot(browser, "accounts-10-settings");
});
