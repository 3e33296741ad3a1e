// `make bench`: sizes, cold-load timings against floors measured in the same
// run (a page of one character; the smallest Yew app with a route, built by
// the same script as Rebound's wasm: bench/floor), requests and bytes before
// the app is ready and over a whole first visit, the longest main-thread
// task while loading, a repeat visit through the service worker, memory,
// latency with large datasets and Lighthouse scores for the release build
// in dist/. Prints tables, the budgets as PASS or FAIL, and a
// final JSON line. Not a test: it never fails the build, it reports.
// "Interactive" is the moment the app sets `data-rebound-ready` on its mount
// element: it has taken over the first screen and answers input.
import { readFileSync, readdirSync, mkdtempSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { launch, CHROMIUM_ARGS } from '../e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { heavyJournal } from './heavy.mjs';

// BENCH_DIST measures another build (an older commit's dist/, for a before and after).
const DIST = process.env.BENCH_DIST || 'dist';
const RUNS = Number(process.env.BENCH_RUNS || 15);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stats = (all) => {
  const xs = all.filter(Number.isFinite);
  return { median: +median(xs).toFixed(1), min: +Math.min(...xs).toFixed(1), max: +Math.max(...xs).toFixed(1) };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// --- Sizes -------------------------------------------------------------
const files = readdirSync(DIST);
const pick = (re) => files.filter((f) => re.test(f)).map((f) => join(DIST, f));
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const wasmFilesInDist = walk(DIST).filter((f) => f.endsWith('.wasm'));
const measure = (paths) => {
  const buf = Buffer.concat(paths.map((p) => readFileSync(p)));
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const wasmFile = pick(/_bg\.wasm$/)[0];
const sizes = {
  loader: measure([join(DIST, 'embed.js')]),
  page: measure([join(DIST, 'index.html')]),
  start: measure(pick(/^start-[0-9a-f]+\.js$/)),
  glue: measure(pick(/^rebound-embed-[0-9a-f]+\.js$/)),
  link: measure(pick(/^rebound-split-[0-9a-f]+\.js$/)),
  wasm: measure([wasmFile]),
  css: measure(pick(/^rebound-[0-9a-f]+\.css$/)),
};
// The screens' chunks (src/lazy.rs), each alone, and the code they share.
const chunkSizes = files.filter((f) => /^chunk-(?!shared-).*\.wasm$/.test(f)).sort()
  .map((f) => [f.replace(/-[0-9a-f]{16}\.wasm$/, ''), measure([join(DIST, f)])]);
chunkSizes.push(['chunk-shared-* (code two or more screens share)', measure(pick(/^chunk-shared-.*\.wasm$/))]);
const parts = ['page', 'start', 'glue', 'link', 'wasm', 'css'];
sizes.total = Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, parts.reduce((sum, p) => sum + sizes[p][k], 0)]));
// One catalog per language (a visitor downloads only theirs), next to the wasm.
const catalogs = readdirSync(join(DIST, 'i18n')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => [f.replace(/\.json$/, ''), measure([join(DIST, 'i18n', f)])]);

// --- A served copy of dist/ with the floors: a page of one character, and a
// page that only fetches and instantiates our wasm.
const root = mkdtempSync(join(tmpdir(), 'rebound-bench-'));
cpSync(DIST, root, { recursive: true });
writeFileSync(join(root, 'one-character.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title><link rel="icon" href="data:,"></head><body>x</body></html>');
// The floor: bench/floor, built by scripts/build-wasm.sh as Rebound is (whole:
// it has nothing to split), served and started the way start.js starts Rebound.
execFileSync('bash', ['scripts/build-wasm.sh', 'rebound-bench-floor', 'target/bench-floor', 'whole'], { stdio: 'inherit' });
cpSync('target/bench-floor', join(root, 'floor'), { recursive: true });
const floorSizes = {
  glue: measure([join(root, 'floor', 'rebound-bench-floor.js')]),
  wasm: measure([join(root, 'floor', 'rebound-bench-floor_bg.wasm')]),
};
writeFileSync(join(root, 'floor.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><link rel="icon" href="data:,"><link rel="modulepreload" href="floor/rebound-bench-floor.js"><script type="module" src="floor.js"></script></head><body><main></main></body></html>');
writeFileSync(join(root, 'floor.js'), `
import init, { start } from './floor/rebound-bench-floor.js';
await init({ module_or_path: './floor/rebound-bench-floor_bg.wasm' });
start();
`);
const server = await serve(root, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();

// In every page before its own scripts: when the app is ready (the
// attribute) and what had been fetched by then, the largest paint so far,
// long tasks, and the main wasm's memory.
function watchPage() {
  window.__lcp = NaN;
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no long-task reports in this engine */ }
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-rebound-ready]')) {
      performance.mark('rebound-ready');
      window.__fetchedBeforeReady = performance.getEntriesByType('resource').map((e) => e.name);
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-rebound-ready'] });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      // The main module (the chunks share its memory and export none).
      if (result.instance?.exports.memory && !window.__wasm) window.__wasm = result.instance.exports;
      return result;
    };
  }
}

