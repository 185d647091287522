# Sourced by scripts/test and scripts/bench: starts a throwaway PostgreSQL cluster on
# loopback, exports PGHOST/PGPORT/PGUSER/PGDATABASE and HOTLINE_PG_SERVER (a script that
# stops and starts it: `$HOTLINE_PG_SERVER stop|start`). The caller removes it with
# pg_cluster_cleanup, from its own EXIT trap. Sets $PG_LABEL to "PostgreSQL <version> on
# <host>:<port>".
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -x "$PG_BIN/initdb" ] || { echo "error: PostgreSQL server binaries not found (run scripts/setup)" >&2; exit 1; }
PG_DIR=$(mktemp -d /tmp/hotline-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb and postgres refuse to run as root.
  chown postgres:postgres "$PG_DIR"
  as_pg=(runuser -u postgres --)
fi
pg_cluster_cleanup() {
  "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
pg_cluster_cleanup_on_error() { pg_cluster_cleanup; exit 1; }

"${as_pg[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 \
  || { cat "$PG_DIR/initdb.log" >&2; pg_cluster_cleanup_on_error; }
cat >>"$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
pg_started=""
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  PG_PORT=$(( 20000 + RANDOM % 20000 ))
  if "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -o "-p $PG_PORT" -w -t 30 start >/dev/null 2>&1; then
    pg_started=yes
    break
  fi
done
[ -n "$pg_started" ] || { echo "error: could not start PostgreSQL" >&2; cat "$PG_DIR/server.log" >&2 || true; pg_cluster_cleanup_on_error; }
PG_LABEL="PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=postgres
cat >"$PG_DIR/server" <<SERVER
#!/usr/bin/env bash
case "\$1" in
  stop)  exec ${as_pg[*]} "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop ;;
  start) exec ${as_pg[*]} "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -o "-p $PG_PORT" -w -t 30 start ;;
esac
SERVER
chmod 755 "$PG_DIR/server"
export HOTLINE_PG_SERVER="$PG_DIR/server"
