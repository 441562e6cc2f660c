#!/usr/bin/env bash
# Runs a command in a private D-Bus session with a real, unlocked gnome-keyring (so keychain code
# talks to a real Secret Service and never hangs on an autolaunch prompt). The keyrings live in a
# throwaway directory: a login keyring left in the home folder by another run, with another
# password, would otherwise stay locked ("Cannot create an item in a locked collection"), and the
# tests never touch the person's own keyring.
set -euo pipefail
keyrings=$(mktemp -d)
trap 'rm -rf "$keyrings"' EXIT
dbus-run-session -- sh -c '
  printf test | XDG_DATA_HOME="$1" gnome-keyring-daemon --unlock --components=secrets >/dev/null
  shift
  exec "$@"' with-keyring "$keyrings" "$@"
