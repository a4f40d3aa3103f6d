#!/usr/bin/env bash
# Newsroom intelligence against its targets, in one command, bounded in time: builds Byline and the
# harness (bench/intelligence) in Release, generates an archive on SQLite, times `byline analyze
# --force` over it, then times saves through the real save path (bench/intelligence: edits with
# the analysis on, edits with it off as the baseline, new stories, in turn) and checks that a
# person's page and a place's page are page-cache hits on the second request. Prints a table and
# writes it to bench/RESULTS.md as the "## Newsroom intelligence" section, keeping the rest.
#   bash bench/intelligence.sh     (STORIES=100000 SAVES=200 NEW=50 by default)
#   ARCHIVE=/path/to/byline.db     reuses an archive made by an earlier run (bench/run.sh's too)
#   APP=/path/to/published/app     reuses a Release publish of this commit
#   KEEP=/path/to/byline.db        keeps the analysed archive there, for ARCHIVE= next time
# Targets: analyze over 100,000 stories in under 5 minutes on two cores; the analysis on save
# under 20 ms and related stories for a new story under 50 ms (medians). The machine is shared, so
# the analyze row also gives its processor time, which other load moves much less than its wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
STORIES=${STORIES:-100000}
SAVES=${SAVES:-200}
NEW=${NEW:-50}
work=$(mktemp -d /tmp/byline-intelligence.XXXXXX)
port=$((57000 + RANDOM % 1000))
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
log() { printf '== %s\n' "$*" >&2; }
command -v curl >/dev/null 2>&1 && command -v bc >/dev/null 2>&1 || {
  log "installing curl bc"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends curl bc >/dev/null
}

if [ -n "${APP:-}" ]; then
  log "using the Byline already published in $APP"
  cp -r "$APP" "$work/app"
else
  log "publishing Byline (Release)"
  dotnet publish src/Byline -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" -nologo -v quiet >/dev/null
fi
log "publishing the harness (bench/intelligence)"
dotnet publish bench/intelligence -c Release -r linux-x64 --self-contained false -o "$work/harness" -nologo -v quiet >/dev/null
db="$work/data/byline.db"
byline() { (cd "$work" && ConnectionStrings__Byline="Data Source=$db" dotnet "$work/app/Byline.dll" "$@"); }
mkdir -p "$work/data"

if [ -n "${ARCHIVE:-}" ]; then
  log "copying the archive $ARCHIVE"
  cp "$ARCHIVE" "$db"
  byline migrate >/dev/null
  archive_note="made by \`byline generate\` in an earlier run, reused (ARCHIVE)"
else
  byline migrate >/dev/null
  log "generating $STORIES stories"
  gen_start=$(date +%s.%N)
  byline generate --stories "$STORIES" >"$work/generate.log" 2>&1
  archive_note="made by \`byline generate\`, in $(echo "$(date +%s.%N) - $gen_start" | bc | cut -d. -f1) s"
fi

log "byline analyze --force"
TIMEFORMAT='%R %U %S'
{ time byline analyze --force >"$work/analyze.log" 2>/dev/null; } 2>"$work/analyze.time"
read -r wall user sys <"$work/analyze.time"
cat "$work/analyze.log" >&2
STORIES=$(sed -E 's/.* of ([0-9,]+) stories.*/\1/' "$work/analyze.log" | tr -d ,)
cpu=$(echo "$user + $sys" | bc)
per_second=$(echo "$STORIES / $wall" | bc)
# At another size, the time it would take at 100,000 stories at the same rate (the work is close to linear in stories).
at_target=$(echo "$wall * 100000 / $STORIES" | bc)
[ -n "${KEEP:-}" ] && cp "$db" "$KEEP"

log "saving $SAVES edits with the analysis on, $SAVES with it off, $NEW new stories"
(cd "$work" && ConnectionStrings__Byline="Data Source=$db" dotnet "$work/harness/Intelligence.dll" "$SAVES" "$NEW") >"$work/harness.out"
cat "$work/harness.out" >&2

