#!/usr/bin/env bash
# One command, bounded in time: builds Byline in Release, generates a 100,000-story archive on
# SQLite, starts Byline and nginx (serving the very same story page saved to a file), and runs wrk
# against both with the same settings. Prints a table and writes it to bench/RESULTS.md.
#   bash bench/run.sh            (STORIES=100000 DURATION=10 CONNECTIONS=64 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
STORIES=${STORIES:-100000}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-1}
work=$(mktemp -d /tmp/byline-bench.XXXXXX)
byline_port=$((56000 + RANDOM % 1000))
nginx_port=$((byline_port + 1))
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
log() { printf '== %s\n' "$*" >&2; }

missing=()
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v bc >/dev/null 2>&1 || missing+=(bc)
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

log "publishing Byline (Release)"
dotnet publish src/Byline -c Release -o "$work/app" -nologo -v quiet >/dev/null
byline() { (cd "$work" && ConnectionStrings__Byline="Data Source=$work/data/byline.db" dotnet "$work/app/Byline.dll" "$@"); }
mkdir -p "$work/data"

log "migrating"
byline migrate >/dev/null
gen_start=$(date +%s.%N)
log "generating $STORIES stories"
byline generate --stories "$STORIES" >"$work/generate.log" 2>&1
gen_seconds=$(echo "$(date +%s.%N) - $gen_start" | bc)
key=$(byline key add bench | awk '/Content key:/ {print $3}')

log "starting Byline on 127.0.0.1:$byline_port"
start=$(date +%s.%N)
(cd "$work" && exec env ConnectionStrings__Byline="Data Source=$work/data/byline.db" Byline__Webhooks__PollSeconds=5 \
  dotnet "$work/app/Byline.dll" serve --urls "http://127.0.0.1:$byline_port" >"$work/byline.log" 2>&1) &
pids+=($!)
until curl -fs -o /dev/null "http://127.0.0.1:$byline_port/"; do sleep 0.02; done
first_200=$(echo "$(date +%s.%N) - $start" | bc)
byline_pid=$(pgrep -f "Byline.dll serve --urls http://127.0.0.1:$byline_port" | head -n 1)

# A generated story, and a word from its body for the search rows.
story=$(curl -fs "http://127.0.0.1:$byline_port/ghost/api/content/posts/?key=$key&limit=1&page=50&fields=url" | sed -E 's/.*"url":"https?:\/\/[^/]+([^"]+)".*/\1/')
section=$(echo "$story" | cut -d/ -f2)
log "story page: $story"

log "starting nginx on 127.0.0.1:$nginx_port with the same page"
mkdir -p "$work/www" "$work/nginx"
curl -fs "http://127.0.0.1:$byline_port$story" -o "$work/www/story.html"
chmod 755 "$work" "$work/www" && chmod 644 "$work/www/story.html"   # nginx's workers are not root
cat >"$work/nginx.conf" <<NGINX
worker_processes $(nproc);
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
  }
}
NGINX
nginx -c "$work/nginx.conf"

cat >"$work/search.lua" <<'LUA'
local words = {"minister", "flood", "election", "harbour", "budget", "court", "festival", "rail", "tariff", "vaccine"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?q=" .. words[(i % #words) + 1])
end
LUA

# wrk's Latency lines are in us, ms or s; print milliseconds.
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 } printf "%.2f", v }'; }
rows=()
nginx_rps=""
measure() { # name url [extra wrk args...]
  local name=$1 url=$2; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" >"$work/wrk.out" 2>&1 || true
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk.out" | to_ms)
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk.out" | to_ms)
  errors=$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}' "$work/wrk.out")
  if [ "$(awk '/requests in/ {print $1}' "$work/wrk.out")" = "" ]; then cat "$work/wrk.out" >&2; fi
  [ -z "$nginx_rps" ] && nginx_rps=$rps
  rows+=("| $name | $(printf '%.0f' "$rps") | $p50 | $p99 | $errors | $(echo "scale=2; $rps / $nginx_rps" | bc) |")
  log "$name: $rps req/s, p50 $p50 ms, p99 $p99 ms, errors $errors"
}

B="http://127.0.0.1:$byline_port"
measure "nginx, the same story page as a file" "http://127.0.0.1:$nginx_port/story.html"
measure "story, cached" "$B$story"
measure "story, caching off (full render from the database)" "$B$story" -H "Cookie: byline-bench=uncached"
measure "home" "$B/"
measure "section page" "$B/$section"
measure "search (10 queries in turn, API)" "$B" -s "$work/search.lua"
measure "RSS feed" "$B/rss.xml"
measure "Content API browse" "$B/ghost/api/content/posts/?key=$key&limit=15"

peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$byline_pid/status")
machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(lscpu 2>/dev/null | awk -F: '/Model name/ {gsub(/^ +/,"",$2); print $2; exit}')"
{
  echo "# Benchmark results"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bash bench/run.sh\`: $machine; $(uname -sr);"
  echo ".NET $(dotnet --version), $(nginx -v 2>&1 | sed 's/nginx version: //'), $(wrk -v 2>&1 | head -n 1 | awk '{print $1, $2}')."
  echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s on the same machine as the servers; nginx with $(nproc) workers; both send identity (uncompressed) bodies."
  echo "Archive: $STORIES stories made by \`byline generate\` on SQLite, in ${gen_seconds%.*} s."
  echo
  echo "| row | requests/s | p50 ms | p99 ms | errors | ratio to nginx |"
  echo "|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "- Byline peak memory (RSS, VmHWM) over the run: $((peak_kb / 1024)) MB"
  echo "- Time from start to the first 200 on \`/\`: ${first_200:0:4} s"
} >"$work/RESULTS.md"
cp "$work/RESULTS.md" "$root/bench/RESULTS.md"
cat "$root/bench/RESULTS.md"
