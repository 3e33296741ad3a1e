// The first screen before any wasm, the takeover, repeat and offline visits,
// and updates (issue 14). The wasm is held back on purpose to open the
// window a slow phone has between the page and the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DIST, useBrowserAndSite, newPage, recordRejection, saved, expectNoAxeViolations, screenshot, expectNoErrors, nextBuild,
} from './helpers.mjs';
import { serve } from '../scripts/static-server.mjs';

const env = useBrowserAndSite();
const PHONE = { viewport: { width: 375, height: 740 } };
const LONG_URL = 'https://careers.example.com/jobs/senior-product-designer-remote-europe?utm_source=board&ref=1234567890';

/** Holds every request for the wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route('**/*_bg.wasm', async (route) => { await released; await route.continue(); });
  return release;
}

/** Another tab in `page`'s browser profile, its errors collected as newPage does. */
async function anotherTab(page) {
  const tab = await page.context().newPage();
  tab.errors = [];
  tab.on('pageerror', (e) => tab.errors.push(`pageerror: ${e.message}`));
  tab.on('console', (m) => { if (m.type() === 'error') tab.errors.push(`console: ${m.text()}`); });
  return tab;
}

const ready = (page) => page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });

test('the first screen paints from the page alone; the app takes it over and keeps what was typed', async () => {
  const page = await newPage(env.browser, PHONE);
  const release = await holdWasm(page);
  await page.goto(env.site.url);
  const headline = page.getByRole('heading', { level: 1, name: 'Not selected this time' });
  await headline.waitFor();
  assert.equal(await page.locator('[data-rebound-prerendered]').count(), 1, 'the prerendered screen');
  assert.equal(await page.locator('[data-rebound-ready]').count(), 0, 'the app has not started: its wasm is held back');
  assert.ok(await page.getByRole('button', { name: 'Begin' }).isVisible(), 'the form is there to fill in');
  await expectNoAxeViolations(page, 'prerendered first screen');
  await screenshot(page, 'first-screen-prerendered-phone');

  // A fast person starts before the app has arrived.
  await page.getByLabel('Company').fill('Acme typed early');
  await page.getByLabel('Role').fill('Designer');
  await page.getByLabel('How far the process went').selectOption('final_round');
  await page.getByLabel('Anything else you want').fill(LONG_URL);
  release();
  await ready(page);
  assert.equal(await page.locator('[data-rebound-prerendered]').count(), 0, 'taken over');
  assert.equal(await page.getByLabel('Company').inputValue(), 'Acme typed early');
  assert.equal(await page.getByLabel('Role').inputValue(), 'Designer');
  assert.equal(await page.getByLabel('How far the process went').inputValue(), 'final_round');
  assert.equal(await page.getByLabel('Anything else you want').inputValue(), LONG_URL);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'rb-notes', 'still in the field they were typing in');
  assert.equal(await page.locator('#rb-company').count(), 1, 'one form, not two');
  const noSideways = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  assert.ok(noSideways, 'no sideways scroll at 375 px');

  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('heading', { level: 1, name: 'Designer at Acme typed early' }).waitFor();
  const journal = JSON.parse(await saved(page));
  assert.equal(journal.data.rejections[0].details.notes, LONG_URL, 'saved with everything typed early');
  expectNoErrors(page);
});

test('Begin pressed before the app arrives is kept: the app records it when it takes over', async () => {
  const page = await newPage(env.browser, PHONE);
  const release = await holdWasm(page);
  await page.goto(env.site.url);
  await page.getByLabel('Company').fill('Quick Co');
  await page.getByRole('button', { name: 'Begin' }).click();
  assert.equal(new URL(page.url()).search, '', 'the form went nowhere');
  release();
  await page.getByRole('heading', { level: 1, name: 'Quick Co' }).waitFor();
  assert.match(await saved(page), /Quick Co/);
  expectNoErrors(page);
});

