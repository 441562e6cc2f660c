// Updates that install themselves, end to end: version N installed from its .deb finds N+1 in a
// latest.json served on loopback (the update address is a developer override, allowed in this
// debug build), refuses a download with one byte changed (N keeps running), then installs the
// genuine signed N+1 with "Install and restart" and comes back as N+1.
//
// The packages trust a test signing key (tests/e2e/bundles.mjs). The system's password prompt
// for installing a package (pkexec) is stood in for by a script that runs the installer: the
// test runs as root, as CI does.
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { byTestId, openApp, screenshot } from "./harness.mjs";
import { canInstallPackages, debPackage, installPackage, installedVersion, removePackage, versionN, versionNext } from "./bundles.mjs";

const skip = canInstallPackages() ? false : "installing a package needs root or sudo without a password";
const binary = "/usr/bin/callboard";
const notes = "Faster imports.\nClearer words when a call could not be placed.";

let server;
let app;
let serveTampered = true;
let restarted;

before(() => {
  if (skip) return;
  const next = debPackage(versionNext);
  const genuine = readFileSync(next.deb);
  const tampered = Buffer.from(genuine);
  // One byte in the middle of the package, well inside its compressed files.
  tampered[tampered.length >> 1] ^= 0xff;
  server = createServer((request, response) => {
    const { port } = server.address();
    if (request.url === "/latest.json") {
      response.setHeader("Content-Type", "application/json");
      response.end(
        JSON.stringify({
          version: versionNext,
          notes,
          pub_date: "2026-11-30T09:00:00Z",
          platforms: {
            "linux-x86_64-deb": { url: `http://127.0.0.1:${port}/Callboard_${versionNext}_amd64.deb`, signature: next.signature },
          },
        }),
      );
    } else if (request.url === `/Callboard_${versionNext}_amd64.deb`) {
      const body = serveTampered ? tampered : genuine;
      response.setHeader("Content-Length", body.length);
      response.end(body);
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
});

after(async () => {
  await app?.close();
  if (restarted) process.kill(restarted, "SIGTERM");
  server?.close();
  if (!skip && installedVersion()) removePackage();
});

/** Stands in for the system's password prompt: runs the installer it is given. */
function approvingPkexec() {
  const folder = mkdtempSync(path.join(tmpdir(), "callboard-pkexec-"));
  writeFileSync(path.join(folder, "pkexec"), '#!/bin/sh\nexec "$@"\n');
  chmodSync(path.join(folder, "pkexec"), 0o755);
  return folder;
}

/** Callboard processes on `home`'s data folder (by their environment), as process ids. */
function callboardProcesses(home) {
  const dataHome = `XDG_DATA_HOME=${path.join(home, "data")}`;
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const exe = readlinkSync(`/proc/${pid}/exe`);
        return exe.startsWith(binary) && readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(dataHome);
      } catch {
        return false; // ended meanwhile, or not ours to read
      }
    })
    .map(Number);
}

async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function openUpdates(browser) {
  // Once Callboard has opened (Home shows the practice accounts), Settings has everything.
  await browser.$(byTestId("account-card")).waitForDisplayed({ timeout: 30_000 });
  await browser.$(byTestId("nav-settings")).click();
  const section = await browser.$(byTestId("updates"));
  // The last section of a long screen.
  await section.waitForExist({ timeout: 20_000 }).catch(async (error) => {
    await screenshot(browser, "update-no-section");
    throw error;
  });
  await section.scrollIntoView();
  await browser.$(byTestId("update-current-version")).waitForDisplayed({ timeout: 20_000 });
  return section;
}

test("N refuses a tampered update, then installs the signed N+1 and restarts into it", { skip, timeout: 600_000 }, async () => {
  installPackage(debPackage(versionN).deb);
  assert.equal(installedVersion(), versionN);
  const { port } = server.address();
  app = await openApp({
    application: binary,
    env: {
      CALLBOARD_UPDATE_URL: `http://127.0.0.1:${port}/latest.json`,
      PATH: `${approvingPkexec()}:${process.env.PATH}`,
    },
  });
  const { browser, home } = app;
  await openUpdates(browser);
  assert.equal(await browser.$(byTestId("update-current-version")).getText(), versionN);

  const check = await browser.$(byTestId("update-check"));
  await check.waitForEnabled({ timeout: 40_000 });
  await check.click();
  const found = await browser.$(byTestId("update-found"));
  await found.waitForDisplayed({ timeout: 40_000 });
  assert.match(await found.getText(), new RegExp(`Version ${versionNext.replaceAll(".", "\\.")} is available`));
  assert.match(await browser.$(byTestId("update-notes")).getText(), /Faster imports\.\s+Clearer words/);
  await screenshot(browser, "update-found");

  // One byte changed on the way: refused in plain words, and N goes on.
  await browser.$(byTestId("update-install")).click();
  const refusal = await browser.$(`${byTestId("updates")} ${byTestId("error-notice")}`);
  await refusal.waitForExist({ timeout: 120_000 });
  await refusal.scrollIntoView();
  assert.match(await refusal.getText(), /not signed by Callboard's makers, so it was not installed/);
  assert.match(await refusal.getText(), /Nothing was changed and you can keep working/);
  await screenshot(browser, "update-tampered-refused");
  assert.equal(installedVersion(), versionN, "nothing was installed");
  const [runningN] = callboardProcesses(home);
  assert.ok(runningN, "N keeps running");
  await browser.$(byTestId("nav-home")).click();
  await openUpdates(browser);
  assert.equal(await browser.$(byTestId("update-current-version")).getText(), versionN);

  // The genuine package: downloaded, installed, and N restarts into N+1.
  serveTampered = false;
  await browser.$(byTestId("update-install")).click();
  restarted = await waitFor(
    "the restarted app",
    () => installedVersion() === versionNext && callboardProcesses(home).find((pid) => pid !== runningN),
    240_000,
  );
  await waitFor("N to end", () => !callboardProcesses(home).includes(runningN), 30_000);
  // The restarted app notes the version it runs in its data folder once it has opened.
  const updatesFile = path.join(home, "data", "app.callboard.desktop", "updates.json");
  await waitFor(
    `${updatesFile} to name ${versionNext}`,
    () => existsSync(updatesFile) && JSON.parse(readFileSync(updatesFile, "utf8")).last_version === versionNext,
    60_000,
  );
  // The restarted window is not inspected: it inherits the WebDriver session's automation
  // settings and waits for a driver. Its own record above, and the next opening, show N+1.
  await app.close().catch(() => {});

  // Opened again: Settings says N+1, updated from N.
  process.kill(restarted, "SIGTERM");
  await waitFor("N+1 to close", () => callboardProcesses(home).length === 0, 30_000);
  restarted = undefined;
  app = await openApp({ application: binary, home });
  await openUpdates(app.browser);
  assert.equal(await app.browser.$(byTestId("update-current-version")).getText(), versionNext);
  assert.match(await app.browser.$(byTestId("update-current")).getText(), new RegExp(`updated from version ${versionN.replaceAll(".", "\\.")}`));
  await screenshot(app.browser, "update-installed");
});
