#!/usr/bin/env bash
# Installs Floor on this machine and starts it on the bundled 2012 sample meeting.
# Usage: bash scripts/start.sh [floorapp arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/debian-deps.sh run
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q '.[postgres]' 2>&1 | grep -v "^WARNING: Location" || true
exec .venv/bin/floorapp "$@"