test('text too long to keep, typed before the app arrives, stays whole with the message and is not saved cut', async () => {
  const page = await newPage(env.browser, PHONE);
  const release = await holdWasm(page);
  await page.goto(env.site.url);
  const long = 'https://example.com/' + 'a-very-long-pasted-path/'.repeat(30);
  await page.getByLabel('Role').fill(long);
  release();
  await ready(page);
  assert.equal(await page.getByLabel('Role').inputValue(), long, 'kept whole');
  await page.getByRole('alert').filter({ hasText: `${[...long].length} characters` }).waitFor();
  await page.getByRole('button', { name: 'Begin' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'rb-role', 'Begin waits, and points at the field');
  assert.equal(await page.locator('.rb-hub').count(), 0, 'nothing recorded cut short');
  expectNoErrors(page);
});

test('a board\'s forced dark theme holds from the first paint through the takeover', async () => {
  const page = await newPage(env.browser, { ...PHONE, colorScheme: 'light' });
  const release = await holdWasm(page);
  await page.goto(`${env.site.url}#embed=iframe&theme=dark`);
  const background = () => page.locator('.rb-app').evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.locator('[data-rebound-prerendered]').waitFor();
  assert.equal(await background(), 'rgb(20, 23, 26)', 'dark before the wasm');
  release();
  await ready(page);
  assert.equal(await background(), 'rgb(20, 23, 26)', 'and after');
  expectNoErrors(page);
});

test('a language\'s own page is in its words before the wasm, and needs no catalog request', async () => {
  const page = await newPage(env.browser, PHONE);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const release = await holdWasm(page);
  await page.goto(`${env.site.url}es/`);
  await page.getByRole('heading', { level: 1, name: 'Esta vez no le han elegido' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.match(await page.title(), /Rebound/);
  assert.notEqual(await page.title(), 'Rebound · after a job rejection', 'the title is Spanish too');
  await screenshot(page, 'first-screen-prerendered-es-phone');
  release();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Esta vez no le han elegido' }).waitFor();
  assert.deepEqual(requests.filter((u) => u.includes('/i18n/')), [], 'the words came with the page');
  // The screens' chunks come later, when the browser is idle.
  const files = requests.filter((u) => !u.endsWith('.svg') && !u.endsWith('.png') && !u.includes('/chunk-'));
  assert.ok(files.length <= 6, `page, stylesheet, start.js, glue, link module, wasm: ${files.join(', ')}`);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.lang, 'es', 'the manifest this page links is the Spanish one');
  assert.equal(manifest.description, description, 'and describes Rebound in Spanish, as the page does');
  assert.ok(!/job rejection/.test(description), description);
  expectNoErrors(page);
});

test('a returning person never sees the welcome, not even before the app arrives', async () => {
  // No worker: it would serve the wasm past the hold.
  const page = await newPage(env.browser, { ...PHONE, serviceWorkers: 'block' });
  await page.goto(env.site.url);
  await recordRejection(page, { company: 'Acme', role: 'Designer' });
  await saved(page);

  // From the first frame on, note whether the welcome headline ever shows.
  await page.addInitScript(() => {
    window.welcomeShown = false;
    const look = () => {
      const headline = document.getElementById('rb-welcome-title');
      if (headline && headline.checkVisibility({ visibilityProperty: true })) window.welcomeShown = true;
      if (!document.querySelector('[data-rebound-ready]')) requestAnimationFrame(look);
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
    requestAnimationFrame(look);
  });
  for (const address of [env.site.url, `${env.site.url}?lang=de`]) {
    const release = await holdWasm(page);
    await page.goto(address);
    await page.locator('.rb-brand').waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.welcomeShown), false, `${address}: a neutral frame while the app loads`);
    assert.ok(await page.locator('.rb-brand').isVisible(), 'the frame itself shows');
    assert.equal(await page.locator('[data-rebound-ready]').count(), 0, 'still waiting for the wasm');
    await screenshot(page, address.includes('lang') ? 'first-screen-neutral-other-language' : 'first-screen-neutral-returning');
    release();
    await ready(page);
    await page.getByRole('heading', { level: 1, name: /Designer (at|bei) Acme/ }).waitFor();
    assert.equal(await page.evaluate(() => window.welcomeShown), false, `${address}: never the welcome`);
    await page.unrouteAll();
  }
  expectNoErrors(page);
});

test('a first visit downloads each file once, the worker included, and nothing of another language; after it the page opens with no network at all', async () => {
  const server = await serve(DIST, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  // What the server sent in full (a 304 sends no body), by path.
  const downloads = [];
  server.on('request', (req, res) => res.on('finish', () => { if (res.statusCode === 200) downloads.push(req.url.split('?')[0]); }));
  try {
    const page = await newPage(env.browser, PHONE);
    await page.goto(url);
    await ready(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
    const twice = downloads.filter((path, i) => downloads.indexOf(path) !== i);
    assert.deepEqual(twice, [], `downloaded twice: ${twice.join(', ')} (all: ${downloads.join(', ')})`);
    const otherLanguage = downloads.filter((path) => /^\/(es|de)\/|\/i18n\/(es|de)\.json/.test(path));
    assert.deepEqual(otherLanguage, [], 'no other language\'s page or catalog');
    assert.equal(downloads.filter((path) => path.endsWith('_bg.wasm')).length, 1, 'the main wasm once');
    // The screens' chunks, prefetched once the browser is idle: each once.
    const chunks = readdirSync(DIST).filter((f) => /^chunk-.*\.wasm$/.test(f));
    await page.waitForFunction((count) => performance.getEntriesByType('resource')
      .filter((e) => /\/chunk-[^/]*\.wasm$/.test(e.name)).length >= count, chunks.length, { timeout: 20000 });
    const chunkDownloads = downloads.filter((path) => path.includes('/chunk-'));
    assert.equal(chunkDownloads.length, chunks.length, `each chunk once: ${chunkDownloads.join(', ')}`);

    const fromNetwork = [];
    page.on('response', (r) => { if (!r.fromServiceWorker() && r.url().startsWith(url)) fromNetwork.push(r.url()); });
    await page.reload();
    await ready(page);
    assert.deepEqual(fromNetwork.filter((u) => !u.endsWith('/sw.js')), [], 'a repeat visit is served from the worker');
    // Another language's page, opened once, is kept too.
    await page.goto(`${url}es/`);
    await ready(page);

    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
    for (const address of [url, `${url}es/`, `${url}?namespace=offline-test`]) {
      await page.goto(address);
      await ready(page);
    }
    await page.goto(url);
    await ready(page);
    await recordRejection(page, { company: 'Offline Co' });
    // Every screen opens offline: the chunks came on the first visit.
    for (const [address, heading] of [['#/insights', 'Insights'], ['#/data', 'Your data'],
      ['#/stage/2/all', 'Seek feedback'], ['#/stage/3/all', 'Reflect and evaluate'],
      ['#/stage/4/all', 'Turn it into opportunity'], ['#/stage/5/all', 'Keep searching']]) {
      await page.goto(url + address);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.rb-lazy > :not(.rb-opening):not(.rb-chunk-failed)').first().waitFor();
      assert.equal(await page.locator('.rb-chunk-failed').count(), 0, `${address} opens offline`);
    }
    expectNoErrors(page);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('a new build is picked up on a later visit, and no page ever mixes two builds', async () => {
  const work = mkdtempSync(join(tmpdir(), 'rebound-update-'));
  const live = join(work, 'live');
  cpSync(DIST, live, { recursive: true });
  const { old, next } = nextBuild(DIST, join(work, 'next'));
  const server = await serve(live, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const buildOf = (page) => page.locator('meta[name="rebound-build"]').getAttribute('content');
  // Every file a page loaded carries its build's hashes, never the other's.
  const loadedFrom = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  try {
    const first = await newPage(env.browser, PHONE);
    await first.goto(url);
    await ready(first);
    await first.waitForFunction(() => !!navigator.serviceWorker.controller);
    assert.equal(await buildOf(first), old);

    // The new build is deployed while the first page stays open.
    rmSync(live, { recursive: true });
    renameSync(join(work, 'next'), live);
    const second = await anotherTab(first);
    await second.goto(url);
    await ready(second);
    assert.equal(await buildOf(second), old, 'this visit is still whole: the old build, from the worker');
    // The new build's worker fills its cache, then takes over the open
    // pages (clients.claim): their controller changes.
    await second.evaluate(async () => {
      const changed = new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      await (await navigator.serviceWorker.getRegistration()).update();
      await changed;
    });
    assert.ok(await second.evaluate((next) => caches.open(`rebound-${next}`).then((c) => c.match('./')).then(Boolean), next),
      'the new build is cached whole');

    // The page opened on the old build keeps working on it: a language
    // switch fetches its words through the new worker.
    await first.getByLabel('Language').selectOption('de');
    await first.getByRole('heading', { level: 1, name: 'Diesmal hat es nicht geklappt' }).waitFor();

    const third = await anotherTab(first);
    await third.goto(url);
    await ready(third);
    assert.equal(await buildOf(third), next, 'the next visit is the new build');
    const nextHashes = (await loadedFrom(third)).filter((u) => /[0-9a-f]{16}/.test(u));
    assert.ok(nextHashes.length >= 3, `stylesheet, start.js, glue: ${nextHashes}`);
    const oldPage = readFileSync(join(DIST, 'index.html'), 'utf8');
    for (const u of nextHashes) assert.ok(!oldPage.includes(u.slice(url.length)), `${u} is the new build's`);
    for (const page of [first, second, third]) expectNoErrors(page);
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
});
