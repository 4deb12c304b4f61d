#!/usr/bin/env bash
# `npm run app`: install, migrate and seed the database (embedded PGlite under .data/, or DATABASE_URL's
# Postgres), build, and serve http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run --silent db:generate
npx tsx scripts/db-setup.ts
npx next build
exec npx next start -p "${PORT:-3000}"
