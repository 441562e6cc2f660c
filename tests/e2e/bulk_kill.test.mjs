// "Never twice, for real": two bulk runs with calls in the real window (200 Awaz contacts and
// 200 GetVocal leads), against the simulator CLI running as a process of its own, with 30% of the
// writes answered 502 after they were applied and 10% cut off after they were applied. The app is
// killed (SIGKILL) in the middle of both runs (the writes that get a normal answer are slowed a
// little until then, so both runs are still going), opened again on the same profile, and both
// runs are resumed from the Import screen. At the simulator nobody has two contacts, two leads or
// two calls; on screen every row ends done, or failed / to check with its reason, and no row shown
// as "did not go through" (offered to retry) had its call placed.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { byTestId, openApp, screenshot, shown, type } from "./harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const simulatorBin = process.env.CALLBOARD_SIMULATOR ?? path.join(root, "target", "debug", "simulator");
/** The dev build's keychain service name (see accounts.test.mjs). */
const keychainService = "app.callboard.desktop.dev";
const ROWS = 200;

const awazPeople = Array.from({ length: ROWS }, (_, i) => ({
  name: `Awaz Person ${i + 1}`,
  phone: `+1202555${String(3000 + i)}`,
  email: `awaz.person${i + 1}@example.com`,
}));
const getvocalPeople = Array.from({ length: ROWS }, (_, i) => ({
  first: `Lead${i + 1}`,
  last: "Dupont",
  phone: `+33612340${String(i).padStart(3, "0")}`,
}));

/** The write routes, each answered 502 after being applied 30% of the time and cut off after being applied 10%. */
const writeRoutes = {
  awaz: ["POST /v1/contacts", "POST /v1/calls"],
  getvocal: ["POST /v1/leads", "POST /v1/calls/trigger"],
};

let simulator;
let urls;
let app;
let home;
const accountIds = [];