// The app and the floor are ready at the same attribute.
const readyMark = () => 'rebound-ready';

async function coldLoad(path, throttle, context = null) {
  const own = !context;
  context ||= await browser.newContext();
  await context.addInitScript(watchPage);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const requests = [];
  page.on('requestfinished', (r) => requests.push(r));
  await page.goto(base + path);
  if (path !== 'one-character.html') {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, readyMark(path), { timeout: 60000 });
  } else {
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  }
  // LCP is final once the page has settled; a short pause lets late paints in.
  await page.waitForTimeout(100);
  const t = await page.evaluate((mark) => ({
    interactive: performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
    load: performance.getEntriesByName('rebound-load')[0]?.duration ?? NaN,
    wasmMemory: window.__wasm?.memory?.buffer?.byteLength ?? NaN,
    fetchedBeforeReady: window.__fetchedBeforeReady || [],
    // The longest task that started before the app was ready.
    longestTask: Math.max(0, ...window.__longTasks
      .filter(([start]) => start < (performance.getEntriesByName(mark)[0]?.startTime ?? Infinity)).map(([, d]) => d)),
  }), readyMark(path));
  const heap = await cdp.send('Runtime.getHeapUsage');
  const network = [];
  for (const r of requests) {
    const response = await r.response();
    if (!response || response.fromServiceWorker()) continue;
    network.push({ url: r.url().slice(base.length), bytes: (await r.sizes()).responseBodySize, beforeReady: t.fetchedBeforeReady.includes(r.url()) || r.isNavigationRequest() });
  }
  return { t, page, context: own ? context : null, cdp, heap: heap.usedSize, network };
}

async function series(path, throttle) {
  const fcp = [], lcp = [], interactive = [], longestTask = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const r = await coldLoad(path, throttle);
    fcp.push(r.t.fcp); lcp.push(r.t.lcp); interactive.push(r.t.interactive); longestTask.push(r.t.longestTask);
    if (last) await last.context.close();
    last = r;
  }
  const out = {
    fcp: stats(fcp), lcp: stats(lcp), interactive: stats(interactive), longestTask: stats(longestTask),
    wasmMemory: last.t.wasmMemory, heap: last.heap, network: last.network,
  };
  await last.context.close();
  return out;
}

const timing = {
  app: await series('index.html', 0),
  oneCharacter: await series('one-character.html', 0),
  floor: await series('floor.html', 0),
  appThrottled: await series('index.html', 4),
  oneCharacterThrottled: await series('one-character.html', 4),
  floorThrottled: await series('floor.html', 4),
};

// --- Repeat visits: the first visit installs the service worker; each
// repeat is a new tab in the same profile, as a person coming back.
const repeat = { interactive: [], network: [] };
{
  const context = await browser.newContext();
  const first = await coldLoad('index.html', 0, context);
  await first.page.evaluate(() => navigator.serviceWorker.ready);
  await first.page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await first.page.close();
  for (let i = 0; i < RUNS; i++) {
    const r = await coldLoad('index.html', 0, context);
    repeat.interactive.push(r.t.interactive);
    repeat.network.push(r.network.length);
    await r.page.close();
  }
  await context.close();
}
const repeatStats = stats(repeat.interactive);

