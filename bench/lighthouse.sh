#!/usr/bin/env bash
# Lighthouse (mobile settings, Debian's Chromium) on the home page and a story page with the ad
# slots on, against the demo publication; prints the four scores of each.
#   bash bench/lighthouse.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/byline-lighthouse.XXXXXX)
port=$((57000 + RANDOM % 1000))
cleanup() { [ -n "${server:-}" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

command -v chromium >/dev/null 2>&1 || { DEBIAN_FRONTEND=noninteractive apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
(cd bench/lighthouse && npm install --no-audit --no-fund --loglevel=error >/dev/null)

dotnet publish src/Byline -c Release -o "$work/app" -nologo -v quiet >/dev/null
(cd "$work" && exec dotnet "$work/app/Byline.dll" serve --urls "http://127.0.0.1:$port" >"$work/byline.log" 2>&1) &
server=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.1; done

export CHROME_PATH=/usr/bin/chromium
for path in / /politics/marco-rubio-highlights-indias-multi-alignment-to-defend-us-relationship-with; do
  bench/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$port$path" --quiet --output=json --output-path="$work/report.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" >/dev/null 2>&1
  node -e '
    const r = require(process.argv[1]);
    const s = Object.values(r.categories).map(c => `${c.title} ${Math.round(c.score * 100)}`).join(", ");
    console.log(`${process.argv[2]}: ${s}`);
    for (const c of Object.values(r.categories)) for (const ref of c.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  - ${c.title}: ${a.title} (${a.displayValue ?? a.score})`);
    }' "$work/report.json" "$path"
done
