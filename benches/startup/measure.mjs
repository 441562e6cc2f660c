// Measures a bare Tauri 2 app and Callboard side by side, in the same run, each launch on a
// fresh profile (its own XDG config, data and cache folders): first frame with content, page
// ready, memory (PSS of every process of the app) idle and with History open on a seeded
// journal. Prints each figure for both apps and the ratio, and the bare app drawn as Callboard
// draws (without WebKit's OpenGL compositor) as a second baseline; asserts nothing.
// Run by scripts/bench-startup.sh (under Xvfb and a D-Bus session), which passes:
//   BENCH_BARE, BENCH_CALLBOARD   the two release binaries
//   BENCH_FIRST_FRAME             the first_frame probe (first_frame.c)
//   BENCH_SEEDS                   "ROWS=FOLDER ..." data folders seeded with ROWS journal rows
//   BENCH_ROUNDS                  launches per figure (median printed)
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort, waitForPort } from "../../tests/e2e/harness.mjs";

// Real paths: the app process is recognised by /proc/PID/exe.
const bare = realpathSync(process.env.BENCH_BARE);
const callboard = realpathSync(process.env.BENCH_CALLBOARD);
const firstFrameProbe = process.env.BENCH_FIRST_FRAME;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const seeds = (process.env.BENCH_SEEDS ?? "")
  .split(" ")
  .filter(Boolean)
  .map((pair) => pair.split("="))
  .map(([rows, folder]) => ({ rows: Number(rows), folder }));
/** Callboard's data folder inside a profile (tauri.conf.json's identifier). */
const CALLBOARD_DATA = path.join("data", "app.callboard.desktop");
/** Memory is read once the app has had this long to settle after it showed what was asked. */
const SETTLE_MS = 3_000;
// Profiles on a RAM disk when there is one, so both apps' first writes cost the same little.
const profileRoot = existsSync("/dev/shm") ? "/dev/shm" : tmpdir();

/**
 * Callboard has WebKitGTK draw without its OpenGL compositor (src-tauri `draw_without_compositing`);
 * the bare app is measured as it comes and, as a second baseline, drawn the same way.
 */
const DRAWN_ALIKE = { WEBKIT_DISABLE_COMPOSITING_MODE: "1" };

function freshProfile(drawing = {}) {
  const home = mkdtempSync(path.join(profileRoot, "callboard-bench-"));
  return {
    home,
    env: {
      ...process.env,
      ...drawing,
      XDG_CONFIG_HOME: path.join(home, "config"),
      XDG_DATA_HOME: path.join(home, "data"),
      XDG_CACHE_HOME: path.join(home, "cache"),
    },
    remove: () => rmSync(home, { recursive: true, force: true }),
  };
}

/** Milliseconds from launch to the first frame with content on the X screen (first_frame.c). */
function firstFrame(binary, drawing) {
  const profile = freshProfile(drawing);
  try {
    const probe = spawnSync(firstFrameProbe, ["30000", binary], {
      env: profile.env,
      encoding: "utf8",
    });
    if (probe.status !== 0)
      throw new Error(`first_frame ${binary}: ${probe.stderr}`);
    return Number(probe.stdout.trim());
  } finally {
    profile.remove();
  }
}

/** A WebDriver session on `binary` through tauri-driver (as tests/e2e do), in `profile`. */
async function openSession(binary, profile) {
  const port = await freePort();
  const driver = spawn(
    "tauri-driver",
    ["--port", String(port), "--native-port", String(await freePort())],
    {
      env: profile.env,
      stdio: "ignore",
    },
  );
  await waitForPort(port, 20_000);
  const base = `http://127.0.0.1:${port}`;
  const send = async (method, route, body) => {
    const answer = await fetch(`${base}${route}`, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await answer.json();
    if (!answer.ok)
      throw new Error(
        `${method} ${route}: ${JSON.stringify(json.value ?? json)}`,
      );
    return json.value;
  };
  const capabilities = {
    alwaysMatch: {
      browserName: "wry",
      "tauri:options": { application: binary, args: [] },
    },
  };
  let launched;
  let sessionId;
  // tauri-driver drops a request that comes before its WebKitWebDriver listens (webdriverio,
  // in tests/e2e, retries the same way); nothing was launched then.
  for (let attempt = 1; !sessionId; attempt++) {
    launched = performance.now();
    try {
      ({ sessionId } = await send("POST", "/session", { capabilities }));
    } catch (error) {
      if (!(error instanceof TypeError) || attempt === 5) throw error;
      await sleep(500);
    }
  }
  const run = (script) =>
    send("POST", `/session/${sessionId}/execute/sync`, { script, args: [] });
  /** Milliseconds from launch until `script` returns true (polled). */
  const until = async (script, timeoutMs) => {
    const deadline = performance.now() + timeoutMs;
    while (!(await run(script))) {
      if (performance.now() > deadline)
        throw new Error(`never true within ${timeoutMs} ms: ${script}`);
      await sleep(10);
    }
    return performance.now() - launched;
  };
  return {
    run,
    until,
    pss: () => pssOfApp(driver.pid, binary),
    /** Ends the session and waits for the app's processes to end, so none runs on into the next launch. */
    async close() {
      const processes = descendants(driver.pid, parents());
      await send("DELETE", `/session/${sessionId}`).catch(() => {});
      driver.kill();
      await new Promise((resolve) => driver.once("exit", resolve));
      for (
        let waited = 0;
        processes.some(running) && waited < 5_000;
        waited += 50
      )
        await sleep(50);
      for (const pid of processes) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // Already ended.
        }
      }
    },
  };
}

