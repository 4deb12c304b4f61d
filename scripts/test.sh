#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Installs what the tests need, then typecheck, lint, format,
# schema/migration check, unit + integration tests (PGlite; also Postgres when TEST_DATABASE_URL is set),
# a production build and the Playwright end-to-end tests in Debian's Chromium.
#
# CI has 2 cores and 20 minutes (ADR 024). The typecheck, lint, format and migration checks and the
# production build run side by side, then vitest on both cores, then Playwright. A step run beside another
# writes to a log of its own, printed when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

started=$SECONDS
step() { printf '\n== %s == (at %d s)\n' "$*" "$((SECONDS - started))"; }

LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT

# Starts a named command in the background, its output in $LOGS/<name>.log, its duration in <name>.secs.
begin() {
  local name=$1
  shift
  (
    begun=$SECONDS status=0
    "$@" >"$LOGS/$name.log" 2>&1 || status=$?
    echo "$((SECONDS - begun))" >"$LOGS/$name.secs"
    exit "$status"
  ) &
  echo $! >"$LOGS/$name.pid"
}

# Waits for a command started by `begin`, prints its output and how long it took; fails as it failed.
finish() {
  local name=$1 status=0
  wait "$(cat "$LOGS/$name.pid")" || status=$?
  step "$name"
  cat "$LOGS/$name.log"
  printf -- '-- %s: %s in %s s\n' "$name" "$([ "$status" = 0 ] && echo ok || echo "FAILED ($status)")" \
    "$(cat "$LOGS/$name.secs")"
  return "$status"
}

# Runs commands side by side ("name" "command" ...); all of them finish, then it fails if any failed.
together() {
  local names=() failed=0
  while [ $# -gt 0 ]; do
    names+=("$1")
    begin "$1" bash -c "$2"
    shift 2
  done
  for name in "${names[@]}"; do finish "$name" || failed=1; done
  return "$failed"
}

step "dependencies"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  else
    echo "Chromium is missing: install Debian's package (sudo apt-get install chromium)." >&2
    exit 1
  fi
fi

# The planner worker bundles the pure planner only (no Prisma client), so the two can be made side by side.
together \
  "prisma client" "npm run --silent db:generate" \
  "planner worker" "npm run --silent build:worker"

# The checks and the production build share the 2 cores. The build starts once the typecheck has read its
# files (tsc also reads the route types the build writes to .next/types); it skips Next's own TypeScript
# pass (the typecheck covered the same files) and its cache.
begin "typecheck" npx tsc --noEmit
begin "lint" npx eslint --max-warnings=0 .
begin "format" npx prettier --check .
begin "schema and migrations agree" npm run --silent db:check
checks=0
finish "typecheck" || checks=1
begin "production build" env TEST_BUILD=1 npx next build
for name in "lint" "format" "schema and migrations agree" "production build"; do
  finish "$name" || checks=1
done
[ "$checks" = 0 ] || exit 1

# Two test files at a time: every test makes its own users and rows, so files share the seeded databases.
step "unit and integration tests"
npx vitest run --reporter=verbose --maxWorkers=2

step "end-to-end tests (Chromium)"
npx playwright test
step "all passed"
