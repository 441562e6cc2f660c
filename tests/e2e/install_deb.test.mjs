// The Debian package installs with apt (its dependencies declared), starts from its desktop
// entry in demo mode and shows the Home screen, then uninstalls without leaving its files.
// Installs system-wide: needs root (as in CI) or sudo without a password.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { after, test } from "node:test";
import { byTestId, openApp, screenshot } from "./harness.mjs";
import {
  canInstallPackages,
  debPackage,
  desktopEntryCommand,
  installPackage,
  installedVersion,
  removePackage,
  versionN,
} from "./bundles.mjs";

const skip = canInstallPackages() ? false : "installing a package needs root or sudo without a password";
let app;
after(async () => {
  await app?.close();
  if (!skip && installedVersion()) removePackage();
});

test("the .deb installs, opens on Home from its desktop entry, and uninstalls cleanly", { skip }, async () => {
  const { deb } = debPackage(versionN);
  const depends = execFileSync("dpkg-deb", ["--field", deb, "Depends"], { encoding: "utf8" });
  for (const library of ["libwebkit2gtk-4.1-0", "libgtk-3-0", "gnome-keyring"]) {
    assert.match(depends, new RegExp(library.replaceAll(".", "\\.")), `the package declares ${library}`);
  }

  installPackage(deb);
  assert.equal(installedVersion(), versionN);
  const { entry, binary, args } = desktopEntryCommand();
  assert.ok(binary && existsSync(binary), `the desktop entry ${entry} runs an installed program (${binary})`);

  app = await openApp({ application: binary, args: [...args, "--demo"] });
  const { browser } = app;
  const home = await browser.$(byTestId("screen-home"));
  await home.waitForDisplayed({ timeout: 30_000 });
  await browser.$(byTestId("account-card")).waitForDisplayed({ timeout: 30_000 });
  await browser.$(byTestId("demo-banner")).waitForDisplayed({ timeout: 5_000 });
  assert.ok((await home.getText()).trim().length > 0, "the Home screen shows something");
  await screenshot(browser, "installed-deb-home");
  await app.close();
  app = undefined;

  removePackage();
  assert.equal(installedVersion(), null);
  assert.ok(!existsSync(binary), "the program is gone");
  assert.ok(!existsSync(entry), "the menu entry is gone");
});
