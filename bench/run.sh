#!/usr/bin/env bash
# One command, bounded in time: builds Byline in Release, generates a 100,000-story archive on
# SQLite, starts Byline, nginx (serving the very same story page saved to a file) and a reference
# app (bench/bare: ASP.NET Core alone answering with that page from memory, the floor for a cache
# hit), and runs wrk against each with the same settings. Prints a table and writes it to bench/RESULTS.md (keeping
# its "## Notes" section, which is written by hand).
#   bash bench/run.sh            (STORIES=100000 DURATION=10 CONNECTIONS=64 REPEAT=3 by default)
#   bash bench/run.sh --profile  also takes a CPU profile (dotnet-trace) of three rows and prints
#                                their top frames (bench/profile-top.py), into RESULTS.md too
#   ARCHIVE=/path/to/byline.db   reuses an archive made by an earlier run instead of generating one
#   APP=/path/to/published/app   reuses a Release publish of this commit
# Every row runs REPEAT times, each round starting with nginx; the table gives the median
# requests/s and the median of each round's ratio to that round's nginx, which holds up better
# than single samples on a machine shared with other work. The CPU column is each server's own
# processor time per request (from /proc), which other load on the machine hardly moves.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
STORIES=${STORIES:-100000}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-1}
REPEAT=${REPEAT:-3}
PROFILE=0
[ "${1:-}" = "--profile" ] && PROFILE=1
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

if [ -n "${APP:-}" ]; then
  log "using the Byline already published in $APP"
  cp -r "$APP" "$work/app"
else
  log "publishing Byline (Release, ReadyToRun: less to compile at start)"
  dotnet publish src/Byline -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" -nologo -v quiet >/dev/null
fi
log "publishing the reference app (bench/bare: ASP.NET Core answering with one page from memory)"
dotnet publish bench/bare -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bare" -nologo -v quiet >/dev/null
byline() { (cd "$work" && ConnectionStrings__Byline="Data Source=$work/data/byline.db" dotnet "$work/app/Byline.dll" "$@"); }
mkdir -p "$work/data"

if [ -n "${ARCHIVE:-}" ]; then
  log "copying the archive $ARCHIVE"
  cp "$ARCHIVE" "$work/data/byline.db"
  byline migrate >/dev/null
  gen_seconds="(reused)"
else
  log "migrating"
  byline migrate >/dev/null
  gen_start=$(date +%s.%N)
  log "generating $STORIES stories"
  byline generate --stories "$STORIES" >"$work/generate.log" 2>&1
  gen_seconds=$(echo "$(date +%s.%N) - $gen_start" | bc)
fi
key=$(byline key add "bench-$(date +%s)" | awk '/Content key:/ {print $3}')

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

bare_port=$((byline_port + 2))
log "starting the reference app on 127.0.0.1:$bare_port with the same page"
# Byline's own logging levels, so neither writes a line per request.
dotnet "$work/bare/Bare.dll" "$work/www/story.html" --urls "http://127.0.0.1:$bare_port" \
  --Logging:LogLevel:Microsoft.AspNetCore=Warning --Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=None >"$work/bare.log" 2>&1 &
bare_pid=$!
pids+=("$bare_pid")
until curl -fs -o /dev/null "http://127.0.0.1:$bare_port/"; do sleep 0.02; done

