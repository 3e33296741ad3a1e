// Rebound hosted for real (issue 30): dist/ served by Debian's nginx and
// Caddy with the configurations in deploy/, as a person or a board meets it;
// the hosted page refuses every frame, the widget's frame.html none
// (issue 32).
// Also the header check (`make check-host`): it passes against both, and
// against a server left at its defaults it names each problem.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, newPage, recordRejection, expectNoErrors, nextBuild } from './helpers.mjs';
import { startNginx, startCaddy, startPlain } from './hosts.mjs';
import { checkHost } from '../scripts/check-host.mjs';
import { serve } from '../scripts/static-server.mjs';

let browser;
let nginx;
before(async () => { browser = await launch(); nginx = await startNginx(DIST); });
after(async () => { await browser?.close(); await nginx?.stop(); });

const ready = (page) => page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });

test('the header check passes against nginx and Caddy with the shipped configurations, and names what a server left at its defaults gets wrong', async () => {
  assert.deepEqual(await checkHost(nginx.url), [], 'nginx');
  const caddy = await startCaddy(DIST);
  try {
    assert.deepEqual(await checkHost(caddy.url), [], 'Caddy');
  } finally {
    await caddy.stop();
  }
  const plain = await startPlain(DIST);
  try {
    const problems = (await checkHost(plain.url)).join('\n');
    for (const expected of [
      /the page has no Cache-Control: .*an update reaches people late/,
      /no Content-Security-Policy header: .*cannot carry frame-ancestors.*under a decoy/,
      /the wasm is sent uncompressed/,
      /the wasm's name carries its content's hash, yet it is not cached for long/,
      /the wasm has no Access-Control-Allow-Origin: the inline widget/,
      /sw\.js has no Cache-Control: .*an update reaches people late/,
      /embed\.js has no Cache-Control: .*files the update removed/,
      /the catalogs have no Access-Control-Allow-Origin/,
      /folders are listed/,
    ]) assert.match(problems, expected);
  } finally {
    await plain.stop();
  }
});

test('nginx: a first visit, a repeat visit through the service worker with no network, and every screen offline', async () => {
  const server = await startNginx(DIST);
  try {
    const page = await newPage(browser, { viewport: { width: 375, height: 740 } });
    await page.goto(server.url);
    await ready(page);
    await recordRejection(page, { company: 'Hosted Co' });
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20000 });
    const fromNetwork = [];
    page.on('response', (r) => { if (!r.fromServiceWorker() && r.url().startsWith(server.url)) fromNetwork.push(r.url()); });
    await page.reload();
    await ready(page);
    assert.deepEqual(fromNetwork.filter((u) => !u.endsWith('/sw.js')), [], 'a repeat visit is served by the worker');
    await server.stop();
    for (const [address, heading] of [['#/insights', 'Insights'], ['#/data', 'Your data'], ['#/stage/3/all', 'Reflect and evaluate']]) {
      await page.goto(server.url + address);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.rb-lazy > :not(.rb-opening):not(.rb-chunk-failed)').first().waitFor();
    }
    expectNoErrors(page);
    await page.context().close();
  } finally {
    await server.stop();
  }
});

test('nginx: a new build deployed over the old one reaches the next visit whole', async () => {
  const work = mkdtempSync(join(tmpdir(), 'rebound-nginx-update-'));
  const live = join(work, 'live');
  cpSync(DIST, live, { recursive: true });
  const { old, next } = nextBuild(DIST, join(work, 'next'));
  const server = await startNginx(live);
  const buildOf = (page) => page.locator('meta[name="rebound-build"]').getAttribute('content');
  try {
    const first = await newPage(browser);
    await first.goto(server.url);
    await ready(first);
    await first.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20000 });
    assert.equal(await buildOf(first), old);
    // The deploy: the folder's content replaced while the page is open.
    rmSync(live, { recursive: true });
    renameSync(join(work, 'next'), live);
    await first.evaluate(async () => {
      const changed = new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      await (await navigator.serviceWorker.getRegistration()).update();
      await changed;
    });
    const second = await first.context().newPage();
    await second.goto(server.url);
    await ready(second);
    assert.equal(await buildOf(second), next, 'the next visit is the new build');
    const loaded = await second.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.ok(!loaded.some((u) => u.includes(old)), 'nothing of the old build');
    expectNoErrors(first);
    await first.context().close();
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
});

test('nginx: a board on another site embeds the widget, in a frame and inline (CORS), and the inline widget opens a screen from a chunk', async () => {
  // The board at localhost, the widget on nginx at 127.0.0.1: two sites.
  const board = await serve('demo', 0, '127.0.0.1', {}, { '{{WIDGET}}': nginx.url, '{{WIDGET_ORIGIN}}': nginx.url.slice(0, -1) });
  const boardUrl = `http://localhost:${board.address().port}/`;
  try {
    const page = await newPage(browser);
    await page.goto(`${boardUrl}job-board.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
    await frame.getByRole('heading', { level: 1 }).first().waitFor();
    assert.match(await page.locator('iframe').getAttribute('src'), /\/frame\.html#embed=iframe/);
    // The hosted page itself, framed by that board (as a decoy would):
    // refused by its frame-ancestors 'none'.
    await page.evaluate((src) => new Promise((ok) => {
      const f = document.createElement('iframe');
      f.id = 'hosted-framed';
      f.onload = ok;
      f.src = src;
      document.body.append(f);
    }), `${nginx.url}index.html#/data`);
    const hosted = await (await page.$('#hosted-framed')).contentFrame();
    assert.ok(!hosted.url().startsWith(nginx.url), `the hosted page is not shown in another site's frame (${hosted.url()})`);
    page.errors = page.errors.filter((e) => !/frame-ancestors|Refused to frame|Refused to display/.test(e));

    await page.goto(`${boardUrl}inline.html`);
    const widget = page.locator('.rebound-embed');
    await widget.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
    await widget.getByRole('button', { name: /^(Begin|Record it)$/ }).click();
    await widget.getByRole('link', { name: 'Insights', exact: true }).first().click();
    await widget.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    await widget.locator('.rb-lazy > :not(.rb-opening):not(.rb-chunk-failed)').first().waitFor();
    expectNoErrors(page);
    await page.context().close();
  } finally {
    board.closeAllConnections();
    board.close();
  }
});
