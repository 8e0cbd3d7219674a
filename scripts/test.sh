#!/usr/bin/env bash
# Run everything the project checks: lint, format, types, and the whole test suite
# against a real LanguageTool server (fetched from Maven Central and started here).
# Usage: bash scripts/test.sh [pytest args...]   (inside the venv with .[dev] installed)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== ruff"
ruff check .
ruff format --check .
echo "== mypy"
mypy

echo "== LanguageTool"
started_here=""
if [ -z "${NOTECHECK_LT_URL:-}" ]; then
  bash .ci/fetch-languagetool.sh
  NOTECHECK_LT_URL="$(bash .ci/start-languagetool.sh)"
  export NOTECHECK_LT_URL
  started_here=1
fi
stop_languagetool() {
  if [ -n "$started_here" ]; then bash .ci/start-languagetool.sh --stop || true; fi
}
trap stop_languagetool EXIT
echo "LanguageTool at $NOTECHECK_LT_URL"

echo "== pytest"
python -m pytest "$@"
