#!/usr/bin/env bash
# Installs the Debian packages Floor needs (Qt runtime, audio, PDF tools, fonts) when missing.
# Usage: bash scripts/debian-deps.sh run|test
set -uo pipefail
# Qt's xcb platform (a desktop session on X11) needs the xcb-util libraries as well.
DEBS="libpulse0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
      libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
      fonts-noto-core fonts-noto-cjk ffmpeg"
if [ "${1:-run}" = test ]; then
  DEBS="$DEBS pulseaudio pulseaudio-utils poppler-utils xvfb"
fi
missing=""
for p in $DEBS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Not a Debian system: install the equivalents of:$missing" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
echo "Installing Debian packages:$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
