#!/usr/bin/env bash
# Builds the web UI, then the desktop app with the UI embedded (custom-protocol), as
# `tauri build` would, without bundling. Usage: build-app.sh [debug|release]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
profile=${1:-debug}
(cd "$root/ui" && npm run build --silent)
flags=(--package callboard-app --features custom-protocol)
[ "$profile" = release ] && flags+=(--release)
cargo build --manifest-path "$root/Cargo.toml" "${flags[@]}"
