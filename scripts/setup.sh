#!/usr/bin/env bash
# Everything this project needs on a fresh machine with Node.js 20+: pnpm, the dependencies, and
# Debian's chromium (with a CJK font) for the browser tests. Safe to run again; it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1; then
  npm install -g pnpm@10.34.9
fi

if [ ! -x /usr/bin/chromium ]; then
  # playwright-core drives this browser; it never downloads one of its own.
  if [ "$(id -u)" = 0 ]; then
    apt-get update && apt-get install -y chromium fonts-wqy-microhei
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei
  else
    echo "setup: install Debian's chromium (apt-get install chromium fonts-wqy-microhei) for the browser tests" >&2
  fi
fi

pnpm install --frozen-lockfile
