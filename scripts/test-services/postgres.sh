#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests, run as an unprivileged user in a temporary folder, listening on
# a free port on 127.0.0.1 (and a unix socket in that folder only).
#
#   scripts/test-services/postgres.sh start STATE_DIR   install the server where missing, create and start a cluster;
#                                                        writes STATE_DIR/postgres.env (PCM_TEST_POSTGRES=<connection string>)
#   scripts/test-services/postgres.sh pause STATE_DIR   stop the server, keeping its data (a fault the tests inject)
#   scripts/test-services/postgres.sh resume STATE_DIR  start it again on the same port
#   scripts/test-services/postgres.sh stop STATE_DIR    stop it and remove its data
# With PCM_POSTGRES_DURABLE=1 the cluster keeps PostgreSQL's durable defaults (fsync, synchronous commit), for
# benchmarks; the tests run without them, which only a crash of the machine would notice.
set -euo pipefail
action=${1:?usage: postgres.sh start|pause|resume|stop STATE_DIR}
state=${2:?usage: postgres.sh start|pause|resume|stop STATE_DIR}
bin=/usr/lib/postgresql/15/bin
service_user=pcm-postgres

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Run a server command as the unprivileged user (root may not run PostgreSQL), or as ourselves when not root.
as_server() {
  # From / : the unprivileged user may not enter the caller's folder.
  if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u "$service_user" -- "$@"); else "$@"; fi
}

install_server() {
  if [ -x "$bin/initdb" ]; then return; fi
  echo "Installing PostgreSQL 15 for the tests..." >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
}

ensure_user() {
  if [ "$(id -u)" -ne 0 ] || id -u "$service_user" >/dev/null 2>&1; then return; fi
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$service_user"
}

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_server() {
  as_server "$bin/pg_ctl" -D "$(cat "$state/postgres.data")" -l "$(cat "$state/postgres.dir")/server.log" -w -t 60 start >/dev/null
}

case "$action" in
  start)
    install_server
    ensure_user
    mkdir -p "$state"
    dir=$(mktemp -d "${TMPDIR:-/tmp}/pcm-postgres.XXXXXX")
    echo "$dir" >"$state/postgres.dir"
    echo "$dir/data" >"$state/postgres.data"
    password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
    printf '%s\n' "$password" >"$dir/pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown -R "$service_user:$service_user" "$dir"; fi
    chmod 700 "$dir"
    # ICU's en-GB collation: names sort as a British reader expects, as on a council's managed server.
    as_server "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale-provider=icu --icu-locale=en-GB --locale=C.UTF-8 >"$dir/initdb.log"
    rm -f "$dir/pwfile"
    started=
    for _ in $(seq 1 20); do
      port=$((20000 + RANDOM % 40000))
      port_is_free "$port" || continue
      cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 500
shared_buffers = 256MB
CONF
      if [ "${PCM_POSTGRES_DURABLE:-0}" != 1 ]; then
        cat >>"$dir/data/postgresql.conf" <<CONF
# A throwaway cluster: durability is not what the tests measure.
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
      fi
      if start_server; then started=$port; break; fi
      # Someone took the port between the check and the start: try another.
      sed -i '/^listen_addresses = /,$d' "$dir/data/postgresql.conf"
    done
    if [ -z "$started" ]; then echo "PostgreSQL did not start; see $dir/server.log" >&2; exit 1; fi
    echo "$started" >"$state/postgres.port"
    echo "PCM_TEST_POSTGRES='Host=127.0.0.1;Port=$started;Username=postgres;Password=$password;Database=postgres'" >"$state/postgres.env"
    echo "PostgreSQL 15 for the tests on 127.0.0.1:$started (data in $dir)" >&2
    ;;
  pause)
    as_server "$bin/pg_ctl" -D "$(cat "$state/postgres.data")" -m fast -w stop >/dev/null
    ;;
  resume)
    start_server
    ;;
  stop)
    if [ -f "$state/postgres.dir" ]; then
      dir=$(cat "$state/postgres.dir")
      if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
      fi
      rm -rf "$dir"
      rm -f "$state/postgres.dir" "$state/postgres.data" "$state/postgres.port" "$state/postgres.env"
    fi
    ;;
  *)
    echo "usage: postgres.sh start|pause|resume|stop STATE_DIR" >&2
    exit 2
    ;;
esac
