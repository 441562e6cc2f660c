#!/usr/bin/env bash
# Startup and memory of Callboard against a bare Tauri 2 app (benches/bare-tauri), both release
# builds, measured in the same run under Xvfb (benches/startup/measure.mjs): first frame with
# content, page ready, PSS idle and with History open on seeded journals; release binary sizes.
# Prints figures and ratios, asserts nothing.
#
# Usage: scripts/bench-startup.sh [--no-build]
#   --no-build     measure the binaries already in target/release
#   BENCH_ROUNDS   launches per figure, medians printed (default 5; History: at most 3)
#   BENCH_ROWS     journal sizes for History (default "100000 1000000")
# A release build of both apps takes several minutes on 2 cores the first time; a seeded journal
# is kept in target/bench-startup/ and reused until the seeding binary changes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
out=$root/target/bench-startup
mkdir -p "$out"

if [ "${1:-}" != --no-build ]; then
  echo "==> Release builds: Callboard (with its journal seeder), then the bare Tauri app"
  (cd ui && npm run build --silent)
  cargo build --release --package callboard-app --features custom-protocol --bins --example seed_journal
  # The bare app runs the workspace's versions (its own lock, from the workspace's) and shares
  # the target folder, so crates both build alike are built once.
  cp Cargo.lock benches/bare-tauri/Cargo.lock
  CARGO_TARGET_DIR=$root/target cargo build --release --manifest-path benches/bare-tauri/Cargo.toml
fi
cc -O2 -Wall -o "$out/first_frame" benches/startup/first_frame.c -lX11

seeder=$root/target/release/examples/seed_journal
seeds=()
for rows in ${BENCH_ROWS:-100000 1000000}; do
  seed=$out/journal-$rows
  if [ ! -d "$seed" ] || [ "$seeder" -nt "$seed" ]; then
    echo "==> Seeding a journal of $rows rows"
    # On a RAM disk: the journal syncs every write to disk.
    scratch=$(mktemp -d /dev/shm/callboard-seed-XXXXXX)
    start=$SECONDS
    "$seeder" "$scratch" "$rows"
    rm -rf "$seed" && cp -r "$scratch" "$seed" && rm -rf "$scratch"
    echo "    $((SECONDS - start)) s"
  fi
  seeds+=("$rows=$seed")
done

echo "==> Measuring"
export BENCH_BARE=$root/target/release/bare-tauri
export BENCH_CALLBOARD=$root/target/release/callboard
export BENCH_FIRST_FRAME=$out/first_frame
export BENCH_SEEDS="${seeds[*]}"
# Same screen and throwaway keyring as tests/e2e.
"$root/scripts/with-keyring.sh" \
  xvfb-run --auto-servernum --server-args="-screen 0 1280x860x24" \
  node "$root/benches/startup/measure.mjs"
