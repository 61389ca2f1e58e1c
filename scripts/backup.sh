#!/usr/bin/env bash
# `npm run backup -- [file]`: a full dump of Haven's database in pg_dump's custom format
# (security-checks D5), by default backups/haven-<UTC time>.dump, readable by its owner only.
# Confidential fields are AES-256-GCM envelopes in the database, so the dump holds ciphertext
# only: keep the keys (DATA_ENCRYPTION_KEYS, BLIND_INDEX_KEY) apart from the dumps, or a restore
# cannot open them, and a stolen dump without them reveals nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/env.sh
source scripts/lib/env.sh
# shellcheck source=scripts/lib/pg-tools.sh
source scripts/lib/pg-tools.sh
ensure_pg_tools

file="${1:-backups/haven-$(date -u +%Y%m%dT%H%M%SZ).dump}"
mkdir -p "$(dirname "$file")"
umask 077
# The schema owner reads every organisation's rows (row-level security binds only haven_app).
pg_dump --format=custom --compress=6 --file="$file" --dbname="$DATABASE_OWNER_URL"
pg_restore --list "$file" >/dev/null
echo "backup written: $file ($(wc -c <"$file") bytes) from $(mask "$DATABASE_OWNER_URL")"
