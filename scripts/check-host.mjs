// `make check-host URL=https://your.host/rebound/`: checks a deployed
// Rebound's headers. It fetches the page, sw.js, the wasm, a chunk, the
// stylesheet (a hashed file), embed.js and a catalog, and prints each header
// that is wrong or missing with what follows from it. Exit status 1 when
// something is wrong. Usable as a module too: `checkHost(url)` returns the
// problems (e2e/hosting.test.mjs runs it against nginx, Caddy and a server
// left at its defaults).
const YEAR = 31536000;
const EMBEDDER = 'https://board.example';

async function get(url, { origin = false } = {}) {
  const headers = { 'Accept-Encoding': 'br, gzip' };
  if (origin) headers.Origin = EMBEDDER;
  const response = await fetch(url, { headers, redirect: 'follow' });
  const body = Buffer.from(await response.arrayBuffer());
  return { url, status: response.status, headers: response.headers, body };
}

function maxAge(cacheControl) {
  const m = /max-age=(\d+)/.exec(cacheControl || '');
  return m ? Number(m[1]) : null;
}

// Asked again every time: `no-cache`, `no-store` or a max-age of 0.
function revalidated(cacheControl) {
  return /no-cache|no-store/.test(cacheControl || '') || maxAge(cacheControl) === 0;
}

function howLong(seconds) {
  if (seconds >= 86400) return `${Math.round(seconds / 86400)} day${seconds >= 172800 ? 's' : ''}`;
  if (seconds >= 3600) return `${Math.round(seconds / 3600)} hour${seconds >= 7200 ? 's' : ''}`;
  return `${seconds} seconds`;
}

/** What a file's Cache-Control means for an unversioned name, in a sentence, or null when it is asked again. */
function staleFor(what, response, consequence) {
  const cc = response.headers.get('cache-control');
  if (revalidated(cc)) return null;
  if (cc && maxAge(cc) !== null) return `${what} is cached for ${howLong(maxAge(cc))} (Cache-Control: ${cc}): ${consequence}`;
  return `${what} has no Cache-Control: browsers keep it as long as they guess, so ${consequence}`;
}

