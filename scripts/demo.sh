#!/usr/bin/env bash
# `npm run demo`: from a fresh clone to a running Haven with demo data, in one command.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/env.sh
source scripts/lib/install.sh
source scripts/lib/keys.sh
export TS_NODE_TRANSPILE_ONLY=true NX_DAEMON=false NX_NO_CLOUD=true NG_CLI_ANALYTICS=false

ensure_node_modules
ensure_dev_keys
bash scripts/ensure-services.sh
echo "building api, worker and web"
npx nx run-many -t build --projects=api,web --parallel=2 --outputStyle=static
npm run --silent migrate
npm run --silent seed
# Development, not production: the demo accounts' public TOTP secret is refused in production.
NODE_ENV="${NODE_ENV:-development}" exec node scripts/run-stack.mjs
