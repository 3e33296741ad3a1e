// `make bench`: sizes, cold-load timings, memory, latency with a heavy dataset
// and Lighthouse scores for the release build in dist/. Prints a table, the
// budgets as PASS or FAIL, and a final JSON line. Not a test: it never fails
// the build, it reports.
import { readFileSync, readdirSync, mkdtempSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { launch, CHROMIUM_ARGS } from '../e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { heavyJournal } from './heavy.mjs';

const DIST = 'dist';
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
  glue: measure(pick(/^rebound-[0-9a-f]+\.js$/)),
  wasm: measure([wasmFile]),
  css: measure([join(DIST, 'rebound.css')]),
};
sizes.total = {
  raw: sizes.glue.raw + sizes.wasm.raw + sizes.css.raw,
  gzip: sizes.glue.gzip + sizes.wasm.gzip + sizes.css.gzip,
  brotli: sizes.glue.brotli + sizes.wasm.brotli + sizes.css.brotli,
};
// One catalog per language (a visitor downloads only theirs), next to the wasm.
const catalogs = readdirSync(join(DIST, 'i18n')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => [f.replace(/\.json$/, ''), measure([join(DIST, 'i18n', f)])]);
// The wasm before the catalogs (commit 7ead461, every English word inside it),
// measured the same way from that commit's `make build`.
const WASM_BEFORE_CATALOGS = { raw: 1052213, gzip: 399288, brotli: 305144 };

// --- A served copy of dist/ with the "floor" page: fetch + instantiate only.
const root = mkdtempSync(join(tmpdir(), 'rebound-bench-'));
cpSync(DIST, root, { recursive: true });
writeFileSync(join(root, 'floor.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><link rel="icon" href="data:,"><script type="module" src="floor.js"></script></head><body><p>floor</p></body></html>');
writeFileSync(join(root, 'floor.js'), `
const module = await WebAssembly.compileStreaming(fetch('./${wasmFile.split('/').pop()}'));
const imports = {};
for (const i of WebAssembly.Module.imports(module)) {
  const slot = (imports[i.module] ||= {});
  slot[i.name] = i.kind === 'function' ? () => {} : i.kind === 'memory' ? new WebAssembly.Memory({ initial: 17 })
    : i.kind === 'table' ? new WebAssembly.Table({ initial: 1, element: 'anyfunc' }) : new WebAssembly.Global({ value: 'i32', mutable: true }, 0);
}
await WebAssembly.instantiate(module, imports);
performance.mark('rebound-interactive');
`);
const server = await serve(root, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();

async function coldLoad(path, throttle) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(base + path);
  await page.waitForFunction(() => performance.getEntriesByName('rebound-interactive').length > 0, null, { timeout: 60000 });
  const t = await page.evaluate(() => ({
    interactive: performance.getEntriesByName('rebound-interactive')[0].startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    load: performance.getEntriesByName('rebound-load')[0]?.duration ?? NaN,
    wasmMemory: window.__wasm?.memory?.buffer?.byteLength ?? NaN,
  }));
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { t, page, context, cdp, heap: heap.usedSize };
}

async function series(path, throttle) {
  const fcp = [], interactive = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    const r = await coldLoad(path, throttle);
    fcp.push(r.t.fcp); interactive.push(r.t.interactive);
    if (last) await last.context.close();
    last = r;
  }
  const out = { fcp: stats(fcp), interactive: stats(interactive), wasmMemory: last.t.wasmMemory, heap: last.heap };
  await last.context.close();
  return out;
}

