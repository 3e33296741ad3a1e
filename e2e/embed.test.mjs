// Embedding on a job board, across two origins: the widget's files on one,
// the host pages on another.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, expectNoAxeViolations, screenshot } from './helpers.mjs';
import { serveWidgetAndDemo } from '../scripts/serve.mjs';

let browser, servers;
before(async () => { browser = await launch(); servers = await serveWidgetAndDemo(0, 0); });
after(async () => {
  await browser?.close();
  for (const s of [servers?.widget, servers?.demo]) await new Promise((ok) => (s ? s.close(ok) : ok()));
});

const frameSelector = 'iframe[title^="Rebound"]';

test('iframe mode: cross-origin, prefilled through the fragment, resizing, deaf to other origins', async () => {
  const page = await newPage(browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${servers.demoUrl}job-board.html`);
  const iframe = page.locator(frameSelector);
  await iframe.waitFor();
  const src = await iframe.getAttribute('src');
  assert.ok(src.startsWith(servers.widgetUrl), 'served from the widget origin');
  assert.ok(!src.includes('?'), 'no query string');
  assert.match(src, /#embed=iframe&company=Acme&role=Backend%20Engineer&date=2026-11-20&namespace=careershub$/);
  assert.equal(await iframe.getAttribute('title'), 'Rebound: a private guide for after a job rejection');
  assert.match(await iframe.getAttribute('sandbox'), /^allow-scripts allow-same-origin/);

  const widget = page.frameLocator(frameSelector);
  // The prerendered first screen shows at once; the app takes it over.
  await widget.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
  await widget.getByRole('heading', { name: 'Not selected this time' }).waitFor();
  assert.equal(await widget.getByLabel('Company').inputValue(), 'Acme');
  assert.equal(await widget.getByLabel('Role').inputValue(), 'Backend Engineer');
  assert.equal(await widget.getByLabel('When the news came').inputValue(), '2026-11-20');
  const frame = page.frames().find((f) => f.url().startsWith(servers.widgetUrl));
  assert.ok(!/company|role|date=/.test(frame.url()), 'the prefill leaves the address once read');
  assert.ok(frame.url().endsWith('?embed=iframe&namespace=careershub#/'), `what a reload needs, and the screen's address: ${frame.url()}`);

  // The host page cannot read the widget's storage.
  const hostCanRead = await page.evaluate((sel) => {
    try { return String(document.querySelector(sel).contentWindow.localStorage.length); } catch (e) { return e.name; }
  }, frameSelector);
  assert.equal(hostCanRead, 'SecurityError');

  // The iframe takes its content's height.
  await page.waitForFunction((sel) => parseInt(document.querySelector(sel).style.height, 10) !== 720, frameSelector);
  const welcomeHeight = await iframe.evaluate((f) => parseInt(f.style.height, 10));
  await widget.getByRole('button', { name: 'Begin' }).click();
  await widget.getByRole('heading', { level: 1, name: 'Backend Engineer at Acme' }).waitFor();
  await page.waitForFunction(([sel, h]) => parseInt(document.querySelector(sel).style.height, 10) !== h, [frameSelector, welcomeHeight]);
  const hubHeight = await iframe.evaluate((f) => parseInt(f.style.height, 10));
  const contentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.equal(hubHeight, contentHeight, 'iframe height follows the content');

  // A height message from anyone but the widget is ignored.
  await page.evaluate(() => window.postMessage({ type: 'rebound:height', height: 5 }, '*'));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  assert.equal(await iframe.evaluate((f) => parseInt(f.style.height, 10)), hubHeight);

  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [servers.demoUrl.slice(0, -1), servers.widgetUrl.slice(0, -1)].sort(), 'no third-party requests');
  await expectNoAxeViolations(page, 'job board with the iframe widget');
  await screenshot(page, 'demo-job-board');
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, 'demo-job-board-phone');
  await page.context().close();
});