/** Starts the simulator CLI as a process of its own, so killing the app leaves it (and its state) alive. */
function startSimulator() {
  assert.ok(existsSync(simulatorBin), `${simulatorBin} is missing: run \`cargo build -p simulator\``);
  const child = spawn(simulatorBin, ["--getvocal", "127.0.0.1:0", "--awaz", "127.0.0.1:0", "--rate-limit", "2000"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const found = {};
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error("the simulator did not print its URLs")), 20_000);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the simulator exited (${code})`)));
    lines.on("line", (line) => {
      const [platform, url] = line.trim().split(/\s+/);
      if (platform === "getvocal" || platform === "awaz") found[platform] = url;
      if (found.getvocal && found.awaz) {
        clearTimeout(timer);
        resolve({ child, urls: found });
      }
    });
  });
}

async function sim(platform, method, route, body) {
  const answer = await fetch(`${new URL(urls[platform]).origin}${route}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await answer.text();
  if (!answer.ok) throw new Error(`${method} ${route}: ${answer.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/**
 * The faults of the issue on every write route. `delayMs` also slows the writes that get a normal
 * answer (after the handler ran), so the runs are still going when the app is killed.
 */
async function injectFaults(delayMs = 0) {
  // One fault list serves both ports.
  await sim("awaz", "DELETE", "/_sim/faults");
  for (const [platform, routes] of Object.entries(writeRoutes)) {
    for (const route of routes) {
      await sim(platform, "POST", "/_sim/faults", { route, status: 502, process: true, probability: 0.3 });
      // 0.7 × 0.143 ≈ 10% of all writes.
      await sim(platform, "POST", "/_sim/faults", { route, drop: true, process: true, probability: 0.143 });
      if (delayMs > 0) await sim(platform, "POST", "/_sim/faults", { route, delay_ms: delayMs, process: true, probability: 1 });
    }
  }
}

before(async () => {
  ({ child: simulator, urls } = await startSimulator());
});

after(async () => {
  await app?.close();
  simulator?.kill("SIGINT");
  // Leave nothing of this test in the keychain (other tests' entries are left alone).
  const search = spawnSync("secret-tool", ["search", "--all", "service", keychainService], { encoding: "utf8" });
  for (const line of (search.stderr ?? "").split("\n")) {
    const user = line.startsWith("attribute.username = ") ? line.slice("attribute.username = ".length).trim() : null;
    if (user && accountIds.some((id) => user.startsWith(`${id}:`))) {
      spawnSync("secret-tool", ["clear", "service", keychainService, "username", user]);
    }
  }
});

/** Adds an account through the Accounts screen, pointed at the simulator, remembered in the keychain. */
async function addAccount(browser, choice, name, fields, baseUrl) {
  await browser.$(byTestId("nav-accounts")).click();
  await (await shown(browser, "add-account")).click();
  await (await shown(browser, `add-account-${choice}`)).click();
  for (const [testId, value] of Object.entries(fields)) await type(browser, testId, value);
  await browser.$(byTestId("advanced")).click();
  await type(browser, "field-base_url", baseUrl);
  const remember = await browser.$(byTestId("field-remember"));
  if (!(await remember.isSelected())) await remember.click();
  await browser.$(byTestId("submit-account")).click();
  const note = await shown(browser, "accounts-note", 15_000);
  assert.match(await note.getText(), /is added and connected/);
  let id;
  await browser.waitUntil(
    async () => {
      for (const item of await browser.$$(byTestId("account-item"))) {
        if ((await item.$(byTestId("account-name")).getText()) === name) id = await item.getAttribute("data-account-id");
      }
      return id !== undefined;
    },
    { timeout: 10_000, timeoutMsg: `no account named ${name}` },
  );
  accountIds.push(id);
}

/** Imports a file and starts its run with a call for each person; answers the run's id. */
async function importAndRun(browser, file, target) {
  await (await shown(browser, "field-path")).setValue(file);
  await browser.$(byTestId("submit-open-path")).click();
  await (await shown(browser, `field-target-${target}`)).click();
  await browser.waitUntil(async () => (await browser.$(byTestId(`field-target-${target}`)).isSelected()), { timeout: 10_000 });
  await shown(browser, "mapping-ok");
  await shown(browser, "field-account");
  await browser.waitUntil(async () => (await browser.$(byTestId("step-next")).isEnabled()), { timeout: 10_000 });
  await browser.$(byTestId("step-next")).click();
  const summary = await shown(browser, "import-summary");
  assert.match(await summary.getText(), new RegExp(`^${ROWS} ready`), await summary.getText());
  await browser.waitUntil(async () => (await browser.$(byTestId("step-next")).isEnabled()), { timeout: 10_000 });
  await browser.$(byTestId("step-next")).click();
  await (await shown(browser, "field-with-calls")).click();
  await (await shown(browser, "field-agent")).waitForEnabled();
  if (target === "awaz_contacts") await shown(browser, "field-from_phone_id");
  await browser.$(byTestId("submit-review-send")).click();
  const question = await shown(browser, "send-question");
  assert.match(await question.getText(), new RegExp(`^Create ${ROWS} (contacts|leads) in “.+” and schedule ${ROWS} calls with “.+”`));
  await browser.$(byTestId("confirm-send")).click();
  const progress = await shown(browser, '[data-testid^="job-"][data-state]');
  return Number((await progress.getAttribute("data-testid")).slice("job-".length));
}

const runs = (browser) => browser.execute(() => window.__TAURI_INTERNALS__.invoke("bulk_jobs"));

/** The pid of the app running on this test's profile (tauri-driver → WebKitWebDriver → callboard). */
function appPid() {
  const marker = `XDG_DATA_HOME=${path.join(home, "data")}`;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() !== "callboard") continue;
      if (readFileSync(`/proc/${entry}/environ`, "utf8").split("\0").includes(marker)) return Number(entry);
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return null;
}

/** Lists, per phone, how many contacts / leads / calls the simulator holds for the test's people. */
async function simulatorCounts() {
  const awaz = (await sim("awaz", "GET", "/_sim/state")).awaz;
  const getvocal = (await sim("getvocal", "GET", "/_sim/state")).getvocal;
  const tally = (values) => values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map());
  const awazPhones = new Set(awazPeople.map((person) => person.phone));
  const getvocalPhones = new Set(getvocalPeople.map((person) => person.phone));
  const ourLeads = getvocal.leads.filter((lead) => getvocalPhones.has(lead.phone_number));
  const ourLeadIds = new Set(ourLeads.map((lead) => lead.id));
  return {
    awazContacts: tally(awaz.contacts.map((contact) => contact.phone).filter((phone) => awazPhones.has(phone))),
    awazCalls: tally(awaz.calls.map((call) => call.contact.phone).filter((phone) => awazPhones.has(phone))),
    getvocalLeads: tally(ourLeads.map((lead) => lead.phone_number)),
    getvocalCalls: tally(getvocal.calls.map((call) => call.lead_id).filter((id) => ourLeadIds.has(id))),
    getvocalCallsByPhone: tally(
      getvocal.calls.flatMap((call) => ourLeads.filter((lead) => lead.id === call.lead_id).map((lead) => lead.phone_number)),
    ),
  };
}

const twice = (counts) => [...counts].filter(([, n]) => n > 1);

test("two bulk runs with calls survive lost answers and a kill of the app: nobody twice", { timeout: 345_000 }, async () => {
  const started = Date.now();
  const log = (what) => console.log(`[bulk_kill +${((Date.now() - started) / 1000).toFixed(1)}s] ${what}`);

  // A fresh profile without --demo: it opens in demo mode until real accounts are added.
  app = await openApp({ args: [] });
  home = app.home;
  let { browser } = app;
  await shown(browser, "nav-accounts");
  await addAccount(
    browser,
    "getvocal-password",
    "Kill test – GetVocal",
    { "field-name": "Kill test – GetVocal", "field-email": "demo@callboard.test", "field-password": "demo-password", "field-company_id": "demo-company" },
    urls.getvocal,
  );
  await addAccount(browser, "awaz", "Kill test – Awaz", { "field-name": "Kill test – Awaz", "field-api_key": "demo-awaz-key" }, urls.awaz);
  log("accounts added");

  const awazFile = path.join(home, "awaz_200.csv");
  writeFileSync(awazFile, ["Name,Phone,Email", ...awazPeople.map((p) => `${p.name},${p.phone},${p.email}`)].join("\n") + "\n");
  const getvocalFile = path.join(home, "getvocal_200.csv");
  writeFileSync(getvocalFile, ["First name,Last name,Phone", ...getvocalPeople.map((p) => `${p.first},${p.last},${p.phone}`)].join("\n") + "\n");

  await injectFaults(400);
  await browser.$(byTestId("nav-import")).click();
  await shown(browser, "screen-import", 5_000);
  const awazJob = await importAndRun(browser, awazFile, "awaz_contacts");
  log(`Awaz run ${awazJob} started`);
  await (await shown(browser, "import-another")).click();
  const getvocalJob = await importAndRun(browser, getvocalFile, "get_vocal_leads");
  log(`GetVocal run ${getvocalJob} started`);
  assert.notEqual(awazJob, getvocalJob);

  // Some rows are done on screen (the GetVocal run's progress), and both runs are still going.
  await browser.waitUntil(async () => Number(await browser.$(byTestId("job-done")).getText()) >= 20, {
    timeout: 60_000,
    interval: 100,
    timeoutMsg: "no GetVocal row was done",
  });
  const before = await runs(browser);
  log(`before the kill: ${JSON.stringify(before.map(({ id, state, done, failed, unknown, waiting }) => ({ id, state, done, failed, unknown, waiting })))}`);
  for (const id of [awazJob, getvocalJob]) {
    const run = before.find((known) => known.id === id);
    assert.equal(run.state, "running", `run ${id} should still be running at the kill: ${JSON.stringify(run)}`);
    assert.ok(run.done < ROWS, JSON.stringify(run));
  }
  await screenshot(browser, "bulk-kill-1-running");

  // SIGKILL: no goodbye, no last write.
  const pid = appPid();
  assert.ok(pid, "the app's process was not found");
  process.kill(pid, "SIGKILL");
  log(`killed the app (pid ${pid})`);
  const gone = () => {
    try {
      return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].startsWith("Z");
    } catch {
      return true;
    }
  };
  for (let waited = 0; !gone(); waited += 100) {
    assert.ok(waited < 10_000, "the app did not die");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  app = null;

  // The same faults go on during the resume, without the slowing delay.
  await injectFaults(0);

  // Opened again on the same profile: both runs are offered to resume.
  app = await openApp({ args: [], home });
  ({ browser } = app);
  log("app opened again");
  await (await shown(browser, "nav-import")).click();
  await shown(browser, "screen-import", 10_000);
  for (const id of [awazJob, getvocalJob]) {
    const offer = await shown(browser, `interrupted-job-${id}`, 20_000);
    assert.match(await offer.getText(), /An import was interrupted \(\d+ of 200 done\)\./);
  }
  await screenshot(browser, "bulk-kill-2-interrupted");
  for (const id of [awazJob, getvocalJob]) {
    await browser.$(byTestId(`resume-job-${id}`)).click();
    await shown(browser, `job-${id}`, 20_000);
  }
  log("resumed");
  for (const id of [awazJob, getvocalJob]) {
    await browser.waitUntil(async () => (await browser.$(byTestId(`job-${id}`)).getAttribute("data-state")) === "finished", {
      timeout: 180_000,
      interval: 500,
      timeoutMsg: `run ${id} did not finish`,
    });
  }
  log("both runs finished");

  // On screen: each run's counts add up to its 200 rows, and every row not done is listed with its reason.
  const readJob = (id) =>
    browser.execute((id) => {
      const section = document.querySelector(`[data-testid="job-${id}"]`);
      const number = (testId) => Number(section.querySelector(`[data-testid="${testId}"]`).textContent.replace(/\D/g, ""));
      const rows = (prefix) =>
        [...section.querySelectorAll(`[data-testid^="${prefix}"]`)].map((row) => ({
          line: row.getAttribute("data-testid").slice(prefix.length),
          phone: row.querySelector(".phone-number")?.textContent ?? "",
          reason: row.lastElementChild?.textContent ?? "",
        }));
      return {
        headline: section.querySelector("h2").textContent,
        done: number("job-done"),
        failed: number("job-failed"),
        unknown: number("job-unknown"),
        waiting: number("job-waiting"),
        toCheck: rows("check-line-"),
        refused: rows("failed-line-"),
      };
    }, id);
  const final = {};
  for (const id of [awazJob, getvocalJob]) {
    let seen;
    await browser.waitUntil(
      async () => {
        seen = await readJob(id);
        return seen.toCheck.length + seen.refused.length === seen.failed + seen.unknown;
      },
      { timeout: 30_000, interval: 500, timeoutMsg: `the rows of run ${id} that are not done are not all listed` },
    );
    final[id] = seen;
    log(`run ${id}: ${seen.headline} — done ${seen.done}, failed ${seen.failed}, to check ${seen.unknown}, waiting ${seen.waiting}`);
    // The reasons shown, with the people's names and numbers left out, and how often.
    const reasons = new Map();
    for (const row of seen.toCheck) {
      const reason = `to check: ${row.reason.replace(/\+?\d{6,}|Lead\d+ Dupont|Awaz Person \d+/g, "…")}`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    for (const row of seen.refused) {
      const reason = `did not go through: ${row.reason}`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    for (const [reason, n] of reasons) log(`  ${n} × ${reason}`);
    assert.equal(seen.waiting, 0, JSON.stringify(seen));
    assert.equal(seen.done + seen.failed + seen.unknown, ROWS, JSON.stringify(seen));
    for (const row of [...seen.toCheck, ...seen.refused]) {
      assert.ok(row.reason.trim().length > 20, `line ${row.line} (${row.phone}) has no reason: ${JSON.stringify(row)}`);
    }
  }
  await browser.$(byTestId(`job-${awazJob}`)).scrollIntoView({ block: "start" });
  await screenshot(browser, "bulk-kill-3-finished");
  const refusedTable = await browser.$('[data-testid="refused-rows"]');
  if (await refusedTable.isExisting()) {
    await refusedTable.scrollIntoView({ block: "center" });
    await screenshot(browser, "bulk-kill-4-not-gone-through");
  }

  // At the simulator: nobody has two contacts, two calls or two leads; no lead has two calls.
  const counts = await simulatorCounts();
  assert.deepEqual(twice(counts.awazContacts), [], "Awaz contacts created twice");
  assert.deepEqual(twice(counts.awazCalls), [], "Awaz people called twice");
  assert.deepEqual(twice(counts.getvocalLeads), [], "GetVocal leads created twice");
  assert.deepEqual(twice(counts.getvocalCalls), [], "GetVocal leads called twice");
  // Every row counted done has its call at the simulator.
  assert.ok(counts.awazCalls.size >= final[awazJob].done, `${counts.awazCalls.size} Awaz calls for ${final[awazJob].done} rows done`);
  assert.ok(counts.getvocalCalls.size >= final[getvocalJob].done, `${counts.getvocalCalls.size} GetVocal calls for ${final[getvocalJob].done} rows done`);
  log(
    `simulator: ${counts.awazContacts.size} Awaz contacts, ${counts.awazCalls.size} Awaz calls, ${counts.getvocalLeads.size} GetVocal leads, ${counts.getvocalCalls.size} GetVocal calls`,
  );
  // A row shown as "did not go through" (offered to retry) must not have been called: a retry
  // once its scheduled call has been placed would call the person a second time.
  const called = {
    [awazJob]: (phone) => counts.awazCalls.get(phone) ?? 0,
    [getvocalJob]: (phone) => counts.getvocalCallsByPhone.get(phone) ?? 0,
  };
  const calledYetRefused = [awazJob, getvocalJob].flatMap((id) =>
    final[id].refused.filter((row) => called[id](row.phone) > 0).map((row) => `run ${id} line ${row.line} ${row.phone}: “${row.reason}”`),
  );
  assert.deepEqual(calledYetRefused, [], "rows shown as not gone through (with Retry) whose call the platform placed");
});
