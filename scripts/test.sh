#!/usr/bin/env bash
# `npm test`: every check CI runs, in order, stopping at the first failure with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/env.sh
source scripts/lib/install.sh
source scripts/lib/keys.sh
export TS_NODE_TRANSPILE_ONLY=true NX_DAEMON=false NX_NO_CLOUD=true NG_CLI_ANALYTICS=false
# Integration tests connect as the owner (they reset their database); the browser suite's API runs
# as the application role on haven_e2e, exactly as the demo does.
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-$(derive_db "$DATABASE_OWNER_URL" haven_test)}"
export E2E_DATABASE_URL="${E2E_DATABASE_URL:-$(derive_db "$DATABASE_URL" haven_e2e)}"
export E2E_DATABASE_OWNER_URL="${E2E_DATABASE_OWNER_URL:-$(derive_db "$DATABASE_OWNER_URL" haven_e2e)}"

started=$(date +%s)
step() {
  local name=$1
  shift
  local t0
  t0=$(date +%s)
  echo
  echo "=== $name"
  if ! "$@"; then
    echo "=== FAILED: $name" >&2
    exit 1
  fi
  echo "=== ok: $name ($(($(date +%s) - t0)) s)"
}

step "dependencies" ensure_node_modules
ensure_dev_keys
step "services (PostgreSQL at DATABASE_URL, Redis at REDIS_URL)" bash scripts/ensure-services.sh
step "chromium" bash scripts/ensure-chromium.sh
step "format check" npx prettier --check .
step "lockfile (complete for npm ci, registry sources only, every dependency accepts Node 20.19+)" \
  bash -c 'node scripts/complete-lockfile.mjs --check && node scripts/check-sources.mjs && node scripts/check-engines.mjs'
step "lint" npx nx run-many -t lint --parallel=2 --outputStyle=static
step "typecheck" npx nx run-many -t typecheck --parallel=2 --outputStyle=static
step "unit tests" npx nx run-many -t test --parallel=2 --outputStyle=static
step "integration tests (real PostgreSQL and Redis)" npx jest -c apps/api/jest.int.config.ts --runInBand --forceExit
step "fault drills (throwaway redis-server and PostgreSQL)" npm run --silent test:drills
step "build" npx nx run-many -t build --projects=api,web --parallel=2 --outputStyle=static
step "SBOM (dist/sbom.json) and npm audit when the advisory service answers" \
  bash scripts/supply-chain.sh
step "browser tests (Chromium)" npx jest -c e2e/jest.config.ts --runInBand --forceExit
echo
echo "all checks passed in $(($(date +%s) - started)) s"
