#!/usr/bin/env bash
# One command for a new machine: installs what is missing, builds Callboard and opens it in
# demo mode (a practice workspace on this computer; no account needed, nothing is really called).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
export PATH="$HOME/.cargo/bin:$PATH"
"$root/scripts/build-app.sh" release
echo "==> Opening Callboard in demo mode"
exec "$root/target/release/callboard" --demo
