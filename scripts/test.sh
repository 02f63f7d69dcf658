#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs them.
# Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/debian-deps.sh test
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q -e '.[test]' 2>&1 | grep -v "^WARNING: Location" || true

export QT_QPA_PLATFORM=offscreen
# The machine's local PostgreSQL server, when it answers, for the storage tests on PostgreSQL.
if [ -z "${FLOORAPP_TEST_DATABASE_URL:-}" ] && command -v pg_isready >/dev/null 2>&1 \
   && pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  export FLOORAPP_TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:5432/test"
fi
[ -n "${FLOORAPP_TEST_DATABASE_URL:-}" ] || echo "No PostgreSQL server: its storage tests will skip."

echo "== import contracts"
.venv/bin/lint-imports --no-cache
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
.venv/bin/python -m pytest -q -p no:cacheprovider -rs "$@"
