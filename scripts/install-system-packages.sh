#!/bin/sh
# Installs what the tests need from Debian when it is missing: Chromium and CJK fonts (the
# browser tests) and nginx (the host configuration is tested on a real nginx).
set -eu
if [ -x /usr/bin/chromium ] && [ -d /usr/share/fonts/opentype/noto ] && [ -x /usr/sbin/nginx ]; then
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    echo "Chromium, fonts-noto-cjk or nginx is missing; install them as root: apt-get install chromium fonts-noto-cjk nginx-light" >&2
    exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk nginx-light >/dev/null
