// `make bench` (after bench.mjs): the passphrase lock's figures (issue 29).
// - Unlock: from pressing Unlock to the stages list drawn (PBKDF2 600,000 +
//   unwrap + decrypt + reading the journal + first render), with the heavy
//   dataset, at 4x CPU (Chromium's throttling; WebCrypto's own threads are
//   not slowed, the page's work is).
// - One save with the lock on (serialize, encrypt, base64, write) against
//   the same save without it, heavy dataset, 1x and 4x CPU.
// - Bytes: the main wasm and the lock's chunk, gzip -9, against another
//   build's dist/ (BEFORE_DIST, e.g. the commit before the lock) when given.
// Prints a table and the budgets as PASS or FAIL; never fails the build.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { launch } from '../e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { heavyJournal } from './heavy.mjs';

const DIST = process.env.BENCH_DIST || 'dist';
const BEFORE = process.env.BEFORE_DIST || '';
const RUNS = Number(process.env.BENCH_RUNS || 9);
const PASSPHRASE = 'correct horse battery staple';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stats = (xs) => ({ median: +median(xs).toFixed(1), min: +Math.min(...xs).toFixed(1), max: +Math.max(...xs).toFixed(1) });
const ms = (s) => `${s.median} (${s.min}–${s.max})`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const gzipOf = (dir, re) => readdirSync(dir).filter((f) => re.test(f))
  .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
const wasmBytes = (dir) => ({
  main: gzipOf(dir, /_bg\.wasm$/),
  lock: gzipOf(dir, /^chunk-lock-screen-[0-9a-f]+\.wasm$/),
  chunks: gzipOf(dir, /^chunk-.*\.wasm$/),
});
const now = wasmBytes(DIST);
const before = BEFORE && existsSync(BEFORE) ? wasmBytes(BEFORE) : null;

