// The catalogs (i18n/*.json) in the build.
//   node scripts/build-i18n.mjs --version   prints the catalogs' version (a
//     hash of their text), which the wasm is built with, so an old cached
//     catalog never meets a new wasm;
//   node scripts/build-i18n.mjs dist        copies them, minified, to
//     dist/i18n/ (scripts/finish-dist.mjs fills every placeholder of the
//     loaders from there).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = 'i18n';
const files = readdirSync(SOURCE).filter((f) => f.endsWith('.json')).sort();
const catalogs = Object.fromEntries(
  files.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(SOURCE, f), 'utf8'))]),
);
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(SOURCE, f)));
const version = hash.digest('hex').slice(0, 12);

if (process.argv[2] === '--version') {
  process.stdout.write(version);
  process.exit(0);
}

const dist = process.argv[2] || 'dist';
mkdirSync(join(dist, 'i18n'), { recursive: true });
for (const [lang, catalog] of Object.entries(catalogs)) {
  writeFileSync(join(dist, 'i18n', `${lang}.json`), JSON.stringify(catalog));
}

const languages = Object.keys(catalogs);
console.log(`i18n: ${languages.join(', ')} (version ${version})`);
