#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the tests need (Java for the W3C
# checker, PostgreSQL, Chromium for the browser tests, the npm test tools), starts a private PostgreSQL on loopback, then runs every
# test on SQLite and the integration tests again on PostgreSQL. Prints "N passed, N failed" last.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\n== %s\n' "$*"; }

# --- what the tests need from the machine -----------------------------------------------------
packages=()
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || packages+=(postgresql)
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)   # the newsroom's browser tests (Playwright drives it)
if ((${#packages[@]})); then
  log "installing ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

log "test tools from npm (Readability, jsdom, the Nu HTML checker)"
# --ignore-scripts: vnu-jar's install script would fetch a Java runtime; the machine's Java is used.
(cd tests/js && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)

# --- a private PostgreSQL on a spare loopback port --------------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata=$(mktemp -d /tmp/byline-pg.XXXXXX)
pgport=${BYLINE_TEST_PG_PORT:-$((55000 + RANDOM % 1000))}
chown postgres:postgres "$pgdata"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_postgres() { as_postgres "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdata"; }
trap stop_postgres EXIT
log "starting PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pgport"
as_postgres "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$pgdata" -w -l "$pgdata/server.log" \
  -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null

# --- build once, test twice ---------------------------------------------------------------------
log "building"
dotnet build Byline.slnx -c Debug -nologo -v quiet -warnaserror

results=$(mktemp)
status=0
log "tests on SQLite"
dotnet test Byline.slnx --no-build -nologo 2>&1 | tee -a "$results" || status=1
log "integration tests on PostgreSQL"
BYLINE_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Include Error Detail=true" \
  dotnet test tests/Byline.Tests --no-build -nologo 2>&1 | tee -a "$results" || status=1

passed=$(grep -Eo 'Passed: +[0-9]+' "$results" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$results" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$results" | awk '{s+=$2} END {print s+0}')
rm -f "$results"
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then status=1; fi
exit $status
