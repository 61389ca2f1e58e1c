#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis answer at DATABASE_URL / REDIS_URL, and that Haven's databases exist.
# On Debian or Ubuntu as root it installs and starts a missing local service with apt-get; anywhere
# else it says exactly what to install or run, and exits non-zero. Used by `npm run demo` and `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/env.sh
source scripts/lib/env.sh

probe() { node scripts/services/probe.mjs "$@"; }

url_part() { # url_part <url> host|port
  node -e 'const u=new URL(process.argv[1]); const p=process.argv[2];
    console.log(p==="host" ? u.hostname.replace(/^\[|\]$/g,"") : (u.port || process.argv[3]))' "$1" "$2" "${3:-}"
}

is_local() { case "$1" in 127.0.0.1|localhost|::1) return 0 ;; *) return 1 ;; esac; }
can_apt() { [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null; }

apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

start_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: installing it with apt-get"
    apt_install postgresql
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if [ ! -d "/etc/postgresql/$version/main" ]; then pg_createcluster "$version" main; fi
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do
    runuser -u postgres -- psql -qAtc 'select 1' >/dev/null 2>&1 && break
    sleep 1
  done
  # A fresh Debian cluster authenticates 127.0.0.1 by password: give the owner URL's user its password.
  local user password
  user=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).username || "postgres"))' "$DATABASE_OWNER_URL")
  password=$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).password))' "$DATABASE_OWNER_URL")
  if [ -n "$password" ]; then
    runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q -v u="$user" -v p="$password" <<'SQL'
select format('create role %I login superuser', :'u') where not exists (select 1 from pg_roles where rolname = :'u') \gexec
select format('alter role %I password %L', :'u', :'p') \gexec
SQL
  fi
}

start_redis() {
  if ! command -v redis-server >/dev/null; then
    echo "Redis is not installed: installing it with apt-get"
    apt_install redis-server
  fi
  mkdir -p /var/lib/redis /var/log/redis
  # BullMQ loses jobs and locks under any eviction policy but noeviction; AOF keeps pending jobs
  # across a restart (PostgreSQL stays the record either way).
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$1" --appendonly yes \
    --maxmemory-policy noeviction --dir /var/lib/redis --logfile /var/log/redis/haven.log
  for _ in $(seq 1 20); do probe redis "$REDIS_URL" 2>/dev/null && return 0; sleep 0.5; done
}

ensure_postgres() {
  if probe pg "$DATABASE_OWNER_URL" 2>/dev/null; then return 0; fi
  local host port
  host=$(url_part "$DATABASE_OWNER_URL" host)
  port=$(url_part "$DATABASE_OWNER_URL" port 5432)
  if is_local "$host" && [ "$port" = 5432 ] && can_apt; then
    echo "PostgreSQL does not answer at DATABASE_URL ($(mask "$DATABASE_URL")): starting it"
    start_postgres
    probe pg "$DATABASE_OWNER_URL" && return 0
  fi
  cat >&2 <<MSG

PostgreSQL does not answer at DATABASE_URL=$(mask "$DATABASE_URL")
(schema owner connection DATABASE_OWNER_URL=$(mask "$DATABASE_OWNER_URL"))
$(probe pg "$DATABASE_OWNER_URL" 2>&1 || true)
Haven needs PostgreSQL 15 or later. Either
  - install and start it (Debian/Ubuntu: sudo apt-get install -y postgresql && sudo pg_ctlcluster <version> main start),
  - or run the whole stack with Docker: docker compose -f docker/compose.yaml up,
  - or point DATABASE_URL at a server that runs (see .env.example).
MSG
  exit 1
}

ensure_redis() {
  if probe redis "$REDIS_URL" 2>/dev/null; then return 0; fi
  local host port
  host=$(url_part "$REDIS_URL" host)
  port=$(url_part "$REDIS_URL" port 6379)
  if is_local "$host" && [ "$port" = 6379 ] && can_apt; then
    echo "Redis does not answer at REDIS_URL ($(mask "$REDIS_URL")): starting it"
    start_redis "$port"
    probe redis "$REDIS_URL" && return 0
  fi
  cat >&2 <<MSG

Redis does not answer at REDIS_URL=$(mask "$REDIS_URL")
$(probe redis "$REDIS_URL" 2>&1 || true)
Haven needs Redis 6.2 or later with maxmemory-policy noeviction. Either
  - install and start it (Debian/Ubuntu: sudo apt-get install -y redis-server && redis-server --daemonize yes --appendonly yes --maxmemory-policy noeviction),
  - or run the whole stack with Docker: docker compose -f docker/compose.yaml up,
  - or point REDIS_URL at a server that runs (see .env.example).
MSG
  exit 1
}

ensure_app_role() {
  probe app-role "$DATABASE_OWNER_URL" "$DATABASE_URL"
  if ! probe pg "$DATABASE_URL" 2>/dev/null; then
    echo "PostgreSQL refuses the application login at DATABASE_URL=$(mask "$DATABASE_URL")" >&2
    probe pg "$DATABASE_URL" || true
    exit 1
  fi
}

ensure_postgres
ensure_app_role
ensure_redis
# Databases are created by the owner; test databases are named by their own URLs.
for url in "$DATABASE_URL" ${TEST_DATABASE_URL:+"$TEST_DATABASE_URL"} ${E2E_DATABASE_URL:+"$E2E_DATABASE_URL"}; do
  probe create-db "$(derive_db "$DATABASE_OWNER_URL" "$(node -e 'console.log(new URL(process.argv[1]).pathname.slice(1))' "$url")")"
done
policy=$(probe redis-policy "$REDIS_URL" 2>/dev/null || true)
if [ -n "$policy" ] && [ "$policy" != noeviction ]; then
  echo "warning: Redis maxmemory-policy is '$policy'; BullMQ needs 'noeviction' (the worker will refuse readiness)" >&2
fi
echo "services ready: PostgreSQL at $(mask "$DATABASE_URL"), Redis at $(mask "$REDIS_URL")"
