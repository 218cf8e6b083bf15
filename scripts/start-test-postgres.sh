#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the tests and print its URL.
# Usage: eval "$(scripts/start-test-postgres.sh)"   -> exports EVENTWIRE_TEST_PG_URL
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$PGBIN" ] || { echo "echo 'no PostgreSQL server installed' >&2"; exit 0; }
PGDIR=${PGDIR:-/tmp/eventwire-pg}
PGPORT=${PGPORT:-55432}
RUNAS=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd -r -m postgres
  RUNAS=(runuser -u postgres --)
fi
if ! "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1; then
  rm -rf "$PGDIR"; mkdir -p "$PGDIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  "${RUNAS[@]}" "$PGBIN/initdb" -D "$PGDIR" -U eventwire --auth=trust >/dev/null
  "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR" -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" -l "$PGDIR/log" -w start >/dev/null
fi
"${RUNAS[@]}" "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U eventwire -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='eventwire_test'" | grep -q 1 \
  || "${RUNAS[@]}" "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U eventwire -d postgres -qc "CREATE DATABASE eventwire_test" >/dev/null
echo "export EVENTWIRE_TEST_PG_URL=postgresql://eventwire@127.0.0.1:$PGPORT/eventwire_test"
