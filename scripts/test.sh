#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone. Installs what the tests need, then typecheck, lint, format,
# schema/migration check, unit + integration tests (PGlite; also Postgres when TEST_DATABASE_URL is set),
# a production build and the Playwright end-to-end tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s ==\n' "$*"; }

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

step "prisma client and planner worker"
npm run --silent db:generate
npm run --silent build:worker

step "typecheck"
npx tsc --noEmit

step "lint"
npx eslint --max-warnings=0 .

step "format"
npx prettier --check .

step "schema and migrations agree"
npm run --silent db:check

step "unit and integration tests"
npx vitest run --reporter=verbose

step "production build"
npx next build

step "end-to-end tests (Chromium)"
npx playwright test
