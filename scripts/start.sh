#!/usr/bin/env bash
# Installs Floor on this machine and starts it on the bundled 2012 sample meeting.
# Usage: bash scripts/start.sh [floorapp arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/debian-deps.sh run
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# Install again only when the code changed since the last start (a second start is quick).
stamp=".venv/.floorapp-installed"
current="$(git rev-parse HEAD 2>/dev/null || echo none) $(git status --porcelain 2>/dev/null | md5sum | cut -c1-12)"
if [ ! -x .venv/bin/floorapp ] || [ "$(cat "$stamp" 2>/dev/null)" != "$current" ] \
   || [ "$current" = "none $(printf '' | md5sum | cut -c1-12)" ]; then
  echo "Installing Floor into .venv ..."
  log="$(mktemp)"
  if ! .venv/bin/python -m pip install -q '.[postgres]' >"$log" 2>&1; then
    grep -v "^WARNING: Location" "$log" >&2
    echo "start.sh: installing Floor failed (above); nothing was started." >&2
    exit 1
  fi
  rm -f "$log"
  echo "$current" > "$stamp"
fi
exec .venv/bin/floorapp "$@"
