// The command line while the real window has Callboard open: the window holds the data folder's
// lock, so `callboard top-up … --yes` (the same binary, run as a command on the same profile)
// says so in plain words, sends nothing and exits with 4; once the window is closed the command
// line opens the folder.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { byTestId, openApp, simRequest } from "./harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const application = process.env.CALLBOARD_APP ?? path.join(root, "target", "debug", "callboard");
const FOLDER_IN_USE = 4;

let app;
before(async () => { app = await openApp(); });
after(async () => { await app?.close(); });

/** Runs `callboard ARGS` on the window's profile, without a terminal. */
function command(args) {
  const ran = spawnSync(application, args, {
    env: { ...process.env, XDG_DATA_HOME: path.join(app.home, "data") },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

test("while the window is open the command line says so and sends nothing", async () => {
  // The window has opened Callboard (and so holds its folder) once the banner shows.
  await app.browser.$(byTestId("demo-banner")).waitForDisplayed({ timeout: 20_000 });

  const topUp = command(["top-up", "--workspace", "north-clinic@callboard.test", "--credits", "5", "--yes"]);
  assert.equal(topUp.code, FOLDER_IN_USE, topUp.stderr);
  assert.match(topUp.stderr, /Callboard is open on this computer; close it or use the app to top up\. Nothing was sent\./);
  assert.equal(topUp.stdout, "");

  const accounts = command(["accounts", "--format", "json"]);
  assert.equal(accounts.code, FOLDER_IN_USE, accounts.stderr);

  const state = await simRequest(app, "awaz", "GET", "/_sim/state");
  assert.equal(state.requests["POST /v1/companies/add/credits"] ?? 0, 0);
});

test("once the window is closed the command line opens the folder", async () => {
  await app.close();
  // The window's process ends after its session; give it a moment to let the folder go.
  let accounts;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    accounts = command(["accounts", "--format", "json"]);
    if (accounts.code !== FOLDER_IN_USE) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.equal(accounts.code, 0, accounts.stderr);
  assert.deepEqual(JSON.parse(accounts.stdout), []);
  app = undefined;
});