// --- A whole first visit, as the server sees it: the page, the service
// worker's install and the idle prefetch of every chunk, each file counted
// at its gzip size (what a host serving dist/'s .gz copies sends).
const gzipOf = (path) => {
  const file = join(root, path === '' || path.endsWith('/') ? `${path}index.html` : path);
  try { return readFileSync(`${file}.gz`).length; } catch { return readFileSync(file).length; }
};
const wholeVisit = { downloads: [] };
{
  const server = await serve(root, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  server.on('request', (req, res) => res.on('finish', () => { if (res.statusCode === 200) wholeVisit.downloads.push(decodeURIComponent(req.url.split('?')[0].slice(1))); }));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-rebound-ready]', { state: 'attached' });
  const chunkCount = files.filter((f) => /^chunk-.*\.wasm$/.test(f)).length;
  await page.waitForFunction((count) => performance.getEntriesByType('resource').filter((e) => /\/chunk-[^/]*\.wasm$/.test(e.name)).length >= count, chunkCount, { timeout: 60000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  await page.waitForTimeout(500);
  await context.close();
  server.closeAllConnections();
  server.close();
  wholeVisit.bytes = wholeVisit.downloads.reduce((sum, path) => sum + gzipOf(path), 0);
  wholeVisit.twice = wholeVisit.downloads.filter((path, i) => wholeVisit.downloads.indexOf(path) !== i);
  wholeVisit.otherLanguage = wholeVisit.downloads.filter((path) => /^(es|de)\/|^i18n\/(es|de)\.json/.test(path));
}
// Before the app is ready, in the same measure.
const beforeReady = timing.app.network.filter((r) => r.beforeReady);
const beforeReadyGzip = beforeReady.reduce((sum, r) => sum + gzipOf(r.url.split('?')[0]), 0);

// --- Someone coming back, with 30 and with 1,000 rejections: from
// navigation to their own screen, ready (the neutral frame, no welcome).
async function reopen(journal, runs) {
  const text = JSON.stringify(journal);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    await context.addInitScript((text) => { if (!localStorage.getItem('rebound:journal')) localStorage.setItem('rebound:journal', text); }, text);
    await context.addInitScript(watchPage);
    const p = await context.newPage();
    await p.goto(base + 'index.html');
    await p.waitForFunction(() => performance.getEntriesByName('rebound-ready').length > 0, null, { timeout: 60000 });
    times.push(await p.evaluate(() => performance.getEntriesByName('rebound-ready')[0].startTime));
    await context.close();
  }
  return stats(times);
}
const thousand = heavyJournal({ rejections: 1000, checkins: 4, notes: 1 });
const reopened = { thirty: await reopen(heavyJournal({ rejections: 30 }), RUNS), thousand: await reopen(thousand, RUNS) };

// --- Heavy dataset ------------------------------------------------------
const heavyText = JSON.stringify(heavyJournal());
// Loading it, over cold loads in fresh contexts (a single load is too noisy).
const heavyLoads = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  await context.addInitScript((text) => { if (!localStorage.getItem('rebound:journal')) localStorage.setItem('rebound:journal', text); }, heavyText);
  const p = await context.newPage();
  await p.goto(base + 'index.html');
  await p.waitForFunction(() => performance.getEntriesByName('rebound-load').length > 0, null, { timeout: 60000 });
  heavyLoads.push(await p.evaluate(() => performance.getEntriesByName('rebound-load')[0].duration));
  await context.close();
}
const heavyContext = await browser.newContext();
await heavyContext.addInitScript((text) => { if (!localStorage.getItem('rebound:journal')) localStorage.setItem('rebound:journal', text); }, heavyText);
await heavyContext.addInitScript(watchPage);
const page = await heavyContext.newPage();
const cdp = await heavyContext.newCDPSession(page);
await page.goto(base + 'index.html');
await page.waitForFunction(() => performance.getEntriesByName('rebound-interactive').length > 0);
await page.getByRole('heading', { level: 1, name: 'Engineer at Company 99' }).waitFor();
// Every screen's chunk is here (the idle prefetch), as for anyone after a moment.
await page.waitForFunction((count) => performance.getEntriesByType('resource').filter((e) => /\/chunk-[^/]*\.wasm$/.test(e.name)).length >= count,
  files.filter((f) => /^chunk-.*\.wasm$/.test(f)).length, { timeout: 60000 });
const heavyLoad = {
  load: median(heavyLoads),
  interactive: await page.evaluate(() => performance.getEntriesByName('rebound-interactive')[0].startTime),
};

