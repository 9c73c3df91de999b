#!/bin/sh
# The HTML report's browser test (test/report/report-browser.test.ts) drives Debian's chromium at /usr/bin/chromium
# with playwright-core. `npm test` runs this script first: it does nothing when chromium is there, installs Debian's
# package when it is not (as root, or through passwordless sudo), and otherwise says what to run and exits 1.
# MODELGATE_CHROMIUM overrides the path checked (for this script's own test).
set -eu
chromium="${MODELGATE_CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0

say() { printf 'ensure-chromium: %s\n' "$*" >&2; }
if ! command -v apt-get >/dev/null 2>&1; then
  say "$chromium is missing and there is no apt-get (not Debian or Ubuntu): install Chromium so that $chromium runs it, then run npm test again."
  exit 1
fi
if [ "$(id -u)" = 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
  sudo="sudo -n"
else
  say "$chromium is missing and installing it needs root: run 'sudo apt-get install -y --no-install-recommends chromium' once (or npm test as root), then run npm test again."
  exit 1
fi
say "$chromium is missing: installing Debian's chromium package with apt-get (once)."
# Try without refreshing the package lists first (fast when they are current), then with.
$sudo apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 ||
  { $sudo apt-get update >/dev/null && $sudo apt-get install -y --no-install-recommends chromium >/dev/null; }
if [ ! -x "$chromium" ]; then
  say "apt-get installed chromium but $chromium is still missing; install Chromium there by hand."
  exit 1
fi
