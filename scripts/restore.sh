#!/usr/bin/env bash
# `npm run restore -- <file> [database-url]`: restores a `npm run backup` dump into a database that
# is empty or does not exist yet (default: DATABASE_OWNER_URL's), creating it, then checks the
# audit trail's hash chain. It never overwrites a database that holds Haven tables: restore into a
# new one, check it, then point DATABASE_URL at it.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/env.sh
source scripts/lib/env.sh
# shellcheck source=scripts/lib/pg-tools.sh
source scripts/lib/pg-tools.sh
ensure_pg_tools

file="${1:?usage: npm run restore -- <file> [database-url]}"
target="${2:-$DATABASE_OWNER_URL}"
[ -r "$file" ] || { echo "cannot read $file" >&2; exit 1; }
pg_restore --list "$file" >/dev/null

db=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).pathname.slice(1)))' "$target")
admin=$(derive_db "$target" postgres)
[[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || { echo "database name must be letters, digits and _: $db" >&2; exit 1; }
exists=$(psql -qAt --dbname="$admin" -c "select 1 from pg_database where datname = '$db'")
if [ -z "$exists" ]; then
  psql -q --dbname="$admin" -c "create database \"$db\""
elif [ "$(psql -qAt --dbname="$target" -c "select count(*) from pg_tables where schemaname = 'public'")" != 0 ]; then
  echo "refusing to restore into $(mask "$target"): it already holds tables" >&2
  exit 1
fi
# The application role is cluster-wide: grants in the dump name it, so it must exist first.
psql -q --dbname="$target" -c "do \$\$ begin if not exists (select 1 from pg_roles where rolname = 'haven_app') then create role haven_app nologin nosuperuser nobypassrls; end if; end \$\$"
pg_restore --exit-on-error --no-owner --single-transaction --dbname="$target" "$file"
echo "restored $file into $(mask "$target")"
# The same check as `npm run audit:verify`: from the build when there is one, else from source.
verify=dist/apps/api/apps/api/src/audit/verify-audit-chain.js
if [ -f "$verify" ]; then
  DATABASE_URL="$target" DATABASE_OWNER_URL="$target" node "$verify"
else
  DATABASE_URL="$target" DATABASE_OWNER_URL="$target" SWC_NODE_PROJECT=apps/api/tsconfig.spec.json \
    node -r @swc-node/register apps/api/src/audit/verify-audit-chain.ts
fi