/** Parent of each process, from /proc. */
function parents() {
  const parentOf = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields follow the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(
        Number(entry),
        Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]),
      );
    } catch {
      // Ended while listing.
    }
  }
  return parentOf;
}

/** Still running (not ended, nor a zombie waiting for its parent). */
function running(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}

function descendants(root, parentOf) {
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, parent] of parentOf)
      if (parent === found[i]) found.push(pid);
  }
  return found;
}

/**
 * PSS in MiB of the app and everything it started (WebKit's web and network processes): the
 * app is the process under tauri-driver running `binary`.
 */
function pssOfApp(driverPid, binary) {
  const parentOf = parents();
  const app = descendants(driverPid, parentOf).find((pid) => {
    try {
      return readlinkSync(`/proc/${pid}/exe`) === binary;
    } catch {
      return false;
    }
  });
  if (app === undefined)
    throw new Error(`no process of ${binary} under tauri-driver`);
  let kib = 0;
  const byProcess = [];
  for (const pid of descendants(app, parentOf)) {
    try {
      const line = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8").match(
        /^Pss:\s+(\d+) kB/m,
      );
      kib += Number(line?.[1] ?? 0);
      byProcess.push(
        `${readFileSync(`/proc/${pid}/comm`, "utf8").trim()} ${Math.round(Number(line?.[1] ?? 0) / 1024)} MiB`,
      );
    } catch {
      // Ended while reading.
    }
  }
  // BENCH_BREAKDOWN=1: which process holds what.
  if (process.env.BENCH_BREAKDOWN)
    console.log(`    PSS by process: ${byProcess.join(", ")}`);
  return kib / 1024;
}

const documentComplete = 'return document.readyState === "complete"';

/** Page ready and idle PSS of one launch; for Callboard also when Home showed its data. */
async function idle(binary, dataShown, drawing) {
  const profile = freshProfile(drawing);
  const session = await openSession(binary, profile);
  try {
    const ready = await session.until(documentComplete, 30_000);
    const shown = dataShown
      ? await session.until(dataShown, 60_000)
      : undefined;
    await sleep(SETTLE_MS);
    return { ready, shown, pss: session.pss() };
  } finally {
    await session.close();
    profile.remove();
  }
}

