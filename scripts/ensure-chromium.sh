#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (no browser download works here).
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing it with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  exit 0
fi
cat >&2 <<MSG
Chromium is not at CHROMIUM_PATH=$CHROMIUM_PATH. The browser tests need it:
  Debian/Ubuntu: sudo apt-get install -y chromium
  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.
MSG
exit 1
