// Issue 11 in the real window, demo mode. In English and in French, every screen (each of its
// tabs) and the main dialog states pass axe-core with no serious or critical violation, and are
// photographed into docs/screenshots/<language>/. In the pseudo-locale (accented, 30% longer),
// every visible word of the interface comes from the catalogues and nothing overflows its box.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { byTestId, openApp, screenshot, screenshotDir, shown, type } from "./harness.mjs";

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/screenshots");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** A small spreadsheet to walk the import's steps with. */
const spreadsheet = path.join(mkdtempSync(path.join(tmpdir(), "callboard-languages-")), "people.csv");
writeFileSync(spreadsheet, "Phone,First name,Email\n+33 6 12 34 56 78,Camille,camille@example.fr\n12 34,Short,short@example.fr\n");

/** The test id of the element that has focus ("" when none has). */
const focusedTestId = (browser) => browser.execute(() => document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid") ?? "");

/** Opens the app in `language` and waits for its first screen. */
async function openIn(language) {
  const app = await openApp({ env: { CALLBOARD_LANGUAGE: language } });
  await shown(app.browser, "demo-banner");
  await app.browser.waitUntil(async () => (await app.browser.execute(() => document.documentElement.lang)).startsWith(language.slice(0, 2)), {
    timeout: 10_000,
    timeoutMsg: `the window did not switch to ${language}`,
  });
  return app;
}

/** The sidebar's screens, as the window lists them. */
async function screenIds(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll('.sidebar [data-testid^="nav-"]')]
      .map((item) => item.getAttribute("data-testid").slice("nav-".length))
      .filter((id) => !id.startsWith("group-")),
  );
}

/**
 * Calls `visit(state)` on every screen, on each tab of a screen that has tabs, and on the
 * dialog states worth checking; `state` names what is shown ("credits", "schedule-upcoming"…).
 */
async function walk(browser, visitNow) {
  // Each state is checked and photographed once its screen has loaded: no spinner left.
  const visit = async (state) => {
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelectorAll("main .loading").length)) === 0, {
      timeout: 15_000,
      timeoutMsg: `${state}: still loading after 15 s`,
    });
    await visitNow(state);
  };
  for (const screen of await screenIds(browser)) {
    await (await shown(browser, `nav-${screen}`)).click();
    await shown(browser, `screen-${screen}`);
    await browser.pause(600);
    const tabs = await browser.execute((id) => [...document.querySelectorAll(`[data-testid="screen-${id}"] [role="tab"]`)].map((tab) => tab.getAttribute("data-testid")), screen);
    if (tabs.length === 0) await visit(screen);
    for (const tab of tabs.filter(Boolean)) {
      await browser.$(byTestId(tab)).click();
      await browser.pause(500);
      await visit(`${screen}-${tab.replace(/^tab-/, "")}`);
    }
  }

  // A confirmation that removes something: opened from the keyboard, it takes focus (on the
  // safe choice), and gives it back to the button that opened it.
  await (await shown(browser, "nav-accounts")).click();
  const remove = await shown(browser, "remove-account");
  await browser.execute((button) => button.focus(), remove);
  await browser.keys("Enter");
  await shown(browser, "dialog-remove-account");
  assert.equal(await focusedTestId(browser), "cancel-remove-account", "focus moves into the confirmation");
  await visit("accounts-confirm-remove");
  await browser.keys("Enter");
  await browser.waitUntil(async () => (await focusedTestId(browser)) === "remove-account", { timeout: 5_000, timeoutMsg: "focus did not come back to the button" });

  // The import's steps after choosing a small spreadsheet, and its last question.
  await (await shown(browser, "nav-import")).click();
  await (await shown(browser, "field-path")).setValue(spreadsheet);
  await (await shown(browser, "submit-open-path")).click();
  await shown(browser, "mapping-ok");
  await visit("import-columns");
  await browser.waitUntil(async () => (await browser.$(byTestId("step-next")).isEnabled()), { timeout: 10_000 });
  await browser.$(byTestId("step-next")).click();
  await shown(browser, "import-summary");
  await visit("import-rows");
  await browser.waitUntil(async () => (await browser.$(byTestId("step-next")).isEnabled()), { timeout: 10_000 });
  await browser.$(byTestId("step-next")).click();
  await (await shown(browser, "submit-review-send")).click();
  await shown(browser, "send-question");
  await visit("import-confirm");
  await (await shown(browser, "cancel-send")).click();

  // A call's page, opened from History.
  await (await shown(browser, "nav-history")).click();
  await (await shown(browser, "filter-text")).setValue("Olivia");
  const row = await shown(browser, '[data-testid^="history-row-awaz:"]');
  await row.$(byTestId("open-call")).click();
  await shown(browser, "screen-call");
  await browser.pause(600);
  await visit("call");
  await (await shown(browser, "call-back")).click();

  // A field problem, then the confirmation of a top-up.
  await (await shown(browser, "nav-credits")).click();
  await type(browser, "field-workspace", "north-clinic@callboard.test");
  await type(browser, "field-amount", "-4");
  await (await shown(browser, "submit-top-up")).click();
  await shown(browser, "problem-amount");
  await visit("credits-field-problem");
  await type(browser, "field-amount", "25");
  await (await shown(browser, "submit-top-up")).click();
  await shown(browser, "dialog-top-up");
  await visit("credits-confirm");
  await (await shown(browser, "cancel-top-up")).click();

  // The command palette.
  await browser.keys(["Control", "k"]);
  await browser.releaseActions();
  await shown(browser, "palette-input");
  await visit("palette");
  await browser.keys("Escape");

  // Settings in the dark theme.
  await (await shown(browser, "nav-settings")).click();
  await shown(browser, "preferences-form");
  await chooseTheme(browser, "dark");
  await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.dataset.theme)) === "dark");
  await visit("settings-dark");
  await (await shown(browser, "nav-home")).click();
  await browser.pause(600);
  await visit("home-dark");
  await (await shown(browser, "nav-settings")).click();
  await shown(browser, "preferences-form");
  await chooseTheme(browser, "system");
}