const timing = {
  app: await series('index.html', 0),
  floor: await series('floor.html', 0),
  appThrottled: await series('index.html', 4),
  floorThrottled: await series('floor.html', 4),
};

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
await heavyContext.addInitScript(() => { addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }); });
const page = await heavyContext.newPage();
const cdp = await heavyContext.newCDPSession(page);
await page.goto(base + 'index.html');
await page.waitForFunction(() => performance.getEntriesByName('rebound-interactive').length > 0);
await page.getByRole('heading', { level: 1, name: 'Engineer at Company 99' }).waitFor();
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
      const hub = [...document.querySelectorAll('button')].find((b) => b.textContent === 'All stages');
      hub.click();
      await new Promise((r) => setTimeout(r, 0));
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === title);
      const t0 = performance.now();
      button.click();
      await new Promise((r) => setTimeout(r, 0));
      return performance.now() - t0;
    }, title));
  }
}
await page.evaluate(async () => {
  [...document.querySelectorAll('button')].find((b) => b.textContent === 'All stages').click();
  await new Promise((r) => setTimeout(r, 0));
  [...document.querySelectorAll('button')].find((b) => b.textContent === 'Reflect and evaluate').click();
  await new Promise((r) => setTimeout(r, 0));
});
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
const heavyMemory = {
  heap: (await cdp.send('Runtime.getHeapUsage')).usedSize,
  wasm: await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? NaN),
};
await heavyContext.close();
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
  ['loader (embed.js)', sizes.loader], ['JS glue', sizes.glue], ['wasm', sizes.wasm], ['CSS', sizes.css], ['widget total (wasm+JS+CSS)', sizes.total],
];
console.log('\nSizes');
console.log('| file | raw | gzip -9 | brotli |\n|---|---|---|---|');
for (const [name, s] of rows) console.log(`| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
console.log(`| wasm before the catalogs (7ead461) | ${kb(WASM_BEFORE_CATALOGS.raw)} | ${kb(WASM_BEFORE_CATALOGS.gzip)} | ${kb(WASM_BEFORE_CATALOGS.brotli)} |`);
for (const [lang, s] of catalogs) console.log(`| catalog ${lang}.json | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
const english = catalogs.find(([lang]) => lang === 'en')[1];
console.log(`| first visit in English (widget + en.json) | ${kb(sizes.total.raw + english.raw)} | ${kb(sizes.total.gzip + english.gzip)} | ${kb(sizes.total.brotli + english.brotli)} |`);
const ms = (s) => `${s.median} (${s.min}–${s.max})`;
console.log(`\nCold loads, ${RUNS} each, ms from navigation: median (min–max)`);
console.log('| page | CPU | first contentful paint | interactive |\n|---|---|---|---|');
console.log(`| app | 1x | ${ms(timing.app.fcp)} | ${ms(timing.app.interactive)} |`);
console.log(`| wasm floor (fetch + instantiate) | 1x | ${ms(timing.floor.fcp)} | ${ms(timing.floor.interactive)} |`);
console.log(`| app | 4x | ${ms(timing.appThrottled.fcp)} | ${ms(timing.appThrottled.interactive)} |`);
console.log(`| wasm floor | 4x | ${ms(timing.floorThrottled.fcp)} | ${ms(timing.floorThrottled.interactive)} |`);
console.log('\nMemory');
console.log(`| when | JS heap | wasm memory |\n|---|---|---|`);
console.log(`| after load | ${kb(timing.app.heap)} | ${kb(timing.app.wasmMemory)} |`);
console.log(`| heavy dataset | ${kb(heavyMemory.heap)} | ${kb(heavyMemory.wasm)} |`);
console.log('\nHeavy dataset (100 rejections, 2,000 check-ins, 500 feedback notes, 300 contacts), ms');
console.log(`| action | median (min–max) |\n|---|---|`);
console.log(`| open a stage | ${ms(stats(openStage))} |`);
console.log(`| keystroke in a journal field | ${ms(stats(keystroke))} |`);
console.log(`| save everything | ${ms(stats(save))} |`);
console.log(`| load everything (read + decode, cold) | ${ms(stats(heavyLoads))} |`);
console.log(`| interactive with it | ${heavyLoad.interactive.toFixed(1)} |`);
console.log('\nLighthouse, mobile:', JSON.stringify(lighthouse));
console.log('Lighthouse, desktop:', JSON.stringify(lighthouseDesktop));

const floor = timing.floor.interactive.median;
const budgets = [
  ['widget total <= 150 KB gzip (aim 110)', sizes.total.gzip <= 150 * 1024, kb(sizes.total.gzip)],
  ['loader <= 2 KB gzip', sizes.loader.gzip <= 2048, `${sizes.loader.gzip} B`],
  ['interactive <= 1.5x wasm floor, 1x CPU', timing.app.interactive.median <= 1.5 * floor, `${timing.app.interactive.median} vs floor ${floor}`],
  ['interactive <= 230 ms, 4x CPU', timing.appThrottled.interactive.median <= 230, `${timing.appThrottled.interactive.median}`],
  ['wasm memory after load <= 0.5 MiB', timing.app.wasmMemory <= 512 * 1024, kb(timing.app.wasmMemory)],
  ['open a stage <= 8 ms (heavy)', median(openStage) <= 8, median(openStage).toFixed(1)],
  ['keystroke <= 4 ms (heavy)', median(keystroke) <= 4, median(keystroke).toFixed(1)],
  ['save <= 5 ms (heavy)', median(save) <= 5, median(save).toFixed(1)],
  ['load <= 20 ms (heavy)', heavyLoad.load <= 20, heavyLoad.load.toFixed(1)],
  ['Lighthouse 100 in all four (mobile)', ['performance', 'accessibility', 'best-practices', 'seo'].every((k) => lighthouse[k] === 100), JSON.stringify(lighthouse)],
];
console.log('\nBudgets');
for (const [name, ok, value] of budgets) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${value}`);
console.log(JSON.stringify({
  sizes, timing, heavy: { openStage: stats(openStage), keystroke: stats(keystroke), save: stats(save), load: stats(heavyLoads), interactive: heavyLoad.interactive, memory: heavyMemory },
  lighthouse, lighthouseDesktop, budgets: Object.fromEntries(budgets.map(([n, ok]) => [n, ok ? 'pass' : 'fail'])),
}));