/** Callboard's PSS with History open on a journal of `seed.rows` rows, and how long it took. */
async function historyOpen(seed) {
  const profile = freshProfile();
  mkdirSync(path.join(profile.home, CALLBOARD_DATA), { recursive: true });
  cpSync(seed.folder, path.join(profile.home, CALLBOARD_DATA), {
    recursive: true,
  });
  const session = await openSession(callboard, profile);
  try {
    // Clicked once Home has settled (nothing on it still loading), as a person would: the
    // start's own work is not counted in History's time.
    await session.until(
      `const home = document.querySelector('[data-testid="screen-home"]');
       return !!home && !!document.querySelector('[data-testid="nav-history"]') && !home.querySelector('[role="status"]')`,
      60_000,
    );
    // The page notes when each step shows (BENCH_BREAKDOWN=1 prints them): the screen, its
    // first rows, and nothing left loading (the chart drawn).
    const clicked = await session.until(
      `const steps = { clicked: performance.now() };
       const screen = () => document.querySelector('[data-testid="screen-history"]');
       const note = () => {
         const shown = screen();
         if (shown) steps.screen ??= performance.now();
         if (shown?.querySelector('[data-testid^="history-row-"]')) steps.rows ??= performance.now();
         if (steps.rows && !shown.querySelector('[role="status"]')) steps.settled ??= performance.now();
       };
       new MutationObserver(note).observe(document.body, { childList: true, subtree: true });
       window.historySteps = steps;
       document.querySelector('[data-testid="nav-history"]').click();
       return true`,
      1_000,
    );
    // Rows shown and nothing on the screen still loading.
    const shown = await session.until(
      `const screen = document.querySelector('[data-testid="screen-history"]');
       return !!screen && !!screen.querySelector('[data-testid^="history-row-"]') && !screen.querySelector('[role="status"]')`,
      180_000,
    );
    await sleep(SETTLE_MS);
    if (process.env.BENCH_BREAKDOWN) {
      const steps = await session.run("return window.historySteps");
      const after = (step) => `${Math.round(steps[step] - steps.clicked)} ms`;
      console.log(
        `    History after the click: screen ${after("screen")}, rows ${after("rows")}, settled ${after("settled")}`,
      );
    }
    return { open: shown - clicked, pss: session.pss() };
  } finally {
    await session.close();
    profile.remove();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const rows = [];
const row = (measure, [bareValue, alikeValue], callboardValue, unit, goal) => {
  const ratio = (base) =>
    base ? `${(callboardValue / base).toFixed(2)}×` : "";
  const show = (value) =>
    value === undefined
      ? "—"
      : unit === "ms"
        ? `${value.toFixed(0)} ms`
        : `${value.toFixed(0)} MiB`;
  rows.push([
    measure,
    show(bareValue),
    show(callboardValue),
    ratio(bareValue),
    goal ?? "",
    show(alikeValue),
    ratio(alikeValue),
  ]);
  console.log(
    `  ${measure}: bare ${show(bareValue)}, Callboard ${show(callboardValue)} ${ratio(bareValue)}` +
      (alikeValue
        ? ` (bare drawn alike ${show(alikeValue)}: ${ratio(alikeValue)})`
        : ""),
  );
};
const NO_BASE = [undefined, undefined];

console.log(
  `Startup and memory, ${rounds} launches each (medians), fresh profile per launch`,
);
console.log(
  `release binaries: bare ${mib(statSync(bare).size)}, Callboard ${mib(statSync(callboard).size)} ` +
    `(${(statSync(callboard).size / statSync(bare).size).toFixed(2)}×)`,
);

// Launches alternate between the apps, so a busy moment of the machine falls on both.
const frames = { bare: [], alike: [], callboard: [] };
const idles = { bare: [], alike: [], callboard: [] };
for (let round = 0; round < rounds; round++) {
  frames.bare.push(firstFrame(bare));
  frames.alike.push(firstFrame(bare, DRAWN_ALIKE));
  frames.callboard.push(firstFrame(callboard));
  idles.bare.push(await idle(bare));
  idles.alike.push(await idle(bare, undefined, DRAWN_ALIKE));
  idles.callboard.push(
    await idle(
      callboard,
      "return !!document.querySelector('[data-testid=\"persona-item\"]')",
    ),
  );
}
/** The medians of both baselines for one figure of a launch. */
const bases = (runs, figure) => [
  median(runs.bare.map(figure)),
  median(runs.alike.map(figure)),
];
row(
  "first frame with content",
  bases(frames, (ms) => ms),
  median(frames.callboard),
  "ms",
  "≤ 1.2×",
);
row(
  "page ready (document complete)",
  bases(idles, (run) => run.ready),
  median(idles.callboard.map((run) => run.ready)),
  "ms",
  "≤ 1.1×",
);
row(
  "Home showing the demo's data",
  NO_BASE,
  median(idles.callboard.map((run) => run.shown)),
  "ms",
);
const idleBases = bases(idles, (run) => run.pss);
row(
  "PSS idle",
  idleBases,
  median(idles.callboard.map((run) => run.pss)),
  "MiB",
  "≤ 1.2×",
);
for (const seed of seeds) {
  const runs = [];
  for (let round = 0; round < Math.min(rounds, 3); round++)
    runs.push(await historyOpen(seed));
  const label = `${seed.rows.toLocaleString("en")} journal rows`;
  row(
    `History shown once clicked (Home settled first), ${label}`,
    NO_BASE,
    median(runs.map((run) => run.open)),
    "ms",
  );
  row(
    `PSS with History open, ${label} (vs bare idle)`,
    idleBases,
    median(runs.map((run) => run.pss)),
    "MiB",
    seed.rows >= 1_000_000 ? "≤ 1.5×" : "",
  );
}

console.log(
  "\n| measure | bare Tauri 2 | Callboard | ratio | goal | bare drawn alike | ratio to it |\n|---|---|---|---|---|---|---|",
);
for (const cells of rows) console.log(`| ${cells.join(" | ")} |`);
