// The catalogs (i18n/*.json) in the build.
//   node scripts/build-i18n.mjs --version   prints the catalogs' version (a
//     hash of their text), which the wasm is built with, so an old cached
//     catalog never meets a new wasm;
//   node scripts/build-i18n.mjs dist        copies them, minified, to
//     dist/i18n/, and fills the loaders' placeholders: the version, the
//     boot.js head start on the catalog, and the two lines embed.js shows
//     before any wasm (the iframe's title, the fallback link), taken from
//     the catalogs so they too are in every language.
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
const embedWords = Object.fromEntries(
  languages.map((lang) => [lang, [catalogs[lang]['embed.title'], catalogs[lang]['embed.fallback']]]),
);

// Runs first in boot.js: picks the language as src/mount.rs will (the
// host's `lang`, the person's choice on the hosted page, the browser's
// languages) and starts fetching that catalog while the wasm downloads. Only
// a head start: the app decides, and fetches another catalog if it differs.
const prefetch = `(function () {
  var LANGS = ${JSON.stringify(languages)};
  function pick(tag) { var p = String(tag || '').toLowerCase().split(/[-_]/)[0]; return LANGS.indexOf(p) >= 0 ? p : null; }
  var hash = location.hash.charAt(1) === '/' ? '' : location.hash.slice(1);
  var params = new URLSearchParams(location.search.slice(1) + '&' + hash);
  var lang = pick(params.get('lang'));
  if (!lang && window.top === window) {
    try { lang = pick(localStorage.getItem((params.get('namespace') || 'rebound') + ':journal:lang')); } catch (e) { /* storage blocked */ }
  }
  var prefs = navigator.languages || [navigator.language];
  for (var i = 0; !lang && i < prefs.length; i++) lang = pick(prefs[i]);
  lang = lang || 'en';
  window.reboundCatalog = { lang: lang, text: fetch('i18n/' + lang + '.json?v=${version}').then(function (r) { return r.ok ? r.text() : null; }, function () { return null; }) };
})();
`;

const boot = join(dist, 'boot.js');
const bootText = readFileSync(boot, 'utf8');
if (!bootText.includes('window.reboundCatalog')) writeFileSync(boot, prefetch + bootText);

const embed = join(dist, 'embed.js');
const embedText = readFileSync(embed, 'utf8')
  .split('__REBOUND_CATALOG_VERSION__').join(version)
  .split('__REBOUND_LANGUAGES__').join(JSON.stringify(embedWords));
writeFileSync(embed, embedText);
console.log(`i18n: ${languages.join(', ')} (version ${version})`);