export async function checkHost(url) {
  const base = new URL('.', url.endsWith('/') ? url : `${url}/`).href;
  const problems = [];
  const say = (text) => { if (text) problems.push(text); };

  const page = await get(base);
  if (page.status !== 200) return [`the page answered ${page.status}: nothing else can be checked`];
  const html = page.body.toString('utf8');
  if (!/name="rebound-build"/.test(html)) return ['the address does not serve a Rebound page (no rebound-build)'];
  say(staleFor('the page', page, 'an update reaches people late, and the service worker keeps installing the old build'));
  const policy = page.headers.get('content-security-policy');
  if (!policy) {
    say('the page has no Content-Security-Policy header: the policy lives only in its <meta>, which cannot carry frame-ancestors or reporting, so any site may frame the hosted page under a decoy');
  } else if (!/frame-ancestors\s+'none'/.test(policy)) {
    say('the page\'s Content-Security-Policy has no frame-ancestors \'none\': any site may frame the hosted page under a decoy and steer clicks');
  }
  const framePage = await get(base + 'frame.html');
  if (framePage.status !== 200) say(`frame.html answered ${framePage.status}: boards' iframes (embed.js) show nothing`);
  else {
    const ancestors = /frame-ancestors\s+([^;]+)/.exec(framePage.headers.get('content-security-policy') || '')?.[1].trim();
    if (ancestors && ancestors !== '*') say(`frame.html may be framed only by ${ancestors}: boards' iframes on other sites show nothing`);
    const xfo = framePage.headers.get('x-frame-options');
    if (xfo) say(`frame.html is sent with X-Frame-Options: ${xfo}: boards' iframes show nothing`);
  }
  if (!/nosniff/.test(page.headers.get('x-content-type-options') || '')) say('no X-Content-Type-Options: nosniff: browsers may guess a file\'s type');

  const start = /src="\.\/(start-[0-9a-f]{16}\.js)"/.exec(html)?.[1];
  const css = /href="\.\/(rebound-[0-9a-f]{16}\.css)"/.exec(html)?.[1];
  const startJs = start ? (await get(base + start)).body.toString('utf8') : '';
  const wasm = /(rebound-embed-[0-9a-f]{16}_bg\.wasm)/.exec(startJs)?.[1];
  const link = /href="\.\/(rebound-split-[0-9a-f]{16}\.js)"/.exec(html)?.[1];
  const linkJs = link ? (await get(base + link)).body.toString('utf8') : '';
  const chunk = /(chunk-(?!shared-)[a-z-]+-[0-9a-f]{16}\.wasm)/.exec(linkJs)?.[1];
  const sw = await get(base + 'sw.js');
  // The catalogs' version, from the worker's list of this build's files.
  const catalog = /(i18n\/en\.json\?v=[0-9a-f]+)/.exec(sw.body.toString('utf8'))?.[1] || 'i18n/en.json';
  if (!wasm || !css) return problems.concat(['the page does not name its wasm and stylesheet as this check expects (is it a Rebound build?)']);

  // The wasm and a chunk: type, compression, caching, CORS.
  for (const [what, file] of [['the wasm', wasm], ['a screen\'s chunk', chunk]]) {
    if (!file) continue;
    const r = await get(base + file, { origin: true });
    if (r.status !== 200) { say(`${what} (${file}) answered ${r.status}`); continue; }
    const type = (r.headers.get('content-type') || '').split(';')[0].trim();
    if (type !== 'application/wasm') {
      say(what === 'the wasm'
        ? `the wasm is served as ${type || 'no type'}, not application/wasm: it cannot compile while it downloads, so Rebound starts later (and the console warns)`
        : `the chunks are served as ${type || 'no type'}, not application/wasm: Insights, Your data and stages 2 to 5 cannot open`);
    }
    const encoding = r.headers.get('content-encoding');
    if (!encoding || !/br|gzip/.test(encoding)) {
      say(`${what} is sent uncompressed (no Content-Encoding for a browser that accepts br and gzip): ${Math.round(r.body.length / 1024)} KB instead of about a third of it; serve the .br and .gz copies beside it`);
    }
    if (!/immutable/.test(r.headers.get('cache-control') || '') && (maxAge(r.headers.get('cache-control')) || 0) < YEAR / 12) {
      say(`${what}'s name carries its content's hash, yet it is not cached for long (Cache-Control: ${r.headers.get('cache-control') || 'none'}): every visit asks for it again`);
    }
    if (!r.headers.get('access-control-allow-origin')) {
      say(`${what} has no Access-Control-Allow-Origin: the inline widget on a board's page (another origin) cannot load it`);
    }
  }

  // A hashed file that is not wasm: the stylesheet.
  const sheet = await get(base + css, { origin: true });
  if (!/immutable/.test(sheet.headers.get('cache-control') || '') && (maxAge(sheet.headers.get('cache-control')) || 0) < YEAR / 12) {
    say(`hashed files (${css}) are not cached for long (Cache-Control: ${sheet.headers.get('cache-control') || 'none'}): every visit asks for them again`);
  }
  if (!sheet.headers.get('access-control-allow-origin')) say('the stylesheet has no Access-Control-Allow-Origin: the inline widget cannot load it');
  const corp = sheet.headers.get('cross-origin-resource-policy');
  if (corp && corp !== 'cross-origin') say(`the stylesheet's Cross-Origin-Resource-Policy is ${corp}: a board's page on another site cannot use it, whatever CORS says`);

  // The files that keep their names from build to build.
  if (sw.status !== 200) say(`sw.js answered ${sw.status}: no repeat visit without the network, no offline`);
  else say(staleFor('sw.js', sw, 'an update reaches people late'));
  const loader = await get(base + 'embed.js');
  if (loader.status !== 200) say(`embed.js answered ${loader.status}: boards cannot embed Rebound`);
  else say(staleFor('embed.js', loader, 'after an update, boards\' pages keep asking for files the update removed'));
  const words = await get(base + catalog, { origin: true });
  if (words.status !== 200) say(`the catalog (${catalog}) answered ${words.status}`);
  else {
    if (!words.headers.get('access-control-allow-origin')) say('the catalogs have no Access-Control-Allow-Origin: the inline widget shows no words on a board\'s page');
    const type = (words.headers.get('content-type') || '').split(';')[0].trim();
    if (type !== 'application/json') say(`the catalogs are served as ${type || 'no type'}, not application/json`);
  }

  // No listing of a folder.
  const folder = await get(base + 'i18n/');
  if (folder.status === 200 && /en\.json/.test(folder.body.toString('utf8'))) {
    say('folders are listed (i18n/ shows its files): turn directory listing off');
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: make check-host URL=https://your.host/rebound/');
    process.exit(2);
  }
  const problems = await checkHost(url).catch((e) => [`could not reach ${url}: ${e.message}`]);
  if (!problems.length) console.log(`${url}: every header Rebound needs is right.`);
  for (const problem of problems) console.log(`- ${problem}`);
  process.exit(problems.length ? 1 : 0);
}