/**
 * Picks a theme by its option, as a person clicks the word. A click while Settings still moves
 * (its sections load one by one) lands where the option was, so it is clicked again until chosen.
 */
async function chooseTheme(browser, theme) {
  const radio = await browser.$(`input[type="radio"][value="${theme}"]`);
  await browser.waitUntil(
    async () => {
      if (await radio.isSelected()) return true;
      await (await radio.parentElement()).click();
      return false;
    },
    { timeout: 15_000, interval: 700, timeoutMsg: `the ${theme} theme could not be chosen` },
  );
}

async function axeViolations(browser) {
  // The window's content security policy forbids eval, so axe goes in as the script itself.
  if (!(await browser.execute(() => Boolean(window.axe)))) await browser.execute(`${axeSource}\nreturn true;`);
  return browser.executeAsync((done) => {
    window.axe
      .run(document, { resultTypes: ["violations"] })
      .then((results) =>
        done(
          results.violations
            .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
            .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 4).join(" | ")}`),
        ),
      )
      .catch((error) => done([`axe failed: ${error}`]));
  });
}

for (const language of ["en", "fr"]) {
  test(`every screen and dialog passes axe in ${language === "en" ? "English" : "French"}, photographed for the docs`, async () => {
    const app = await openIn(language);
    try {
      const { browser } = app;
      await browser.setTimeout({ script: 60_000 });
      const found = [];
      await walk(browser, async (state) => {
        const name = `${language}-${state}`;
        await screenshot(browser, name);
        mkdirSync(path.join(docs, language), { recursive: true });
        copyFileSync(path.join(screenshotDir, `${name}.png`), path.join(docs, language, `${state}.png`));
        for (const violation of await axeViolations(browser)) found.push(`${state}: ${violation}`);
      });
      assert.deepEqual(found, []);
    } finally {
      await app.close();
    }
  });
}

test("in the pseudo-locale every word of the interface comes from the catalogues and nothing overflows", async () => {
  const app = await openIn("en-XA");
  try {
    const { browser } = app;
    const found = [];
    await walk(browser, async (state) => {
      await screenshot(browser, `pseudo-${state}`);
      const problems = await browser.execute(() => {
        // Every catalogue word is accented and ends in the pseudo-locale's tail of dots.
        const pseudo = /[áéíöüýçñšžÁÉÍÖÜÝÇÑŠŽ·]/;
        const visible = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
        const words = [];
        const chrome = "button, label, legend, th, h1, h2, h3, [role=tab], summary, option, .hint, .muted, .empty, p, caption, dt";
        for (const element of document.querySelectorAll(chrome)) {
          // Data the person or the platform wrote (names, phones, workspaces) is not translated.
          // Words Intl writes (weekday and month names) follow the language, but not the pseudo-locale.
          if (element.closest('[translate="no"], [data-intl]') || !visible(element)) continue;
          const own = [...element.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .map((node) => node.textContent)
            .join(" ")
            .trim();
          if (/[A-Za-z]{3,}/.test(own) && !pseudo.test(own)) words.push(`${element.tagName.toLowerCase()} "${own.slice(0, 60)}"`);
        }
        const overflowing = [];
        const boxes = "button, label, th, h1, h2, h3, [role=tab], legend, .nav-item, .badge, .outcome-badge, .card-header p";
        for (const element of document.querySelectorAll(boxes)) {
          if (!visible(element) || getComputedStyle(element).overflowX !== "visible" || element.clientWidth === 0) continue;
          if (element.scrollWidth > element.clientWidth + 1) overflowing.push(`${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 40)}"`);
        }
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth + 1) overflowing.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
        return { words: [...new Set(words)], overflowing };
      });
      for (const word of problems.words) found.push(`${state}: not from the catalogue: ${word}`);
      for (const box of problems.overflowing) found.push(`${state}: overflows: ${box}`);
    });
    assert.deepEqual(found, []);
  } finally {
    await app.close();
  }
});
