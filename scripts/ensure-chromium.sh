#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser downloads on this network).
# Installs it when missing; needs root or passwordless sudo.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
echo "ensure-chromium: $bin not found, installing Debian's chromium package…"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "ensure-chromium: not root and no sudo; install it with: apt-get install -y chromium" >&2; exit 1; }
  sudo_cmd="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq chromium >/dev/null
[ -x "$bin" ] || { echo "ensure-chromium: chromium installed but $bin is missing; set CHROMIUM_PATH" >&2; exit 1; }
echo "ensure-chromium: $("$bin" --version)"