log "starting Byline on 127.0.0.1:$port"
(cd "$work" && exec env ConnectionStrings__Byline="Data Source=$db" dotnet "$work/app/Byline.dll" serve --urls "http://127.0.0.1:$port" >"$work/byline.log" 2>&1) &
pids+=($!)
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.1; done
page_rows=()
for page in $(awk '$1 == "page" {print $2}' "$work/harness.out"); do
  first=$(curl -s -o /dev/null -D - -w 'status %{http_code} %{time_total}\n' "http://127.0.0.1:$port$page")
  second=$(curl -s -o /dev/null -D - -w 'status %{http_code} %{time_total}\n' "http://127.0.0.1:$port$page")
  cache() { echo "$1" | tr -d '\r' | awk 'tolower($1) == "x-byline-cache:" {print $2}'; }
  status() { echo "$1" | awk '$1 == "status" {print $2}'; }
  ms() { echo "$1" | awk '$1 == "status" {printf "%.1f", $3 * 1000}'; }
  page_rows+=("| \`$page\` | $(status "$first") $(cache "$first" || true), $(ms "$first") ms | $(status "$second") $(cache "$second" || true), $(ms "$second") ms |")
done

median_of() { awk -F'|' -v row="$1" '$2 ~ row {gsub(/ /, "", $4); print $4}' "$work/harness.out"; }
save_analysis=$(median_of "edit, analysis on: the analysis")
new_related=$(median_of "new story: related stories")
verdict() { [ "$(echo "$1 < $2" | bc)" = 1 ] && echo met || echo "**missed**"; }
hits=$(printf '%s\n' "${page_rows[@]}" | awk -F'|' '$4 ~ /200 hit/' | wc -l)

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(lscpu 2>/dev/null | awk -F: '/Model name/ {gsub(/^ +/,"",$2); print $2; exit}')"
{
  echo "## Newsroom intelligence"
  echo
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`bash bench/intelligence.sh\`: $machine; .NET $(dotnet --version);"
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end (the machine's other work). Archive: $STORIES stories $archive_note, on SQLite."
  echo
  echo "| target | this run | |"
  echo "|---|---|---|"
  echo "| \`byline analyze --force\` over 100,000 stories < 5 min on two cores | $STORIES stories in ${wall%.*} s wall ($per_second stories/s; ${at_target} s at 100,000 at this rate), ${cpu%.*} s of processor time | $(verdict "$at_target" 300) |"
  echo "| analysis on save < 20 ms (median) | $save_analysis ms (quotes and entities of an edited story, inside its save) | $(verdict "$save_analysis" 20) |"
  echo "| related stories for a new story < 50 ms (median) at the archive's size | $new_related ms | $(verdict "$new_related" 50) |"
  echo "| person and place pages served from the page cache | $hits of ${#page_rows[@]} hits on the second request | $([ "$hits" = "${#page_rows[@]}" ] && [ "$hits" -gt 0 ] && echo met || echo "**missed**") |"
  echo
  echo "Saves through \`BylineDb.SaveChangesAsync\` (bench/intelligence), in turn: an edit with the analysis on, an edit of"
  echo "another story with it off (the baseline), and for the first $NEW rounds a new story; 10 rounds of warm-up first."
  echo "The analysis and related-stories parts are read from Byline's meter (\`Byline.Intelligence\`); processor time is the"
  echo "harness process's over the save (its rows are against the baseline's processor time). Milliseconds."
  echo
  echo "| save | n | median | p95 | median / baseline |"
  echo "|---|---:|---:|---:|---:|"
  grep '^|' "$work/harness.out"
  echo
  echo "| page | first request | second request |"
  echo "|---|---|---|"
  printf '%s\n' "${page_rows[@]}"
} >"$work/section.md"

# The section replaces its last version and goes at the end, after bench/run.sh's "## Notes", which run.sh keeps.
results="$root/bench/RESULTS.md"
touch "$results"
awk '/^## Newsroom intelligence/ {skip = 1; next} /^## / {skip = 0} !skip' "$results" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$work/RESULTS.md"
{ echo; cat "$work/section.md"; } >>"$work/RESULTS.md"
cp "$work/RESULTS.md" "$results"
cat "$work/section.md"
