// After `trunk build` (scripts/build.sh): makes Trunk's dist/ what ships.
//  - One stylesheet: Trunk's four, joined in index.html's order, hashed.
//  - start.js (src/start.js) in place of Trunk's inline loader: a strict CSP
//    allows no inline script, and it must run before the first paint.
//  - The first screen prerendered (the native `rebound-prerender`, Yew's
//    ssr) into one page per language: index.html (English), es/index.html,
//    de/index.html, each with its own words in the page, so neither the
//    headline nor the app waits for another request.
//  - The service worker (src/sw.js) with this build's files, the web app
//    manifest and icons (static/).
//  - embed.js pointed at the same wasm, glue and stylesheet as the page.
//  - A .gz and a .br beside every text file and the wasm, for hosts that
//    serve precompressed files (`make serve` does).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = process.argv[2] || 'dist';
const VERSION = process.env.REBOUND_CATALOG_VERSION;
if (!VERSION) throw new Error('finish-dist: REBOUND_CATALOG_VERSION is not set (scripts/build.sh sets it)');
const read = (file) => readFileSync(join(DIST, file), 'utf8');
const write = (file, text) => writeFileSync(join(DIST, file), text);
const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const minify = (file, ...args) => execFileSync('terser', [file, '--compress', '--mangle', ...args], { encoding: 'utf8' });
// Every edit of a page or script finds what it edits exactly once: markup
// that drifted fails the build instead of shipping unedited.
function replaceOnce(text, search, replacement) {
  const found = typeof search === 'string'
    ? text.split(search).length - 1
    : (text.match(new RegExp(search.source, `${search.flags.replace('g', '')}g`)) || []).length;
  if (found !== 1) throw new Error(`finish-dist: expected ${search} once, found it ${found} times`);
  return text.replace(search, replacement);
}
const edit = (text, ...edits) => edits.reduce((t, [search, replacement]) => replaceOnce(t, search, replacement), text);
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let page = read('index.html');

// The wasm (scripts/build-wasm.sh): the main module and its glue, the link
// module that fetches the chunks, and the chunks, each named by its content.
// The glue and the link module import each other, so both are named by one
// hash of what makes them: the three main files and this script's edits.
const WASM_OUT = 'target/rebound-wasm';
const wasmFiles = readdirSync(WASM_OUT);
const chunks = {};
for (const file of wasmFiles.filter((f) => /^(split|chunk)_.*\.wasm$/.test(f))) {
  const body = readFileSync(join(WASM_OUT, file));
  // split_your_data.wasm (a screen's) → chunk-your-data-…; chunk_7.wasm
  // (code two screens share) → chunk-shared-7-….
  const what = file.slice(0, -5).replace(/^split_/, '').replace(/^chunk_/, 'shared_').replace(/_/g, '-');
  const name = `chunk-${what}-${hashOf(body)}.wasm`;
  writeFileSync(join(DIST, name), body);
  chunks[file] = name;
}
const mainWasm = readFileSync(join(WASM_OUT, 'rebound-embed_bg.wasm'));
const wasm = `rebound-embed-${hashOf(mainWasm)}_bg.wasm`;
writeFileSync(join(DIST, wasm), mainWasm);
let glueText = readFileSync(join(WASM_OUT, 'rebound-embed.js'), 'utf8');
let linkText = readFileSync(join(WASM_OUT, '__wasm_split.js'), 'utf8');
for (const [file, name] of Object.entries(chunks)) linkText = replaceOnce(linkText, `"./${file}"`, `"./${name}"`);
const mainHash = hashOf([glueText, linkText, hashOf(mainWasm), readFileSync(new URL(import.meta.url), 'utf8')].join('\n'));
const glue = `rebound-embed-${mainHash}.js`;
const link = `rebound-split-${mainHash}.js`;
linkText = replaceOnce(linkText, 'from "./rebound-embed.js"', `from "./${glue}"`);
// Only the glue's imports: its import object keeps the wasm's module name.
glueText = glueText.split('from "./__wasm_split.js"').join(`from "./${link}"`);
for (const [file, text] of [[glue, glueText], [link, linkText]]) {
  write(file, text);
  write(file, minify(join(DIST, file), '--module'));
}