// Time from an input to the end of the work it causes (Yew renders in microtasks).
const settle = () => new Promise((r) => setTimeout(r, 0));
const openStage = [];
for (let i = 0; i < RUNS; i++) {
  for (const title of ['Process the emotions', 'Seek feedback', 'Reflect and evaluate', 'Turn it into opportunity', 'Keep searching']) {
    openStage.push(await page.evaluate(async (title) => {
      const hub = [...document.querySelectorAll('a, button')].find((b) => b.textContent === 'All stages');
      hub.click();
      await new Promise((r) => setTimeout(r, 0));
      const button = [...document.querySelectorAll('a, button')].find((b) => b.textContent === title);
      const t0 = performance.now();
      button.click();
      await new Promise((r) => setTimeout(r, 0));
      return performance.now() - t0;
    }, title));
  }
}
await page.evaluate(async () => {
  [...document.querySelectorAll('a, button')].find((b) => b.textContent === 'All stages').click();
  await new Promise((r) => setTimeout(r, 0));
  [...document.querySelectorAll('a, button')].find((b) => b.textContent === 'Reflect and evaluate').click();
  await new Promise((r) => setTimeout(r, 0));
});
/** Typing into "What went well" (stage 3, open on `page`), and the save on leaving, ms. */
async function typeAndSave(page) {
  await page.waitForSelector('#rb-went-well');
  const keystroke = [];
  const save = [];
  for (let i = 0; i < Math.max(RUNS, 20); i++) {
    const r = await page.evaluate(async (i) => {
    const field = document.getElementById('rb-went-well');
    const t0 = performance.now();
    field.value += String.fromCharCode(97 + (i % 26));
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    const typed = performance.now() - t0;
    dispatchEvent(new Event('pagehide'));
    const saves = performance.getEntriesByName('rebound-save');
    return { typed, save: saves.length ? saves[saves.length - 1].duration : NaN };
    }, i);
    keystroke.push(r.typed);
    save.push(r.save);
  }
  return { keystroke, save };
}
const { keystroke, save } = await typeAndSave(page);
const heavyMemory = {
  heap: (await cdp.send('Runtime.getHeapUsage')).usedSize,
  wasm: await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? NaN),
};
await heavyContext.close();

// One save with 1,000 rejections.
let saveThousand;
{
  const context = await browser.newContext();
  const text = JSON.stringify(thousand);
  await context.addInitScript((text) => { if (!localStorage.getItem('rebound:journal')) localStorage.setItem('rebound:journal', text); }, text);
  const p = await context.newPage();
  await p.goto(base + 'index.html#/stage/3/all');
  saveThousand = stats((await typeAndSave(p)).save);
  await context.close();
}
await browser.close();

