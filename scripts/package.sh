#!/usr/bin/env bash
# Builds Callboard's Linux bundles on this machine (what `tauri build` does for Linux): the .deb
# and the .rpm, plus the AppImage when asked with --appimage (its tools, linuxdeploy, are
# downloaded from GitHub by the Tauri CLI, which this machine cannot reach: the release workflow
# makes it). Prints each bundle's path and size.
#
# Usage: scripts/package.sh [--debug] [--appimage] [--bundles LIST] [--config JSON]
#   --debug     bundle the debug build (quick; what the end-to-end install and update tests use)
#   --bundles   which bundles, e.g. deb (default deb,rpm)
#   --config    a JSON fragment merged over src-tauri/tauri.conf.json (e.g. another version)
# Update signatures (.sig files) are made when TAURI_SIGNING_PRIVATE_KEY (and its
# TAURI_SIGNING_PRIVATE_KEY_PASSWORD) are set, as in the release workflow; otherwise none.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
profile=release
bundles=deb,rpm
configs=()
while (($#)); do
  case "$1" in
    --debug) profile=debug ;;
    --appimage) bundles+=,appimage ;;
    --bundles) bundles=$2; shift ;;
    --config) configs+=(--config "$2"); shift ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
  shift
done
tauri="$root/ui/node_modules/.bin/tauri"
[ -x "$tauri" ] || (cd "$root/ui" && npm ci --no-audit --no-fund --loglevel=error)

if [[ $bundles != *appimage* ]]; then
  echo "==> Skipping the AppImage: the Tauri CLI downloads linuxdeploy from GitHub to make it, and this machine only reaches package registries. Pass --appimage where it can (the release workflow does)."
fi
if [ -z "${TAURI_SIGNING_PRIVATE_KEY:-}" ]; then
  echo "==> No TAURI_SIGNING_PRIVATE_KEY: bundles without update signatures"
  configs+=(--config '{"bundle":{"createUpdaterArtifacts":false}}')
fi

echo "==> Building the web UI"
(cd "$root/ui" && npm run build --silent)
echo "==> Building and bundling Callboard ($profile): $bundles"
started=$(mktemp)
trap 'rm -f "$started"' EXIT
flags=(build --bundles "$bundles" --features custom-protocol --ci "${configs[@]}")
[ "$profile" = debug ] && flags+=(--debug)
# From src-tauri, so the CLI finds tauri.conf.json; the UI is built above (no beforeBuildCommand).
(cd "$root/src-tauri" && "$tauri" "${flags[@]}")

echo "==> Bundles made now"
find "$root/target/$profile/bundle" -type f -newer "$started" \
  \( -name '*.deb' -o -name '*.rpm' -o -name '*.AppImage' -o -name '*.sig' \) -printf '%s %p\n' |
  sort -k2 | awk '{ size = $1; $1 = ""; printf "%8.2f MiB %s\n", size / 1048576, $0 }'
