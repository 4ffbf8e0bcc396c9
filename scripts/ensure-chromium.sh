#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser downloads on this network).
# Installs it when missing; needs root or passwordless sudo. When another apt
# or dpkg (unattended upgrades, a parallel install) holds the package lock,
# waits for it up to RUNLENS_APT_LOCK_WAIT seconds (default 300), then fails
# naming the process that held it.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
echo "ensure-chromium: $bin not found, installing Debian's chromium package…"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "ensure-chromium: not root and no sudo; install it with: apt-get install -y chromium" >&2; exit 1; }
  sudo_cmd="sudo"
fi
wait_s="${RUNLENS_APT_LOCK_WAIT:-300}"
locks=(/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock)

# Who holds an apt/dpkg lock right now ('' when nobody): "pid (command line)".
lock_holder() {
  local pid
  for lock in "${locks[@]}"; do
    [ -e "$lock" ] || continue
    for fd in /proc/[0-9]*/fd/*; do
      if [ "$(readlink "$fd" 2>/dev/null)" = "$lock" ]; then
        pid=${fd#/proc/}; pid=${pid%%/*}
        echo "$pid ($(tr '\0\n' '  ' < "/proc/$pid/cmdline" 2>/dev/null | cut -c1-120)) holding $lock"
        return
      fi
    done
  done
}

holder=$(lock_holder)
[ -n "$holder" ] && echo "ensure-chromium: the package lock is held by process $holder; waiting up to ${wait_s} s for it…"
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-o "DPkg::Lock::Timeout=${wait_s}")
run_apt() {
  if ! $sudo_cmd apt-get "${apt_opts[@]}" "$@"; then
    holder=$(lock_holder)
    if [ -n "$holder" ]; then
      echo "ensure-chromium: apt-get $1 failed: after ${wait_s} s the package lock is still held by process $holder." >&2
      echo "ensure-chromium: wait for it to finish (or set RUNLENS_APT_LOCK_WAIT to wait longer), then run: apt-get install -y chromium" >&2
    else
      echo "ensure-chromium: apt-get $1 failed (see above); install Chromium with: apt-get install -y chromium" >&2
    fi
    exit 1
  fi
}
run_apt update -qq
run_apt install -y -qq chromium >/dev/null
[ -x "$bin" ] || { echo "ensure-chromium: chromium installed but $bin is missing; set CHROMIUM_PATH" >&2; exit 1; }
echo "ensure-chromium: $("$bin" --version)"