// One stylesheet.
const sheetLink = /<link rel="stylesheet" href="\.\/([^"]+\.css)"\s*\/?>\s*/g;
const sheets = [...page.matchAll(sheetLink)].map((m) => m[1]);
const css = sheets.map(read).join('\n');
const stylesheet = `rebound-${hashOf(css)}.css`;
write(stylesheet, css);
for (const sheet of sheets) unlinkSync(join(DIST, sheet));
let first = true;
page = page.replace(sheetLink, () => (first ? ((first = false), `<link rel="stylesheet" href="./${stylesheet}">\n    `) : ''));

// The catalogs (scripts/build-i18n.mjs has put them in dist/i18n/).
const langs = readdirSync(join(DIST, 'i18n')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const catalogs = Object.fromEntries(langs.map((lang) => [lang, read(`i18n/${lang}.json`)]));

// start.js, in place of Trunk's inline loader.
const keys = execFileSync('cargo', ['run', '--quiet', '-p', 'rebound-prerender', '--', 'keys'], { encoding: 'utf8' }).trim();
const startText = edit(readFileSync('src/start.js', 'utf8'),
  ['__REBOUND_KEYS__', keys],
  ['__REBOUND_LANGS__', JSON.stringify(langs)],
  ['__REBOUND_CATALOG_VERSION__', VERSION],
  ['__REBOUND_GLUE__', glue],
  ['__REBOUND_WASM__', wasm]);
write('start.tmp.js', startText);
const startMin = minify(join(DIST, 'start.tmp.js'));
unlinkSync(join(DIST, 'start.tmp.js'));
const start = `start-${hashOf(startMin)}.js`;
write(start, startMin);
// No preload for the wasm: on a slow connection its 300 KB would share the
// line with the stylesheet the first paint waits for (Lighthouse's mobile
// LCP went from 2.9 s to 1.4 s without it). The glue and the link module,
// small, are preloaded; the glue's start fetches the wasm (streaming
// compile) right away.
page = replaceOnce(page, `<link rel="stylesheet" href="./${stylesheet}">`, (sheet) => [
  sheet,
  `<link rel="modulepreload" href="./${glue}">`,
  `<link rel="modulepreload" href="./${link}">`,
  `<script src="./${start}"></script>`,
].join('\n    '));

// This build, named by what it ships: the service worker's cache and each
// page's <meta name="rebound-build"> (what tests and a bug report can read).
const build = hashOf([page, glue, wasm, link, ...Object.values(chunks), stylesheet, start, VERSION].join('\n'));
page = replaceOnce(page, '<meta name="referrer"', `<meta name="rebound-build" content="${build}">\n    <meta name="referrer"`);

// The first screen, per language.
const prerendered = JSON.parse(execFileSync('cargo', ['run', '--quiet', '-p', 'rebound-prerender', '--', 'i18n'], { encoding: 'utf8' }));
const pages = [];
for (const lang of langs) {
  const words = JSON.parse(catalogs[lang]);
  const folder = lang === 'en' ? '' : `${lang}/`;
  let html = edit(page,
    // A language's own page is a choice of language; the root page is not.
    ['<html lang="en">', folder ? `<html lang="${lang}" data-rebound-language-page>` : '<html lang="en">'],
    [/<title>[^<]*<\/title>/, `<title>${escapeHtml(words['page.title'])}</title>`],
    [/(<meta name="description" content=")[^"]*"/, `$1${escapeHtml(words['page.description'])}"`],
    ['<main id="rebound" class="rb-page">', (main) => `${main}\n      ${prerendered[lang]}`],
    // The words as data, never run: with every `<` escaped nothing in them
    // can end the element early or open another.
    ['</body>', `  <script type="application/json" id="rebound-words">${catalogs[lang].replace(/</g, '\\u003c')}</script>\n  </body>`]);
  if (folder) html = replaceOnce(html.replace(/(href|src)="\.\//g, '$1="../'), 'href="../manifest.webmanifest"', 'href="./manifest.webmanifest"');
  if (folder) mkdirSync(join(DIST, folder), { recursive: true });
  write(`${folder}index.html`, html);
  // The same page for a board's iframe, under a name of its own: a host
  // can then let boards frame this one (deploy/: frame-ancestors *) and no
  // page frame the hosted one (frame-ancestors 'none'), which a header
  // can only tell apart by the path.
  write(`${folder}frame.html`, html);
  pages.push(folder || './', `${folder}index.html`, `${folder}frame.html`);
}

// Manifest and icons. Each language's page has its own manifest, in its
// language, so an installed Rebound opens and is described in it.
for (const file of readdirSync('static')) copyFileSync(join('static', file), join(DIST, file));
const manifests = [];
for (const lang of langs) {
  const words = JSON.parse(catalogs[lang]);
  const folder = lang === 'en' ? '' : `${lang}/`;
  const up = folder ? '../' : '';
  write(`${folder}manifest.webmanifest`, JSON.stringify({
    name: 'Rebound',
    short_name: 'Rebound',
    description: words['page.description'],
    lang,
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f6f4f0',
    theme_color: '#0a6158',
    icons: [
      { src: `${up}icon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${up}icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${up}icon-512.png`, sizes: '512x512', type: 'image/png' },
    ],
  }));
  manifests.push(`${folder}manifest.webmanifest`);
}

// The service worker keeps everything the pages load, as this build has it.
const files = [
  ...pages, stylesheet, start, glue, link, wasm, ...Object.values(chunks), ...manifests,
  ...readdirSync('static'),
  ...langs.map((lang) => `i18n/${lang}.json?v=${VERSION}`),
];
write('sw.js', edit(minify('src/sw.js'),
  ['__REBOUND_BUILD__', build],
  ['__REBOUND_FILES__', JSON.stringify(files)]));

// embed.js loads the page's own wasm, glue and stylesheet, and shows one
// line before any wasm (the iframe's title, also the link where the inline
// widget cannot run), in every language. This script fills every placeholder of both loaders.
const embedWords = Object.fromEntries(langs.map((lang) => {
  const words = JSON.parse(catalogs[lang]);
  return [lang, words['embed.title']];
}));
write('embed.js', edit(read('embed.js'),
  ['__REBOUND_LANGUAGES__', JSON.stringify(embedWords)],
  ['__REBOUND_CATALOG_VERSION__', VERSION],
  ['__REBOUND_GLUE__', glue],
  ['__REBOUND_WASM__', wasm],
  ['__REBOUND_CSS__', stylesheet]));

// The headers for static hosts that read `_headers` (Netlify, Cloudflare
// Pages): deploy/static-hosts/_headers, with a rule for each hashed file.
const hashedFiles = [stylesheet, start, glue, link, wasm, ...Object.values(chunks)];
write('_headers', replaceOnce(readFileSync('deploy/static-hosts/_headers', 'utf8'), '# __REBOUND_HASHED_FILES__\n',
  hashedFiles.map((file) => `/${file}\n  Cache-Control: public, max-age=31536000, immutable\n  Access-Control-Allow-Origin: *\n  Cross-Origin-Resource-Policy: cross-origin\n  X-Content-Type-Options: nosniff\n`).join('\n')));

// Precompressed copies.
const COMPRESSED = /\.(html|js|css|wasm|json|svg|webmanifest)$/;
function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
for (const file of walk(DIST).filter((f) => COMPRESSED.test(f))) {
  const body = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
}
console.log(`dist: ${langs.length} pages, ${relative(DIST, join(DIST, wasm))}, ${stylesheet}, ${start}, sw.js (build ${build})`);