const server = await serve(DIST, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const heavyText = JSON.stringify(heavyJournal());

/** A page with the heavy dataset stored (plain), the app ready. */
async function heavyPage() {
  const context = await browser.newContext();
  await context.addInitScript((text) => { if (!localStorage.getItem('rebound:journal')) localStorage.setItem('rebound:journal', text); }, heavyText);
  const page = await context.newPage();
  await page.goto(base + 'index.html#/');
  await page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
  return { context, page, cdp: await context.newCDPSession(page) };
}

async function setLock(page) {
  await page.goto(base + 'index.html#/data');
  await page.getByRole('button', { name: 'Lock Rebound with a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('The same passphrase again').fill(PASSPHRASE);
  await page.getByLabel('Make a recovery key too').uncheck();
  await page.getByRole('button', { name: 'Lock my notes' }).click();
  await page.waitForFunction(() => (localStorage.getItem('rebound:journal') || '').includes('"ciphertext"'), null, { timeout: 60000 });
  await page.goto(base + 'index.html#/');
}

/** Reload (locked), then time Unlock → the stages list's heading. */
async function timeUnlock(page, cdp, throttle) {
  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  const took = await page.evaluate(() => new Promise((done) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Unlock');
    const start = performance.now();
    const check = () => {
      const h1 = document.querySelector('.rb-hub h1');
      if (h1) done(performance.now() - start); else requestAnimationFrame(check);
    };
    button.click();
    requestAnimationFrame(check);
  }));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return took;
}

/** Types into stage 3's first field and times each save (pagehide), ms. */
async function timeSaves(page, cdp, throttle) {
  await page.goto(base + 'index.html#/stage/3/all');
  await page.waitForSelector('#rb-went-well', { timeout: 60000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const saves = [];
  for (let i = 0; i < RUNS; i++) {
    saves.push(await page.evaluate(async (i) => {
      const count = performance.getEntriesByName('rebound-save').length;
      const field = document.getElementById('rb-went-well');
      field.value += String.fromCharCode(97 + (i % 26));
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      dispatchEvent(new Event('pagehide'));
      for (let t = 0; t < 400 && performance.getEntriesByName('rebound-save').length === count; t++) {
        await new Promise((r) => setTimeout(r, 10));
      }
      const all = performance.getEntriesByName('rebound-save');
      return all.length > count ? all[all.length - 1].duration : NaN;
    }, i));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return stats(saves.filter((s) => !Number.isNaN(s)));
}

const plain = await heavyPage();
const savePlain = { one: await timeSaves(plain.page, plain.cdp, 1), four: await timeSaves(plain.page, plain.cdp, 4) };
await plain.context.close();

const locked = await heavyPage();
await setLock(locked.page);
const unlocks = { one: [], four: [] };
for (let i = 0; i < RUNS; i++) unlocks.four.push(await timeUnlock(locked.page, locked.cdp, 4));
for (let i = 0; i < RUNS; i++) unlocks.one.push(await timeUnlock(locked.page, locked.cdp, 1));
const saveLocked = { one: await timeSaves(locked.page, locked.cdp, 1), four: await timeSaves(locked.page, locked.cdp, 4) };
const storedChars = await locked.page.evaluate(() => localStorage.getItem('rebound:journal').length);
await locked.context.close();
await browser.close();
server.close();

const unlock = { one: stats(unlocks.one), four: stats(unlocks.four) };
console.log(`\nThe passphrase lock, heavy dataset (${kb(heavyText.length)} of JSON; locked: ${kb(storedChars)} stored), ${RUNS} runs, ms: median (min–max)`);
console.log('| action | 1x CPU | 4x CPU |\n|---|---|---|');
console.log(`| unlock (PBKDF2 600,000 + unwrap + decrypt + first render) | ${ms(unlock.one)} | ${ms(unlock.four)} |`);
console.log(`| one save, no lock | ${ms(savePlain.one)} | ${ms(savePlain.four)} |`);
console.log(`| one save, locked (serialize, encrypt, base64, write) | ${ms(saveLocked.one)} | ${ms(saveLocked.four)} |`);
console.log('\n| wasm, gzip -9 | this build | before |\n|---|---|---|');
console.log(`| main module | ${kb(now.main)} | ${before ? kb(before.main) : '–'} |`);
console.log(`| lock screen's chunk | ${kb(now.lock)} | ${before ? kb(before.lock) : '–'} |`);
console.log(`| all chunks | ${kb(now.chunks)} | ${before ? kb(before.chunks) : '–'} |`);
const ratio = (a, b) => a.median / b.median;
const budgets = [
  ['unlock <= 1 s at 4x CPU, heavy', unlock.four.median <= 1000, `${unlock.four.median} ms`],
  ['a locked save <= 1.5x the plain one, 1x CPU', ratio(saveLocked.one, savePlain.one) <= 1.5, `${ratio(saveLocked.one, savePlain.one).toFixed(2)}x (${saveLocked.one.median} vs ${savePlain.one.median} ms)`],
  ['a locked save <= 1.5x the plain one, 4x CPU', ratio(saveLocked.four, savePlain.four) <= 1.5, `${ratio(saveLocked.four, savePlain.four).toFixed(2)}x (${saveLocked.four.median} vs ${savePlain.four.median} ms)`],
];
if (before) {
  const grew = (now.main + now.chunks) - (before.main + before.chunks);
  budgets.push(['all wasm grows <= 15 KB gzip', grew <= 15 * 1024, `${kb(grew)} (main ${kb(now.main - before.main)}, chunks ${kb(now.chunks - before.chunks)})`]);
  budgets.push(['the first screen\'s wasm grows by nothing', now.main <= before.main, `main module ${kb(now.main - before.main)}`]);
}
console.log('\nBudgets (lock)');
for (const [name, ok, value] of budgets) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${value}`);
console.log(JSON.stringify({ lock: { unlock, savePlain, saveLocked, wasm: { now, before }, storedChars } }));
