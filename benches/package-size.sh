#!/usr/bin/env bash
# Size of Callboard's .deb against a bare Tauri 2 app's (benches/bare-tauri), both release
# builds with the same profile, bundled by the same Tauri CLI in this run. Prints each .deb's
# size, its installed size, the ratio (goal: Callboard at most 3x the bare app) and what inside
# the package takes the room. Release builds take several minutes on 2 cores; nothing is timed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tauri="$root/ui/node_modules/.bin/tauri"
no_signatures='{"bundle":{"createUpdaterArtifacts":false}}'

echo "==> Callboard's .deb (release)"
"$root/scripts/package.sh" --bundles deb --config "$no_signatures" >/dev/null
callboard_deb=$(ls -t "$root"/target/release/bundle/deb/Callboard_*_amd64.deb | head -n 1)

echo "==> The bare Tauri app's .deb (release)"
# Its own lock, copied from the workspace's (same tauri version); the workspace's target folder,
# so crates built alike are built once. Bundling is off in its config: turned on here.
cp Cargo.lock benches/bare-tauri/Cargo.lock
(cd benches/bare-tauri && CARGO_TARGET_DIR=$root/target "$tauri" build --ci --bundles deb \
  --config '{"bundle":{"active":true}}' >/dev/null)
bare_deb=$(ls -t "$root"/target/release/bundle/deb/Bare*Tauri_*_amd64.deb | head -n 1)

mib() { awk -v bytes="$1" 'BEGIN { printf "%.2f MiB", bytes / 1048576 }'; }
installed() { echo $(($(dpkg-deb --field "$1" Installed-Size) * 1024)); }
callboard_size=$(stat -c %s "$callboard_deb")
bare_size=$(stat -c %s "$bare_deb")
echo
printf '%-10s %12s %16s\n' "" ".deb" "installed"
printf '%-10s %12s %16s\n' "Callboard" "$(mib "$callboard_size")" "$(mib "$(installed "$callboard_deb")")"
printf '%-10s %12s %16s\n' "bare Tauri" "$(mib "$bare_size")" "$(mib "$(installed "$bare_deb")")"
awk -v a="$callboard_size" -v b="$bare_size" -v ia="$(installed "$callboard_deb")" -v ib="$(installed "$bare_deb")" \
  'BEGIN { printf "ratio      %11.2fx %15.2fx   (goal: .deb at most 3x)\n", a / b, ia / ib }'

echo
echo "==> What takes the room in Callboard's package (largest files, uncompressed)"
dpkg-deb --contents "$callboard_deb" | awk '$3 > 0 { printf "%10.2f MiB  %s\n", $3 / 1048576, $6 }' | sort -rn | head -n 5
binary=$root/target/release/callboard
echo "==> Inside the program ($(mib "$(stat -c %s "$binary")")): its largest read-only data and code sections"
size -A "$binary" | awk '$2 > 262144 { printf "%10.2f MiB  %s\n", $2 / 1048576, $1 }' | sort -rn
echo "==> The web UI embedded in it: $(du -sb ui/dist | awk '{ printf "%.2f MiB", $1 / 1048576 }') before compression"
