#!/usr/bin/env bash
# `npm run app`: install, migrate and seed the database (embedded PGlite under .data/, or DATABASE_URL's
# Postgres), build, and serve http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
PORT="${PORT:-3000}"
# Production mode needs a real session secret: make one per machine and keep it beside the database.
if [ -z "${BETTER_AUTH_SECRET:-}" ]; then
  mkdir -p .data
  [ -s .data/auth-secret ] || node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))' > .data/auth-secret
  export BETTER_AUTH_SECRET="$(cat .data/auth-secret)"
fi
export BETTER_AUTH_URL="${BETTER_AUTH_URL:-http://localhost:$PORT}"
export BETTER_AUTH_TRUSTED_ORIGINS="${BETTER_AUTH_TRUSTED_ORIGINS:-http://127.0.0.1:$PORT}"
npm run --silent db:generate
npm run --silent build:worker
npx tsx scripts/db-setup.ts
npx next build
# scripts/server.ts, not `next start`: it knows the client address (ADR 016).
exec npx tsx scripts/server.ts -p "$PORT"
