#!/usr/bin/env bash
# Runs a command with a private, unlocked Secret Service keyring that lives only as long as the command,
# so keychain tests use a real OS keychain without touching the user's own.
set -euo pipefail
# macOS and Windows have their keychain built in: run the command as it is.
if [ "$(uname -s)" != "Linux" ]; then exec "$@"; fi
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-keyring: needs dbus-run-session and gnome-keyring-daemon (Debian: dbus gnome-keyring libsecret-tools)" >&2
  exit 3
fi
KR=$(mktemp -d)
trap 'rm -rf "$KR"' EXIT
mkdir -m700 "$KR/data" "$KR/cache" "$KR/run"
export XDG_DATA_HOME="$KR/data" XDG_CACHE_HOME="$KR/cache" XDG_RUNTIME_DIR="$KR/run"
# shellcheck disable=SC2016
exec dbus-run-session -- sh -c 'echo -n pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
