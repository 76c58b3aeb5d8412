#!/usr/bin/env bash
# Throwaway PostgreSQL for the persistence tests, on 127.0.0.1 only. Source this file, then:
#   pg_test_start   installs Debian's postgresql when missing, initdb's a cluster in a temp dir as user postgres,
#                   starts it on a free loopback port, creates role + database and exports
#                   JOINEDUP_TEST_PG_URL / JOINEDUP_TEST_PG_USER / JOINEDUP_TEST_PG_PASSWORD
#   pg_test_stop    stops the cluster and deletes its folder (call it from an EXIT trap)
# The system cluster (if any) is never touched.

pg_as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"
  else sudo -u postgres "$@"
  fi
}

pg_test_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

pg_test_free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

pg_test_start() {
  if [ -z "$(pg_test_bindir)" ] || ! command -v psql >/dev/null; then
    echo "Installing postgresql for the persistence tests"
    local SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  local bin port pw
  bin=$(pg_test_bindir)
  port=$(pg_test_free_port)
  pw=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
  PG_TEST_DIR=$(mktemp -d -t joinedup-pg.XXXXXX)
  chmod 755 "$PG_TEST_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_TEST_DIR"; else sudo chown postgres "$PG_TEST_DIR"; fi
  PG_TEST_BIN=$bin
  pg_as_postgres "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  pg_as_postgres "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c fsync=off" start >/dev/null
  pg_as_postgres psql -h "$PG_TEST_DIR" -p "$port" -U postgres -qX -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE joinedup LOGIN PASSWORD '$pw'" -c "CREATE DATABASE joinedup_test OWNER joinedup" >/dev/null
  export JOINEDUP_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/joinedup_test"
  export JOINEDUP_TEST_PG_USER=joinedup
  export JOINEDUP_TEST_PG_PASSWORD=$pw
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for tests at 127.0.0.1:$port"
}

pg_test_stop() {
  if [ -n "${PG_TEST_DIR:-}" ] && [ -d "$PG_TEST_DIR/data" ]; then
    pg_as_postgres "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${PG_TEST_DIR:-}" ]; then
    if [ "$(id -u)" = 0 ]; then rm -rf "$PG_TEST_DIR"; else sudo rm -rf "$PG_TEST_DIR"; fi
  fi
}
