# pg_dump and pg_restore for the backup commands. On Debian or Ubuntu as root a missing client is
# installed with apt-get (as ensure-services.sh installs the server); elsewhere the message says
# what to install. The client must be at least the server's major version, or pg_dump refuses.
ensure_pg_tools() {
  if command -v pg_dump >/dev/null && command -v pg_restore >/dev/null; then return 0; fi
  if [ "$(id -u)" = 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null; then
    echo "pg_dump/pg_restore missing: installing postgresql-client with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client
    return 0
  fi
  echo "pg_dump and pg_restore are needed: install the PostgreSQL client tools" \
    "(Debian/Ubuntu: sudo apt-get install -y postgresql-client)" >&2
  exit 1
}