test('inline mode: styles do not cross the shadow boundary either way', async () => {
  // The same widget button on a plain page and on the aggressive job board.
  const plain = await newPage(browser);
  await plain.setContent(`<!doctype html><html lang="en"><head><title>plain</title></head><body><main><button id="host-button">A host button</button><div id="here"></div></main></body></html>`);
  await plain.addScriptTag({ url: `${servers.widgetUrl}embed.js`, type: 'text/javascript' }).catch(() => {});
  // addScriptTag has no currentScript data attributes: mount through the API instead.
  await plain.evaluate(() => window.Rebound.mount(document.getElementById('here'), { mode: 'inline', namespace: 'plain' }));
  const plainButton = plain.locator('.rebound-embed').locator('button.rb-button--primary');
  await plainButton.waitFor();
  const styleOf = (locator) => locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, background: s.backgroundColor, font: s.fontFamily, border: s.borderTopStyle, size: s.fontSize };
  });
  const widgetPlain = await styleOf(plainButton);
  const hostPlain = await styleOf(plain.locator('#host-button'));

  const page = await newPage(browser);
  await page.goto(`${servers.demoUrl}inline.html`);
  const button = page.locator('.rebound-embed').locator('button.rb-button--primary');
  await button.waitFor();
  assert.deepEqual(await styleOf(button), widgetPlain, "the host's CSS does not change the widget");
  assert.equal(await page.locator('.rebound-embed').evaluate((el) => !!el.shadowRoot), true, 'an open shadow root');
  assert.equal(await page.locator('.rebound-embed link[rel=stylesheet]').count(), 1, 'styles inside the shadow root');
  assert.equal(await page.locator('head link[href*="rebound"]').count(), 0, 'no widget styles in the host document');
  const hostWith = await styleOf(page.locator('#host-button'));
  assert.equal(hostWith.background, 'rgb(255, 105, 180)', "the host's own button keeps its hot pink");
  assert.notDeepEqual(hostWith, hostPlain);

  // Prefill, and storage under the widget's own namespace on the host's origin.
  assert.equal(await page.locator('.rebound-embed').getByLabel('Company').inputValue(), 'Globex');
  await button.click();
  await page.locator('.rebound-embed').getByRole('heading', { level: 1, name: 'Data Analyst at Globex' }).waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys.sort(), ['inline-demo:journal', 'inline-demo:journal:screen', 'inline-demo:journal:visit'], 'its journal, the screen it shows and the day of the visit');
  await expectNoAxeViolations(page, 'inline embed on the job board', '.rebound-embed');
  await screenshot(page, 'demo-inline');
  await plain.context().close();
  await page.context().close();
});

test('a strict-CSP host without wasm gets a link to the hosted page, not a broken box', async () => {
  const page = await newPage(browser);
  await page.goto(`${servers.demoUrl}strict-csp.html`);
  const link = page.locator('.rebound-embed').getByRole('link', { name: /^Rebound: a private guide/ });
  await link.waitFor();
  assert.equal(await link.getAttribute('href'), `${servers.widgetUrl}index.html`);
  await screenshot(page, 'demo-strict-csp');
  await page.context().close();
});

test('JS API: queued calls, two widgets with separate data, a custom element, and destroy()', async () => {
  const page = await newPage(browser);
  await page.goto(`${servers.demoUrl}api.html`);
  const a = page.locator('#widget-a');
  const b = page.locator('#widget-b');
  await a.getByLabel('Company').waitFor();
  assert.equal(await a.getByLabel('Company').inputValue(), 'Alpha Co', 'a call queued before the loader ran');
  assert.equal(await b.getByLabel('Company').inputValue(), 'Beta Co');
  await a.getByRole('button', { name: 'Begin' }).click();
  await a.getByRole('heading', { level: 1, name: 'Alpha Co' }).waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.ok(await b.getByRole('heading', { name: 'Not selected this time' }).isVisible(), 'widget B has its own data');
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['board-a:journal', 'board-a:journal:screen', 'board-a:journal:visit']);

  const custom = page.locator('rebound-widget');
  await custom.scrollIntoViewIfNeeded();
  await custom.getByLabel('Company').waitFor();
  assert.equal(await custom.getByLabel('Company').inputValue(), 'Gamma Co');
  assert.equal(await custom.locator('.rb-app').evaluate((el) => el.classList.contains('rb-theme-dark')), true);

  await page.evaluate(() => window.widgetA.destroy());
  assert.equal(await a.evaluate((el) => el.childElementCount), 0, 'destroy() removes everything it added');
  assert.ok(await b.getByLabel('Company').isVisible(), 'the other widget is untouched');
  await page.evaluate(() => document.querySelector('rebound-widget').remove());
  assert.equal(await page.locator('.rebound-embed').count(), 1, 'removing the custom element unmounts it');
  await screenshot(page, 'demo-api');
  await page.context().close();
});

