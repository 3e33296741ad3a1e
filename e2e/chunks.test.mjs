// Screens whose code arrives when they are opened (issue 26, src/lazy.rs):
// the first download holds the first screens; Insights, "Your data" and the
// tools of stages 2 to 5 come in chunks, fetched when opened or once the
// browser is idle after the takeover, each once; a chunk that does not
// arrive says so, offers a retry, and loses nothing typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, useBrowserAndSite, newPage, recordRejection, expectNoErrors, expectNoAxeViolations, screenshot } from './helpers.mjs';
import { serve } from '../scripts/static-server.mjs';

const env = useBrowserAndSite();
const CHUNKS = readdirSync(DIST).filter((f) => /^chunk-.*\.wasm$/.test(f));
const SCREEN_CHUNKS = CHUNKS.filter((f) => !f.startsWith('chunk-shared-'));

/** dist/ on a port of its own, with every full download (a 200) by path. */
async function countedSite() {
  const server = await serve(DIST, 0);
  const downloads = [];
  server.on('request', (req, res) => res.on('finish', () => { if (res.statusCode === 200) downloads.push(req.url.split('?')[0].slice(1)); }));
  return { url: `http://127.0.0.1:${server.address().port}/`, downloads, close: () => { server.closeAllConnections(); server.close(); } };
}

/** When the app took over, and when each chunk was asked for (ms from navigation). */
function timings(page) {
  return page.evaluate(() => ({
    ready: performance.getEntriesByName('rebound-interactive')[0]?.startTime,
    chunks: performance.getEntriesByType('resource')
      .filter((e) => /\/chunk-[^/]*\.wasm$/.test(e.name))
      .map((e) => ({ file: e.name.split('/').pop(), start: e.startTime })),
  }));
}

test('the build: every chunk the link module names is shipped and kept by the service worker, and nothing else', () => {
  const link = readdirSync(DIST).find((f) => /^rebound-split-[0-9a-f]{16}\.js$/.test(f));
  assert.ok(link, 'one link module');
  const named = [...readFileSync(join(DIST, link), 'utf8').matchAll(/chunk-[a-z0-9-]+-[0-9a-f]{16}\.wasm/g)].map((m) => m[0]);
  assert.deepEqual([...new Set(named)].sort(), [...CHUNKS].sort(), 'the link module names exactly the chunks in dist/');
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  for (const chunk of CHUNKS) assert.ok(sw.includes(chunk), `sw.js keeps ${chunk}`);
  assert.deepEqual(SCREEN_CHUNKS.map((f) => f.replace(/-[0-9a-f]{16}\.wasm$/, '')).sort(),
    ['chunk-feedback', 'chunk-insights', 'chunk-lock-screen', 'chunk-opportunity', 'chunk-reflect', 'chunk-search', 'chunk-your-data']);
  // One main wasm, and the page preloads its glue and the link module.
  assert.equal(readdirSync(DIST).filter((f) => /_bg\.wasm$/.test(f)).length, 1);
  const page = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(page, new RegExp(`<link rel="modulepreload" href="\\./${link}">`));
});

test('a first visit fetches no chunk before the app has taken over, then each chunk once; opening Insights then waits on nothing', async () => {
  const site = await countedSite();
  try {
    const page = await newPage(env.browser);
    await page.goto(site.url);
    await page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
    await recordRejection(page, { company: 'Acme' });
    // The idle prefetch: every chunk arrives without any screen opened.
    await page.waitForFunction((count) => performance.getEntriesByType('resource')
      .filter((e) => /\/chunk-[^/]*\.wasm$/.test(e.name)).length >= count, CHUNKS.length, { timeout: 20000 });
    const { ready, chunks } = await timings(page);
    assert.ok(Number.isFinite(ready), 'the takeover is marked');
    const early = chunks.filter((c) => c.start < ready);
    assert.deepEqual(early, [], 'no chunk asked for before the takeover');

    await page.getByRole('link', { name: 'Insights', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    assert.equal(await page.locator('.rb-opening').count(), 0, 'no "opening" line: the chunk was here');
    const twice = site.downloads.filter((path, i) => site.downloads.indexOf(path) !== i);
    assert.deepEqual(twice, [], `downloaded twice: ${twice.join(', ')}`);
    for (const chunk of CHUNKS) assert.equal(site.downloads.filter((p) => p === chunk).length, 1, `${chunk} once`);
    expectNoErrors(page);
    await page.context().close();
  } finally {
    site.close();
  }
});

test('a screen opened straight away fetches its own chunk at once, and the prefetch does not fetch it again', async () => {
  const site = await countedSite();
  try {
    const page = await newPage(env.browser);
    await page.goto(site.url);
    await recordRejection(page, { company: 'Initech' });
    await page.context().clearCookies();
    // A new tab, straight onto Insights: its chunk comes first.
    const tab = await page.context().newPage();
    tab.errors = [];
    tab.on('pageerror', (e) => tab.errors.push(e.message));
    await tab.goto(`${site.url}#/insights`);
    await tab.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    await tab.waitForFunction((count) => performance.getEntriesByType('resource')
      .filter((e) => /\/chunk-[^/]*\.wasm$/.test(e.name)).length >= count, CHUNKS.length, { timeout: 20000 }).catch(() => {});
    const insights = SCREEN_CHUNKS.find((f) => f.startsWith('chunk-insights-'));
    assert.equal(site.downloads.filter((p) => p === insights).length, 1, 'the Insights chunk once');
    assert.deepEqual(tab.errors, []);
    await page.context().close();
  } finally {
    site.close();
  }
});

test('a chunk that does not arrive says so in one sentence with a retry; nothing typed is lost, and the retry opens it', async () => {
  // Without the service worker: its own fetches would not meet the blocked route.
  const page = await newPage(env.browser, { serviceWorkers: 'block', viewport: { width: 375, height: 740 } });
  let blocked = true;
  await page.route('**/chunk-feedback-*.wasm', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  // The failed fetch is reported by the browser and by the link module: expected here.
  const expected = /chunk-feedback|Failed to fetch|net::ERR_INTERNET_DISCONNECTED|WebAssembly/;
  await page.goto(env.site.url);
  await recordRejection(page, { company: 'Globex' });
  await page.goto(`${env.site.url}#/stage/1/thank-you`);
  const note = page.locator('#rb-thanks-body');
  await note.waitFor();
  await note.fill('Thank you for the conversation about the analyst role.');
  await page.goto(`${env.site.url}#/stage/2/request`);
  const alert = page.getByRole('alert').filter({ hasText: 'This part of Rebound did not arrive' });
  await alert.waitFor();
  await expectNoAxeViolations(page, 'a chunk that did not arrive');
  await screenshot(page, 'chunk-failed-phone');
  await page.getByRole('button', { name: 'Try again' }).click();
  await alert.waitFor();
  // Pressed by keyboard, the retry keeps focus on itself when it fails again.
  await page.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  await alert.waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Try again');
  blocked = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await alert.waitFor({ state: 'detached' });
  // The feedback tool itself, once its chunk has arrived.
  await page.locator('.rb-step__tool textarea, .rb-step__tool input').first().waitFor();
  await page.goto(`${env.site.url}#/stage/1/thank-you`);
  assert.equal(await page.locator('#rb-thanks-body').inputValue(), 'Thank you for the conversation about the analyst role.');
  assert.deepEqual(page.errors.filter((e) => !expected.test(e)), []);
  await page.context().close();
});