// --- Lighthouse -----------------------------------------------------------
// Mobile (Lighthouse's default: slow 4G, 4x slower CPU) is the budget;
// desktop is printed for comparison.
let lighthouse = {};
let lighthouseDesktop = {};
async function runLighthouse(extra) {
  const scores = {};
  const reportPath = join(root, 'lighthouse.json');
  // Asynchronous: the page is served by this same process, so a synchronous
  // call would block the server Lighthouse is waiting for.
  await promisify(execFile)('node_modules/.bin/lighthouse', [
    base + 'index.html', '--output=json', `--output-path=${reportPath}`, '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo', ...extra,
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
  ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  for (const [k, v] of Object.entries(report.categories)) scores[k] = Math.round(v.score * 100);
  scores.lcp = report.audits['largest-contentful-paint']?.displayValue;
  return scores;
}
try {
  lighthouse = await runLighthouse([]);
  lighthouseDesktop = await runLighthouse(['--preset=desktop']);
} catch (e) {
  lighthouse = { error: String(e.message).split('\n')[0] };
}
server.close();
rmSync(root, { recursive: true, force: true });
process.removeAllListeners('unhandledRejection');

// --- Report -------------------------------------------------------------
const rows = [
  ['loader for boards (embed.js)', sizes.loader], ['page (index.html, first screen and words in it)', sizes.page],
  ['start.js', sizes.start], ['JS glue', sizes.glue], ['link module (fetches the chunks)', sizes.link],
  ['main wasm', sizes.wasm], ['CSS', sizes.css],
  ['first download, English (page+start+glue+link+wasm+CSS)', sizes.total],
  ...chunkSizes.map(([name, size]) => [`${name} (when opened, or idle)`, size]),
  ['floor: minimal Yew app, glue', floorSizes.glue], ['floor: minimal Yew app, wasm', floorSizes.wasm],
];
console.log('\nSizes');
console.log('| file | raw | gzip -9 | brotli |\n|---|---|---|---|');
for (const [name, s] of rows) console.log(`| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
for (const [lang, s] of catalogs) console.log(`| catalog ${lang}.json (inline mode; in its page otherwise) | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
const firstVisit = timing.app.network;
console.log(`\nBefore the app is ready: ${beforeReady.length} requests, ${kb(beforeReadyGzip)} gzip (${kb(beforeReady.reduce((sum, r) => sum + r.bytes, 0))} as served, brotli)`);
for (const r of beforeReady) console.log(`  ${r.url || '/'}  ${kb(r.bytes)}`);
console.log(`A whole first visit (worker and idle prefetch included), as the server saw it: ${wholeVisit.downloads.length} files, ${kb(wholeVisit.bytes)} gzip; twice: ${wholeVisit.twice.join(', ') || 'none'}; another language: ${wholeVisit.otherLanguage.join(', ') || 'none'}`);
console.log(`wasm files in dist/: ${wasmFilesInDist.length} (the main module and ${wasmFilesInDist.length - 1} chunks)`);
const ms = (s) => `${s.median} (${s.min}–${s.max})`;
console.log(`\nCold loads, ${RUNS} each, ms from navigation: median (min–max)`);
console.log('| page | CPU | first contentful paint | largest contentful paint | interactive | longest task before it |\n|---|---|---|---|---|---|');
for (const [name, cpu, r] of [['app', '1x', timing.app], ['one character', '1x', timing.oneCharacter], ['floor: minimal Yew app', '1x', timing.floor],
  ['app', '4x', timing.appThrottled], ['one character', '4x', timing.oneCharacterThrottled], ['floor: minimal Yew app', '4x', timing.floorThrottled]]) {
  const hasApp = name !== 'one character';
  console.log(`| ${name} | ${cpu} | ${ms(r.fcp)} | ${ms(r.lcp)} | ${hasApp ? ms(r.interactive) : '–'} | ${hasApp ? ms(r.longestTask) : '–'} |`);
}
console.log(`| app, repeat visit (service worker) | 1x | – | – | ${ms(repeatStats)} | – |`);
console.log(`Repeat visits: requests that reached the network: ${repeat.network.join(', ')}`);
console.log(`Reopen to content (a returning person, ${RUNS} cold loads): 30 rejections ${ms(reopened.thirty)} ms, 1,000 rejections ${ms(reopened.thousand)} ms`);
console.log('\nMemory');
console.log(`| when | JS heap | wasm memory |\n|---|---|---|`);
console.log(`| after load | ${kb(timing.app.heap)} | ${kb(timing.app.wasmMemory)} |`);
console.log(`| heavy dataset | ${kb(heavyMemory.heap)} | ${kb(heavyMemory.wasm)} |`);
console.log('\nHeavy dataset (100 rejections, 2,000 check-ins, 500 feedback notes, 300 contacts), ms');
console.log(`| action | median (min–max) |\n|---|---|`);
console.log(`| open a stage | ${ms(stats(openStage))} |`);
console.log(`| keystroke in a journal field | ${ms(stats(keystroke))} |`);
console.log(`| save everything | ${ms(stats(save))} |`);
console.log(`| save everything, 1,000 rejections | ${ms(saveThousand)} |`);
console.log(`| load everything (read + decode, cold) | ${ms(stats(heavyLoads))} |`);
console.log(`| interactive with it | ${heavyLoad.interactive.toFixed(1)} |`);
console.log('\nLighthouse, mobile:', JSON.stringify(lighthouse));
console.log('Lighthouse, desktop:', JSON.stringify(lighthouseDesktop));

const ratio = (a, b) => a.median / b.median;
const vs = (a, b) => `${ratio(a, b).toFixed(2)}x (${a.median} vs ${b.median} ms)`;
const paintBudgets = [];
for (const [cpu, app, floor] of [['1x', timing.app, timing.oneCharacter], ['4x', timing.appThrottled, timing.oneCharacterThrottled]]) {
  for (const paint of ['fcp', 'lcp']) {
    paintBudgets.push([`${paint.toUpperCase()} <= 1.3x the one-character page, ${cpu} CPU`, ratio(app[paint], floor[paint]) <= 1.3, vs(app[paint], floor[paint])]);
  }
}
const budgets = [
  ...paintBudgets,
  ['bytes before the app is ready <= 200 KB gzip', beforeReadyGzip <= 200 * 1024, kb(beforeReadyGzip)],
  ['requests before the app is ready <= 8', beforeReady.length <= 8, `${beforeReady.length}: ${beforeReady.map((r) => r.url || '/').join(', ')}`],
  ['a whole first visit <= 420 KB gzip, no file twice, no other language', wholeVisit.bytes <= 420 * 1024 && !wholeVisit.twice.length && !wholeVisit.otherLanguage.length,
    `${kb(wholeVisit.bytes)}, ${wholeVisit.downloads.length} files, twice: ${wholeVisit.twice.length}, other language: ${wholeVisit.otherLanguage.length}`],
  ['interactive <= 1.5x the minimal Yew app, 1x CPU', ratio(timing.app.interactive, timing.floor.interactive) <= 1.5, vs(timing.app.interactive, timing.floor.interactive)],
  ['interactive <= 1.5x the minimal Yew app, 4x CPU', ratio(timing.appThrottled.interactive, timing.floorThrottled.interactive) <= 1.5, vs(timing.appThrottled.interactive, timing.floorThrottled.interactive)],
  ['longest task while loading <= 50 ms, 4x CPU', timing.appThrottled.longestTask.median <= 50, `${ms(timing.appThrottled.longestTask)} ms (floor ${ms(timing.floorThrottled.longestTask)})`],
  ['reopen to content, 30 rejections <= 80 ms', reopened.thirty.median <= 80, ms(reopened.thirty)],
  ['reopen to content, 1,000 rejections <= 150 ms', reopened.thousand.median <= 150, ms(reopened.thousand)],
  ['one save, 1,000 rejections <= 12 ms', saveThousand.median <= 12, ms(saveThousand)],
  ['repeat visit interactive <= 0.6x the first', ratio(repeatStats, timing.app.interactive) <= 0.6, vs(repeatStats, timing.app.interactive)],
  ['repeat visit: zero requests to the network', repeat.network.every((n) => n === 0), repeat.network.join(',')],
  ['loader <= 2 KB gzip', sizes.loader.gzip <= 2048, `${sizes.loader.gzip} B`],
  ['wasm memory after load <= 0.5 MiB', timing.app.wasmMemory <= 512 * 1024, kb(timing.app.wasmMemory)],
  ['open a stage <= 8 ms (heavy)', median(openStage) <= 8, median(openStage).toFixed(1)],
  ['keystroke <= 4 ms (heavy)', median(keystroke) <= 4, median(keystroke).toFixed(1)],
  ['save <= 5 ms (heavy)', median(save) <= 5, median(save).toFixed(1)],
  ['load <= 20 ms (heavy)', heavyLoad.load <= 20, heavyLoad.load.toFixed(1)],
  ['Lighthouse mobile performance >= 98', lighthouse.performance >= 98, String(lighthouse.performance)],
  ['Lighthouse 100 in accessibility, best practices, SEO (mobile)', ['accessibility', 'best-practices', 'seo'].every((k) => lighthouse[k] === 100), JSON.stringify(lighthouse)],
];
console.log('\nBudgets');
for (const [name, ok, value] of budgets) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${value}`);
console.log(JSON.stringify({
  sizes, chunks: Object.fromEntries(chunkSizes), floor: floorSizes, timing, beforeReady: { requests: beforeReady.length, gzip: beforeReadyGzip },
  wholeVisit: { files: wholeVisit.downloads.length, gzip: wholeVisit.bytes, twice: wholeVisit.twice, otherLanguage: wholeVisit.otherLanguage },
  repeat: { interactive: repeatStats, network: repeat.network }, reopened,
  heavy: { openStage: stats(openStage), keystroke: stats(keystroke), save: stats(save), saveThousand, load: stats(heavyLoads), interactive: heavyLoad.interactive, memory: heavyMemory },
  lighthouse, lighthouseDesktop, budgets: Object.fromEntries(budgets.map(([n, ok]) => [n, ok ? 'pass' : 'fail'])),
}));
