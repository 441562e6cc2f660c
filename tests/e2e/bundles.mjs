// The Debian packages the install and update tests use: Callboard's debug build bundled by
// scripts/package.sh, trusting a TEST update signing key made here (kept under target/, never in
// the repository) and signed with it. Version N is the workspace's; N+1 only bumps the version,
// so its build recompiles the app crate alone.
//
// `node tests/e2e/bundles.mjs` builds both ahead of the tests (scripts/test.sh does); a test that
// finds its package missing builds it itself.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const folder = path.join(root, "target", "e2e", "bundles");
const tauri = path.join(root, "ui", "node_modules", ".bin", "tauri");

/** The workspace's version (Cargo.toml), which the installed app N reports. */
export const versionN = readFileSync(path.join(root, "Cargo.toml"), "utf8").match(/^version = "(.+)"$/m)[1];
/** N+1: the next patch version. */
export const versionNext = versionN.replace(/(\d+)$/, (patch) => String(Number(patch) + 1));

/** The test key pair, made once per checkout; the password reaches the CLI through its env. */
export function testKey() {
  const key = path.join(root, "target", "e2e", "update-signing", "test.key");
  const passwordFile = `${key}.password`;
  if (!existsSync(key) || !existsSync(passwordFile)) {
    mkdirSync(path.dirname(key), { recursive: true });
    // Hex, never base64url: a password starting with "-" reads as an option to the CLI.
    const password = randomBytes(18).toString("hex");
    execFileSync(tauri, ["signer", "generate", "--ci", "--force", "--write-keys", key, "--password", password], { stdio: "ignore" });
    writeFileSync(passwordFile, password, { mode: 0o600 });
  }
  return {
    privateKey: readFileSync(key, "utf8"),
    password: readFileSync(passwordFile, "utf8"),
    publicKey: readFileSync(`${key}.pub`, "utf8").trim(),
  };
}

/** The .deb of `version` (and its update signature), built when missing. */
export function debPackage(version) {
  const deb = path.join(folder, `Callboard_${version}_amd64.deb`);
  if (!existsSync(deb) || !existsSync(`${deb}.sig`)) build(version, deb);
  return { deb, signature: readFileSync(`${deb}.sig`, "utf8").trim() };
}

function build(version, deb) {
  const key = testKey();
  const config = { version, plugins: { updater: { pubkey: key.publicKey } } };
  execFileSync(path.join(root, "scripts", "package.sh"), ["--debug", "--bundles", "deb", "--config", JSON.stringify(config)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, TAURI_SIGNING_PRIVATE_KEY: key.privateKey, TAURI_SIGNING_PRIVATE_KEY_PASSWORD: key.password },
  });
  const made = path.join(root, "target", "debug", "bundle", "deb", path.basename(deb));
  mkdirSync(folder, { recursive: true });
  copyFileSync(made, deb);
  copyFileSync(`${made}.sig`, `${deb}.sig`);
}

/** The Debian package's name (its control file's). */
export const packageName = "callboard";

/** Runs a package command as root: directly, or through sudo without a password prompt. */
function asRoot(command, args) {
  const [file, rest] = process.getuid() === 0 ? [command, args] : ["sudo", ["-n", command, ...args]];
  return execFileSync(file, rest, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

/** True when packages can be installed here (root, or sudo without a password). */
export function canInstallPackages() {
  try {
    asRoot("true", []);
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs the package as a person would with apt, which resolves its declared dependencies
 * (here already installed by scripts/install-deps.sh; one missing from apt's sources fails with
 * its name).
 */
export function installPackage(deb) {
  return asRoot("apt-get", ["install", "--yes", "--allow-downgrades", deb]);
}

export function removePackage() {
  return asRoot("apt-get", ["remove", "--yes", packageName]);
}

/** The installed package's version, or null when it is not installed. */
export function installedVersion() {
  try {
    const status = execFileSync("dpkg-query", ["--show", "--showformat=${Status} ${Version}", packageName], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return status.startsWith("install ok installed") ? status.split(" ").pop() : null;
  } catch {
    return null;
  }
}

/** The command of the desktop entry the package installed (what a menu click runs). */
export function desktopEntryCommand() {
  const files = execFileSync("dpkg-query", ["--listfiles", packageName], { encoding: "utf8" }).split("\n");
  const entry = files.find((file) => /^\/usr\/share\/applications\/.+\.desktop$/.test(file));
  const exec = readFileSync(entry, "utf8").match(/^Exec=(.+)$/m)[1];
  // Field codes (%f, %U…) stand for files a person opened with the app: none here.
  const [command, ...args] = exec.split(/\s+/).filter((word) => !/^%[a-zA-Z]$/.test(word));
  const binary = command.startsWith("/")
    ? command
    : process.env.PATH.split(":").map((dir) => path.join(dir, command)).find((candidate) => existsSync(candidate));
  return { entry, binary, args };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Fresh packages of this checkout: whatever an earlier run left is rebuilt.
  for (const version of [versionN, versionNext]) {
    const deb = path.join(folder, `Callboard_${version}_amd64.deb`);
    build(version, deb);
    console.log(`${deb} (${(readFileSync(deb).length / 1048576).toFixed(1)} MiB)`);
  }
}
