// Starts tauri-driver, opens a WebDriver session on the real Callboard binary, and gives tests
// small helpers. Runs under xvfb-run and a D-Bus session set up by scripts/test.sh.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const screenshotDir = path.join(root, "target", "e2e", "screenshots");
const application = process.env.CALLBOARD_APP ?? path.join(root, "target", "debug", "callboard");

/** A port nobody listens on right now, so several e2e runs can share the machine. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = createConnection({ port, host: "127.0.0.1" });
      socket.once("connect", () => { socket.end(); resolve(); });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`tauri-driver did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Opens the app in a fresh profile (its own config and data folders) and returns the session.
 * `home`: the profile folder of an earlier `openApp` to open again (to test a restart).
 * `application`: another binary (an installed package's); `env`: more variables for the app.
 */
export async function openApp({ args = ["--demo"], home: reused, application: binary = application, env: extraEnv = {} } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  const home = reused ?? mkdtempSync(path.join(tmpdir(), "callboard-e2e-"));
  // The token the demo's practice servers ask for on their simulator-only routes (/_sim/*).
  const simToken = randomUUID().replaceAll("-", "");
  const env = {
    ...process.env,
    CALLBOARD_DEMO_SIM_TOKEN: simToken,
    // WebKitWebDriver's screenshots never answer when the page is drawn without WebKit's
    // compositor (Callboard's default on Linux, src-tauri `draw_without_compositing`).
    CALLBOARD_COMPOSITING: "1",
    XDG_CONFIG_HOME: path.join(home, "config"),
    XDG_DATA_HOME: path.join(home, "data"),
    XDG_CACHE_HOME: path.join(home, "cache"),
    ...extraEnv,
  };
  // Exports go to the Downloads folder: keep it inside the test profile, not the real home.
  mkdirSync(env.XDG_CONFIG_HOME, { recursive: true });
  writeFileSync(path.join(env.XDG_CONFIG_HOME, "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${path.join(home, "downloads")}"\n`);
  const driverPort = await freePort();
  const nativePort = await freePort();
  // A process group of its own: closing ends the driver, WebKit's driver and the app together.
  // An app left behind would hold this test file's output open and the test run would never end.
  const driver = spawn("tauri-driver", ["--port", String(driverPort), "--native-port", String(nativePort)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  await waitForPort(driverPort, 20_000);
  const browser = await remote({
    hostname: "127.0.0.1",
    port: driverPort,
    logLevel: "warn",
    capabilities: {
      browserName: "wry",
      "wdio:enforceWebDriverClassic": true,
      "tauri:options": { application: binary, args },
    },
  });
  return {
    browser,
    home,
    simToken,
    async close() {
      await browser.deleteSession().catch(() => {});
      driver.kill();
      await endGroup(driver.pid);
    },
  };
}

/** Gives the process group `pid` leads a few seconds to end (the app closing its files), then ends it. */
async function endGroup(pid) {
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let waited = 0; waited < 5_000 && alive(); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  if (alive()) process.kill(-pid, "SIGKILL");
}

/** Saves a PNG of the window after letting the last DOM change paint. */
export async function screenshot(browser, name) {
  await browser.pause(400);
  await browser.saveScreenshot(path.join(screenshotDir, `${name}.png`));
}

export const byTestId = (id) => `[data-testid="${id}"]`;

/** The element of test id `target` (or of a selector starting with "["), once it is displayed. */
export async function shown(browser, target, timeout = 20_000) {
  const element = await browser.$(target.startsWith("[") ? target : byTestId(target));
  await element.waitForDisplayed({ timeout });
  return element;
}

/** Replaces what the field of test id `testId` holds with `text`, typed. */
export async function type(browser, testId, text) {
  const field = await shown(browser, testId);
  await field.clearValue();
  await field.setValue(text);
}

/**
 * Opens `screen` from the menu, then its `tab` when one is named. A screen that does not show
 * leaves a screenshot named after it.
 */
export async function open(browser, screen, tab) {
  await (await shown(browser, `nav-${screen}`)).click();
  try {
    await shown(browser, `screen-${screen}`, 10_000);
  } catch (error) {
    await screenshot(browser, `failed-${screen}`);
    throw error;
  }
  if (tab) await (await shown(browser, `tab-${tab}`)).click();
}

/**
 * Asks one of the app's practice platforms (demo mode) on its simulator-only routes:
 * `await simRequest(app, "awaz", "GET", "/_sim/state")`,
 * `await simRequest(app, "awaz", "POST", "/_sim/faults", { route, status, process, count })`.
 * Those routes answer only requests carrying the demo's inspection token in `X-Sim-Token`; the
 * app takes that token from CALLBOARD_DEMO_SIM_TOKEN, which openApp sets. Answers the JSON.
 */
export async function simRequest(app, platform, method, route, body) {
  app.demoServers ??= (await app.browser.execute(() => window.__TAURI_INTERNALS__.invoke("app_info"))).demo_servers;
  if (!app.demoServers) throw new Error("The app is not in demo mode: it has no practice servers to ask.");
  const base = new URL(platform === "awaz" ? app.demoServers.awaz_url : app.demoServers.getvocal_url).origin;
  const answer = await fetch(`${base}${route}`, {
    method,
    headers: { "X-Sim-Token": app.simToken, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  if (answer.status === 404) {
    throw new Error(
      `${method} ${route}: the practice server answered 404, so it did not take the test's token. ` +
        "The app must use CALLBOARD_DEMO_SIM_TOKEN (set by openApp) as its demo simulator's inspection token.",
    );
  }
  if (!answer.ok) throw new Error(`${method} ${route}: ${answer.status} ${text}`);
  return text ? JSON.parse(text) : null;
}
