// Every text field gets XSS payloads; none may execute, none may become markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  useBrowserAndSite, newPage, openApp, recordRejection, openStage, saved } from './helpers.mjs';

const env = useBrowserAndSite();

const PAYLOADS = [
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  'javascript:window.__xss=(window.__xss||0)+1',
  '<svg onload="window.__xss=(window.__xss||0)+1"><script>window.__xss=1</script></svg>',
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#60;i&#62;',
  '"><iframe src="javascript:window.top.__xss=1"></iframe>',
];

/** Fills every empty text field that is showing with the next payload. */
async function fillAll(page, counter) {
  const fields = page.locator('.rb-app input[type="text"], .rb-app input[type="email"], .rb-app input[type="url"], .rb-app textarea');
  const n = await fields.count();
  for (let i = 0; i < n; i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible()) || (await field.inputValue()) !== '') continue;
    await field.fill(PAYLOADS[counter.i++ % PAYLOADS.length]);
  }
}

async function openEveryEditor(page, counter) {
  for (const add of ['Add a strength', 'Add something to improve', 'Add what someone said', 'Add a step', 'Add a lesson',
    'Add an achievement', 'Reframe a thought', 'Add a contact', 'Add an event or association', 'Add a lead', "Add something I'm open to"]) {
    const button = page.getByRole('button', { name: add, exact: true });
    if (await button.count() === 0) continue;
    await button.click();
    await fillAll(page, counter);
    await page.locator('.rb-draft').getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.rb-draft').waitFor({ state: 'detached', timeout: 3000 }).catch(async (e) => {
      throw new Error(`${add}: ${await page.locator('.rb-draft').innerText()}`);
    });
  }
}

test('XSS payloads in every text field never execute and never become markup', async () => {
  const page = await newPage(env.browser);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await openApp(page, env.site.url);
  const counter = { i: 0 };
  await page.getByLabel('Company').fill(PAYLOADS[1]);
  await page.getByLabel('Role').fill(PAYLOADS[0]);
  await page.getByLabel('Anything else you want to remember').fill(PAYLOADS[3]);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('.rb-hub h1').waitFor();
  assert.equal(await page.locator('.rb-hub h1').textContent(), `${PAYLOADS[0]} at ${PAYLOADS[1]}`);

  for (const stage of ['Process the emotions', 'Seek feedback', 'Reflect and evaluate', 'Turn it into opportunity', 'Keep searching']) {
    await openStage(page, stage);
    await fillAll(page, counter);
    for (const save of ['Save check-in', 'Add to my circle', 'Save this feedback', 'Add these requirements']) {
      const button = page.getByRole('button', { name: save, exact: true });
      if (await button.count()) await button.click();
    }
    await openEveryEditor(page, counter);
  }
  assert.ok(counter.i > 40, `payloads went into ${counter.i} fields`);

  // Nothing turned into markup inside the app...
  const app = page.locator('.rb-app');
  assert.equal(await app.locator('script, iframe, img, b, i').count(), 0);
  assert.equal(await app.locator('svg').count(), 0, 'no SVG outside the insights chart');
  assert.equal(await app.locator('[onerror], [onload]').count(), 0);
  // ...no link points anywhere but http(s), mailto or one of the app's own
  // screens (a fixed address, never built from what was typed)...
  const hrefs = await app.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) assert.match(href, /^(https?:|mailto:|tel:\d+$|#\/([a-z0-9-]+\/?)*$)/, href);
  // ...and the text shows exactly as typed, entities included.
  await openStage(page, 'Keep searching');
  await page.getByText('&lt;b&gt;entity&lt;/b&gt; &amp; &#60;i&#62;').first().waitFor();

  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
  assert.equal(await app.locator('script, iframe, img').count(), 0);
  await saved(page);
  await page.reload();
  // A reload stays on the screen it was on.
  await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
  await page.getByRole('link', { name: 'All stages', exact: true }).click();
  await page.locator('.rb-hub h1').waitFor();
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
  assert.equal(dialogs, 0);
  await page.context().close();
});

test('framed by a page on the same site at #/data: nothing deletes or replaces, only the way to the own tab', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Keep Co' });
  await saved(page);
  // An attacker's page on the same origin frames "Your data" (the worst case:
  // same site, so the frame has the journal).
  await page.goto(`${env.site.url}embed.js`);
  await page.evaluate((url) => {
    document.body.innerHTML = `<iframe src="${url}index.html?embed=iframe#/data" style="width:900px;height:900px"></iframe>`;
  }, env.site.url);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  assert.equal(await frame.getByRole('button', { name: 'Delete all my data' }).count(), 0);
  const own = frame.getByRole('link', { name: 'Open Rebound in its own tab' });
  assert.equal(await own.getAttribute('target'), '_blank');
  assert.match(await own.getAttribute('href'), /\/index\.html#\/data$/);
  // Top-level, the same screen offers delete.
  await page.goto(`${env.site.url}#/data`);
  await page.getByRole('button', { name: 'Delete all my data' }).waitFor();
  assert.match(await page.evaluate(() => localStorage.getItem('rebound:journal')), /Keep Co/);
  await page.context().close();
});

test('"Delete all my data" on the hosted page removes every namespace, and nothing of the host', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Gone Co' });
  await saved(page);
  await page.evaluate(() => {
    // What a board's hand-over leaves behind, a stray probe, and a key that is not Rebound's.
    localStorage.setItem('careershub:journal', '{"app":"rebound"}');
    localStorage.setItem('careershub:journal:screen', '/');
    localStorage.setItem('careershub:probe', '1');
    localStorage.setItem('rebound:journal:backup:1', '{}');
    localStorage.setItem('site-theme', 'dark');
  });
  await page.goto(`${env.site.url}#/data`);
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByRole('heading', { level: 1, name: 'Not selected this time' }).waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).sort()), ['site-theme']);
  await page.context().close();
});