test('odd embed attributes fall back with one warning each, and stay text', async () => {
  const page = await newPage(browser);
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.goto(`${servers.demoUrl}api.html`);
  await page.evaluate(() => {
    const el = document.createElement('div');
    el.id = 'odd';
    document.querySelector('main').prepend(el);
    window.Rebound.mount(el, {
      mode: 'inline', namespace: 'odd ns!', theme: 'neon', accent: 'javascript:alert(1)', date: 'tomorrow',
      company: '<img src=x onerror=alert(1)>', role: '"><script>alert(2)</script>',
    });
    window.Rebound.mount(el, { mode: 'popup' });
  });
  const odd = page.locator('#odd .rebound-embed').first();
  await odd.getByLabel('Company').waitFor();
  assert.equal(await odd.getByLabel('Company').inputValue(), '<img src=x onerror=alert(1)>');
  assert.equal(await odd.getByLabel('Role').inputValue(), '"><script>alert(2)</script>');
  assert.equal(await odd.locator('img, script').count(), 0);
  const ours = warnings.filter((w) => w.startsWith('Rebound:'));
  for (const key of ['namespace', 'theme', 'accent', 'date', 'mode']) {
    assert.equal(ours.filter((w) => w.includes(`ignoring ${key} "`)).length, 1, `one warning for ${key}`);
  }
  assert.equal(dialogs, 0, 'nothing executed');
  await page.context().close();
});

test('a board on another site, where Chromium blocks the frame: the first screen offers the own tab (axe, light and dark, desktop and phone)', async () => {
  // localhost and 127.0.0.1 are two sites: this is a real third-party frame.
  const board = servers.demoUrl.replace('127.0.0.1', 'localhost');
  for (const colorScheme of ['light', 'dark']) {
    const page = await newPage(browser, { colorScheme });
    await page.goto(`${board}job-board.html`);
    const widget = page.frameLocator(frameSelector);
    // The welcome first: one line on where notes live, one main action,
    // the rest one tap away; nothing that says otherwise.
    await widget.getByRole('heading', { level: 1, name: 'Not selected this time' }).waitFor();
    const line = widget.locator('.rb-notice__line');
    assert.equal(await line.textContent(), "This box cannot keep notes after you leave the page. Rebound's own tab keeps them.");
    const own = widget.getByRole('button', { name: "Continue in Rebound's own tab: your notes are kept there" });
    assert.equal(await own.getAttribute('class'), 'rb-button rb-button--primary', 'the main action');
    assert.equal(await widget.locator('.rb-notice details[open]').count(), 0, 'the full explanation is one tap away');
    assert.equal(await widget.getByRole('button', { name: 'Let Rebound keep notes here' }).count(), 0,
      'storage access is not offered where Chromium would refuse it');
    assert.doesNotMatch(await widget.locator('.rb-footer').textContent(), /stays in this browser/);
    assert.equal(await widget.getByLabel('Company').inputValue(), 'Acme', 'and the person can still start here');
    if (colorScheme === 'light') {
      // On a phone the welcome's heading is in the first view, not pushed down by a warning.
      await page.setViewportSize({ width: 375, height: 812 });
      // (Measured inside the widget: where the board puts it is the board's.)
      const heading = await widget.getByRole('heading', { level: 1 }).evaluate((h) => h.getBoundingClientRect().bottom);
      assert.ok(heading < 250, `the welcome's heading ends ${heading} px into the widget`);
      assert.doesNotMatch(await widget.locator('.rb-welcome').textContent(), /stays in this browser/, 'nothing that says otherwise');
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await expectNoAxeViolations(page, `blocked first screen, ${colorScheme}`, frameSelector);
    await screenshot(page, `embed-blocked-${colorScheme}`);
    const desktopHeight = await page.locator(frameSelector).evaluate((f) => f.style.height);
    await page.setViewportSize({ width: 375, height: 812 });
    // The narrower widget is taller: wait for the iframe to follow it.
    await page.waitForFunction(([sel, h]) => document.querySelector(sel).style.height !== h, [frameSelector, desktopHeight]);
    await expectNoAxeViolations(page, `blocked first screen, phone, ${colorScheme}`, frameSelector);
    await screenshot(page, `embed-blocked-phone-${colorScheme}`);
    // Back to a wide screen, the widget is shorter again and so is the iframe
    // (no blank box under it).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction(([sel, h]) => document.querySelector(sel).style.height === h, [frameSelector, desktopHeight]);
    await page.context().close();
  }
});