cat >"$work/search.lua" <<'LUA'
local words = {"minister", "flood", "election", "harbour", "budget", "court", "festival", "rail", "tariff", "vaccine"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/search?q=" .. words[(i % #words) + 1])
end
LUA
# 200 different one- and two-word searches, pages 1 to 3, none answered from the cache.
cat >"$work/search-uncached.lua" <<'LUA'
local words = {"minister", "flood", "election", "harbour", "budget", "court", "festival", "rail", "tariff", "vaccine",
  "river", "school", "police", "market", "hospital", "energy", "airport", "farmers", "storm", "museum"}
local i = 0
request = function()
  i = i + 1
  local q = words[(i % #words) + 1]
  if i % 2 == 0 then q = q .. "+" .. words[((i * 7) % #words) + 1] end
  return wrk.format("GET", "/api/search?q=" .. q .. "&page=" .. ((i % 3) + 1), {["Cookie"] = "byline-bench=uncached"})
end
LUA

# wrk's Latency lines are in us, ms or s; print milliseconds.
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 } printf "%.2f", v }'; }
# Processor time (user + system, in clock ticks) of Byline, or of nginx's worker processes.
cpu_ticks() { # index
  if (($1 == 0)); then
    for pid in $(pgrep -P "$(cat "$work/nginx.pid")"); do awk '{print $14 + $15}' "/proc/$pid/stat"; done | awk '{n += $1} END {print n + 0}'
  elif (($1 == 1)); then
    awk '{print $14 + $15}' "/proc/$bare_pid/stat"
  else
    awk '{print $14 + $15}' "/proc/$byline_pid/stat"
  fi
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ticks=$(getconf CLK_TCK)

B="http://127.0.0.1:$byline_port"
names=("nginx, the same story page as a file" "reference: ASP.NET Core alone, the same page from memory" "story, cached" "story, caching off (full render from the database)" "home" "section page"
  "search, cached (10 queries in turn, API)" "search, caching off (200 different queries, API)" "RSS feed" "Content API browse")
urls=("http://127.0.0.1:$nginx_port/story.html" "http://127.0.0.1:$bare_port$story" "$B$story" "$B$story" "$B/" "$B/$section" "$B" "$B" "$B/rss.xml" "$B/ghost/api/content/posts/?key=$key&limit=15")
extra=("" "" "" "-H|Cookie: byline-bench=uncached" "" "" "-s|$work/search.lua" "-s|$work/search-uncached.lua" "" "")

# One wrk run: "rps p50 p99 errors cpu-ms-per-request" (cpu is nginx's workers' on the nginx row, the reference
# app's on its row, Byline's on the others).
run_wrk() { # index
  local i=$1 args=() before after n
  [ -n "${extra[$i]}" ] && IFS='|' read -r -a args <<<"${extra[$i]}"
  before=$(cpu_ticks "$i")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "${args[@]}" "${urls[$i]}" >"$work/wrk.out" 2>&1 || true
  after=$(cpu_ticks "$i")
  n=$(awk '/requests in/ {print $1}' "$work/wrk.out")
  [ -z "$n" ] && { cat "$work/wrk.out" >&2; n=0; }
  local cpu="-"
  ((n > 0)) && cpu=$(echo "scale=4; ($after - $before) * 1000 / $ticks / $n" | bc)
  echo "$(awk '/Requests\/sec/ {print $2}' "$work/wrk.out") $(awk '$1=="50%" {print $2}' "$work/wrk.out" | to_ms) $(awk '$1=="99%" {print $2}' "$work/wrk.out" | to_ms)" \
    "$(awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}' "$work/wrk.out") $cpu"
}

# A short warm-up of every row first: the JIT's second tier, the archive's pages in memory.
for i in "${!names[@]}"; do
  args=()
  [ -n "${extra[$i]}" ] && IFS='|' read -r -a args <<<"${extra[$i]}"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "${args[@]}" "${urls[$i]}" >/dev/null 2>&1 || true
done

declare -A samples
for ((r = 1; r <= REPEAT; r++)); do
  for i in "${!names[@]}"; do
    samples[$r,$i]=$(run_wrk "$i")
    log "round $r, ${names[$i]}: ${samples[$r,$i]}"
  done
done

rows=()
for i in "${!names[@]}"; do
  rps=$(for ((r = 1; r <= REPEAT; r++)); do echo "${samples[$r,$i]}" | awk '{print $1}'; done | median)
  ratio=$(for ((r = 1; r <= REPEAT; r++)); do echo "${samples[$r,$i]} ${samples[$r,0]}" | awk '{ if ($6 > 0) printf "%.3f\n", $1 / $6; else print 0 }'; done | median)
  p50=$(for ((r = 1; r <= REPEAT; r++)); do echo "${samples[$r,$i]}" | awk '{print $2}'; done | median)
  p99=$(for ((r = 1; r <= REPEAT; r++)); do echo "${samples[$r,$i]}" | awk '{print $3}'; done | median)
  errors=$(for ((r = 1; r <= REPEAT; r++)); do echo "${samples[$r,$i]}" | awk '{print $4}'; done | awk '{n+=$1} END {print n+0}')
  cpu=$(for ((r = 1; r <= REPEAT; r++)); do echo "${samples[$r,$i]}" | awk '{print $5}'; done | median)
  spread=$(for ((r = 1; r <= REPEAT; r++)); do echo "${samples[$r,$i]}" | awk '{printf "%.0f ", $1}'; done)
  rows+=("| ${names[$i]} | $(printf '%.0f' "$rps") | ${spread% } | $p50 | $p99 | $errors | $cpu | $(printf '%.2f' "$ratio") |")
done

# Read before profiling: the tracer's session buffers live in Byline's memory.
peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$byline_pid/status")

profile_out=""
if ((PROFILE)); then
  dotnet tool restore >/dev/null
  for i in 2 3 7; do
    log "profiling: ${names[$i]}"
    args=()
    [ -n "${extra[$i]}" ] && IFS='|' read -r -a args <<<"${extra[$i]}"
    dotnet dotnet-trace collect -p "$byline_pid" --profile dotnet-sampled-thread-time --duration 00:00:00:08 -o "$work/trace.nettrace" >"$work/trace.log" 2>&1 &
    tracer=$!
    sleep 1.5
    wrk -t"$THREADS" -c"$CONNECTIONS" -d8s "${args[@]}" "${urls[$i]}" >/dev/null 2>&1 || true
    wait "$tracer" || true
    dotnet dotnet-trace convert "$work/trace.nettrace" --format Speedscope -o "$work/trace" >/dev/null 2>&1
    profile_out+=$'\n'"### ${names[$i]}"$'\n\n```\n'"$(python3 bench/profile-top.py "$work/trace.speedscope.json" 12)"$'\n```\n'
  done
  echo "$profile_out" >&2
fi

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(lscpu 2>/dev/null | awk -F: '/Model name/ {gsub(/^ +/,"",$2); print $2; exit}')"
{
  echo "# Benchmark results"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bash bench/run.sh\`: $machine; $(uname -sr);"
  echo ".NET $(dotnet --version), $(nginx -v 2>&1 | sed 's/nginx version: //'), $(wrk -v 2>&1 | head -n 1 | awk '{print $1, $2}')."
  echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s on the same machine as the servers; nginx with $(nproc) workers; all send identity (uncompressed) bodies."
  if [ "$gen_seconds" = "(reused)" ]; then
    echo "Archive: $STORIES stories made by \`byline generate\` on SQLite in an earlier run, reused (ARCHIVE)."
  else
    echo "Archive: $STORIES stories made by \`byline generate\` on SQLite, in ${gen_seconds%.*} s."
  fi
  echo
  echo "Each row ran $REPEAT times (rounds in turn, nginx first in each); requests/s, p50 and p99 are medians, the ratio"
  echo "is the median of each round's ratio to that round's nginx. CPU is the server's processor time per request (nginx's"
  echo "workers on the nginx row, the reference app's on its row, Byline's on the others), which the machine's other load moves much less than requests/s."
  echo
  echo "| row | requests/s | each round | p50 ms | p99 ms | errors | CPU ms/request | ratio to nginx |"
  echo "|---|---:|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "- Byline peak memory (RSS, VmHWM) over the run: $((peak_kb / 1024)) MB"
  echo "- Time from start to the first 200 on \`/\`: ${first_200:0:4} s"
  echo "- Load average when the run ended (the machine's other work): $(cut -d' ' -f1-3 /proc/loadavg)"
  if ((PROFILE)); then
    echo
    echo "## Profile (this run, \`--profile\`)"
    echo
    echo "dotnet-trace thread-time samples under the same wrk load, idle threads left out (bench/profile-top.py)."
    echo "$profile_out"
  fi
  if [ -f "$root/bench/RESULTS.md" ] && grep -q '^## Notes' "$root/bench/RESULTS.md"; then
    echo
    sed -n '/^## Notes/,$p' "$root/bench/RESULTS.md"
  fi
} >"$work/RESULTS.md"
cp "$work/RESULTS.md" "$root/bench/RESULTS.md"
cat "$root/bench/RESULTS.md"