test('a crafted accent in a link to the hosted page changes nothing: only a board colours its widget, and only with a colour', async () => {
  const look = async (address) => {
    const page = await newPage(env.browser);
    await page.goto(address);
    await page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
    const begin = page.getByRole('button', { name: 'Begin' });
    const style = await begin.evaluate((b) => {
      const s = getComputedStyle(b);
      return { background: s.backgroundColor, image: s.backgroundImage };
    });
    await page.context().close();
    return style;
  };
  const plain = await look(env.site.url);
  const svg = encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"><text y="20">Call +1-900-555-0100</text></svg>');
  const crafted = await look(`${env.site.url}#accent=${encodeURIComponent(`var(--none,url("data:image/svg+xml,${svg}"))`)}`);
  assert.deepEqual(crafted, plain, 'the default colour, no picture');
  const red = await look(`${env.site.url}#accent=red`);
  assert.deepEqual(red, plain, 'no board, no accent on the hosted page');
  // In a board's frame a real colour is used, as the browser computes it.
  const framed = await newPage(env.browser);
  await framed.goto(`${env.site.url}embed.js`);
  await framed.evaluate((url) => {
    document.body.innerHTML = `<iframe src="${url}index.html?embed=iframe#accent=rgb(200%20200%20200)" style="width:900px;height:900px"></iframe>`;
  }, env.site.url);
  const frame = framed.frameLocator('iframe');
  // After the takeover: the prerendered first screen has no accent yet.
  await frame.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
  const accent = await frame.locator('.rb-app').evaluate((app) => app.style.getPropertyValue('--rb-accent'));
  assert.equal(accent, 'rgb(200, 200, 200)');
  await framed.context().close();
});

test('the words in each page are data with every "<" escaped, and read back whole', async () => {
  for (const [path, lang] of [['index.html', 'en'], ['es/index.html', 'es'], ['de/index.html', 'de']]) {
    const html = await (await fetch(`${env.site.url}${path}`)).text();
    const words = html.match(/<script type="application\/json" id="rebound-words">([\s\S]*?)<\/script>/)[1];
    assert.ok(!words.includes('<'), `${path}: no "<" inside the words`);
    const catalog = JSON.parse(readFileSync(new URL(`../i18n/${lang}.json`, import.meta.url), 'utf8'));
    assert.deepEqual(JSON.parse(words), catalog, `${path}: the words read back as the catalog`);
  }
});
