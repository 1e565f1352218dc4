#!/bin/sh
# Installs Debian's Chromium and CJK fonts for the browser tests when they are missing.
set -eu
if [ -x /usr/bin/chromium ] && [ -d /usr/share/fonts/opentype/noto ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "Chromium or fonts-noto-cjk is missing; install them as root: apt-get install chromium fonts-noto-cjk" >&2
    exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
