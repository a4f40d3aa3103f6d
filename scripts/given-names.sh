#!/usr/bin/env bash
# Rebuilds the list of given names Byline ships (src/Byline.Text/Analysis/Quotes/given-names.txt)
# from the npm package human-names 1.0.13 (MIT): its English, French, Spanish, Italian, German and
# Dutch lists of popular male and female names. The file is committed, so building Byline needs
# neither npm nor the network.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm install --silent --no-save --no-audit --no-fund --prefix "$work" human-names@1.0.13
node - "$work/node_modules/human-names/data" src/Byline.Text/Analysis/Quotes/given-names.txt <<'JS'
const fs = require('fs');
const path = require('path');
const [dir, out] = process.argv.slice(2);
const names = new Map();
for (const file of fs.readdirSync(dir).sort()) {
  const gender = file.startsWith('female') ? 'F' : 'M';
  for (const name of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))) {
    // Only names written as names: a capital, then letters, apostrophes or hyphens.
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name)) continue;
    const seen = names.get(name);
    names.set(name, seen && seen !== gender ? '?' : gender);
  }
}
const lines = [...names].sort((a, b) => a[0].localeCompare(b[0], 'en')).map(([name, g]) => `${g} ${name}`);
fs.writeFileSync(out, '# Given names, one per line: M, F or ? (both) and the name. Built by scripts/given-names.sh\n# from the npm package human-names 1.0.13 (MIT licence, copyright its authors).\n' + lines.join('\n') + '\n');
console.log(`${lines.length} names`);
JS
