// Rebound in Spanish and German: every screen of the five stages with no
// English left on it, a board's `data-lang="de"` German from the first
// paint, the hosted page's picker, long German words on a 375 px phone, and
// data that stays exactly as it was when the language changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, newPage, expectNoAxeViolations, screenshot, expectNoErrors, screenShown } from './helpers.mjs';
import { serveWidgetAndDemo } from '../scripts/serve.mjs';

const here = new URL('.', import.meta.url).pathname;
const catalog = (lang) => JSON.parse(readFileSync(join(here, '..', 'i18n', `${lang}.json`), 'utf8'));
const en = catalog('en');
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
const STAGE_KEYS = ['emotions', 'feedback', 'reflect', 'opportunity', 'search'];

let browser, servers;
before(async () => { browser = await launch(); servers = await serveWidgetAndDemo(0, 0); });
after(async () => {
  await browser?.close();
  for (const s of [servers?.widget, servers?.demo]) await new Promise((ok) => (s ? s.close(ok) : ok()));
});

/**
 * English texts that must not show in `lang`: every English catalog text
 * the other catalog words differently, split at its placeholders, keeping
 * pieces long enough to be unmistakably English (12+ characters).
 */
function englishPieces(lang) {
  const other = catalog(lang);
  const pieces = new Set();
  for (const [key, text] of Object.entries(en)) {
    if (other[key] === text) continue;
    for (const piece of text.split(/\{[^}]*\}/)) {
      const trimmed = piece.trim();
      if (trimmed.length >= 12) pieces.add(trimmed);
    }
  }
  return [...pieces];
}

/** Catalog keys shown instead of words (a key the catalog lacks shows as itself). */
const prefixes = [...new Set(Object.keys(en).map((k) => k.split('.')[0]))];
const keyPattern = new RegExp(`\\b(${prefixes.join('|')})\\.[a-z0-9_-]+`);

/** Short English texts ("Save", "Edit") that must not be a control's whole text in `lang`. */
function englishWords(lang) {
  const other = catalog(lang);
  return new Set(Object.entries(en).filter(([k, t]) => other[k] !== t && !t.includes('{') && t.trim().length >= 3).map(([, t]) => t.trim()));
}

async function expectNoEnglish(page, lang, where) {
  const whole = await page.evaluate(() => [...document.querySelectorAll('button, label, legend, th, option, summary, h1, h2, h3, .rb-tag, .rb-badge, a')]
    .map((el) => el.textContent.trim()));
  const short = englishWords(lang);
  assert.deepEqual(whole.filter((t) => short.has(t)), [], `${lang}, ${where}: English controls`);
  const text = await page.evaluate(() => {
    // Every tool laid out, every "Read more" open: all the words of the screen.
    for (const d of document.querySelectorAll('details')) d.open = true;
    const attrs = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
      .map((el) => [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('placeholder')].join(' '));
    return document.body.innerText + '\n' + attrs.join('\n') + '\n' + document.title;
  });
  const english = englishPieces(lang).filter((piece) => text.includes(piece));
  assert.deepEqual(english, [], `${lang}, ${where}: English on screen`);
  assert.doesNotMatch(text, keyPattern, `${lang}, ${where}: a catalog key instead of words`);
  return text;
}

/** Every tool screen of every stage, then the summaries, Insights and Your data. */
function screens() {
  const list = [];
  STAGE_KEYS.forEach((stage, i) => {
    const slugs = Object.keys(en)
      .filter((k) => k.startsWith(`tool.${stage}.`) && k.endsWith('.title'))
      .map((k) => k.split('.')[2]);
    for (const slug of slugs) list.push(`#/stage/${i + 1}/${slug}`);
    list.push(`#/stage/${i + 1}/summary`, `#/stage/${i + 1}/all`);
  });
  return [...list, '#/insights', '#/data'];
}

for (const [lang, locale] of [['es', 'es-ES'], ['de', 'de-DE']]) {
  test(`the five stages in ${lang}: no English on any screen, axe clean, no sideways scroll at 375 px`, async () => {
    const words = catalog(lang);
    // The browser's own language chooses it: nothing to set.
    const page = await newPage(browser, { ...PHONE, locale });
    await page.goto(servers.widgetUrl);
    await page.getByRole('heading', { name: words['welcome.not_selected_this_time'] }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, '<html lang>');
    assert.equal(await page.locator('.rb-app').getAttribute('lang'), lang, 'the root says its language');
    await expectNoEnglish(page, lang, 'welcome');
    await expectNoAxeViolations(page, `welcome in ${lang}`);

    // Long words and a pasted URL where people type.
    await page.getByLabel(words['rejection.company']).fill('Versicherungsgesellschaftsvertretungsbüro GmbH');
    await page.getByLabel(words['rejection.role']).fill('https://jobs.example.com/stellenangebote/softwareentwicklerin-backend-infrastruktur');
    await page.getByRole('button', { name: words['welcome.begin'] }).click();
    await page.locator('.rb-hub h1').waitFor();
    await expectNoEnglish(page, lang, 'the stages');
    await screenshot(page, `languages-${lang}-hub`);

    // One tap on the scale, so the saved line and the chart show too.
    await page.getByRole('link', { name: words['stage.process_the_emotions'], exact: true }).click();
    await page.getByRole('button', { name: words['emotions.good'], exact: true }).click();
    await page.locator('.rb-saved').waitFor();

    for (const address of screens()) {
      await page.evaluate((hash) => { location.hash = hash; }, address);
      await page.waitForFunction((hash) => location.hash === hash, address);
      await screenShown(page);
      await expectNoEnglish(page, lang, address);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      assert.equal(sideways, false, `${lang}, ${address}: no sideways scroll`);
    }
    await page.evaluate(() => { location.hash = '#/stage/3/all'; });
    await screenShown(page);
    await expectNoAxeViolations(page, `a whole stage in ${lang}`);
    if (lang === 'de') {
      for (const [name, hash] of [['stage-1', '#/stage/1/check-in'], ['stage-3', '#/stage/3/all'], ['insights', '#/insights']]) {
        await page.evaluate((h) => { location.hash = h; }, hash);
        await screenShown(page);
        await screenshot(page, `languages-de-phone-${name}`);
      }
    }
    expectNoErrors(page);
    await page.context().close();
  });
}

test('a board\'s data-lang="de" is German from the first paint, in the iframe and inline', async () => {
  // German boards on another site than the widget (localhost; the widget is on 127.0.0.1).
  const board = servers.demoUrl.replace('127.0.0.1', 'localhost');
  const de = catalog('de');
  for (const [mode, file] of [['iframe', 'stellenboerse.html'], ['inline', 'stellenboerse-inline.html']]) {
    const page = await newPage(browser, { ...PHONE, locale: 'en-US' });
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    // Every text the widget draws, as it first appears: never English, never a key.
    await page.goto(`${board}${file}`);
    const root = mode === 'iframe' ? page.frameLocator('iframe') : page.locator('.rebound-embed');
    if (mode === 'iframe') assert.equal(await page.locator('iframe').getAttribute('title'), de['embed.title']);
    await root.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
    const heading = root.locator('h1').first();
    await heading.waitFor();
    assert.equal(await heading.textContent(), de['welcome.not_selected_this_time'], `${mode}: the first heading is German`);
    assert.equal(await root.locator('.rb-app').getAttribute('lang'), 'de');
    assert.equal(await root.getByLabel(de['rejection.company']).inputValue(), 'Beispiel AG');
    assert.deepEqual(warnings.filter((w) => w.includes('Rebound')), [], `${mode}: no warnings`);
    const frame = mode === 'iframe' ? page.frames().find((f) => f !== page.mainFrame()) : null;
    if (frame) await expectNoEnglish(frame, 'de', 'the board\'s iframe');
    await expectNoAxeViolations(page, `the German board, ${mode}`, mode === 'iframe' ? 'iframe' : '.rebound-embed');
    await screenshot(page, `languages-de-board-${mode}`);
    await page.context().close();
  }
  // An unknown language falls back to the browser's, with one warning.
  const page = await newPage(browser, { locale: 'es-ES' });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${board}api.html`);
  await page.evaluate(() => {
    const el = document.createElement('div');
    el.id = 'klingon';
    document.querySelector('main').prepend(el);
    window.Rebound.mount(el, { mode: 'inline', lang: 'klingon' });
  });
  const heading = page.locator('#klingon h1');
  await heading.waitFor();
  assert.equal(await heading.textContent(), catalog('es')['welcome.not_selected_this_time']);
  assert.deepEqual(warnings.filter((w) => w.includes('lang')), ['Rebound: ignoring lang "klingon": use en, es or de.']);
  await page.context().close();
});

test('the hosted page\'s picker switches language, remembers it, and changes no data', async () => {
  const page = await newPage(browser, { ...PHONE, locale: 'en-GB' });
  await page.goto(servers.widgetUrl);
  await page.getByLabel('Company').fill('Acme');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByRole('link', { name: 'Process the emotions', exact: true }).click();
  await page.getByRole('button', { name: 'Very low', exact: true }).click();
  await page.locator('.rb-saved').waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const before = await page.evaluate(() => localStorage.getItem('rebound:journal'));
  assert.ok(before.includes('"overall":1'), 'the check-in is saved');

  await page.getByLabel('Language').selectOption('de');
  const de = catalog('de');
  await page.getByRole('heading', { level: 1, name: de['tool.emotions.check-in.title'] }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await page.evaluate(() => location.hash), '#/stage/1', 'the same screen');
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound:journal')), before, 'switching changes nothing stored');
  assert.ok(!before.includes('Sehr schlecht') && !before.includes('Very low'), 'choices are stored by id, not by their words');

  // Remembered: a reload is German, and the journal is still the same.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: de['tool.emotions.check-in.title'] }).waitFor();
  await page.getByText(de['emotions.very_low']).first().waitFor();
  assert.equal(await page.getByLabel('Sprache').inputValue(), 'de');
  await expectNoAxeViolations(page, 'the picker in German');

  // And back.
  await page.getByLabel('Sprache').selectOption('en');
  await page.getByRole('heading', { level: 1, name: 'How are you, overall?' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound:journal')), before);
  expectNoErrors(page);
  await page.context().close();
});

test('when the catalog cannot be fetched: English if it can be, else a line in every language, never a blank box', async () => {
  // No service worker: its own fetches are not the page's, so a blocked
  // route would not reach them (the worker installs within this visit).
  const page = await newPage(browser, { locale: 'es-ES', serviceWorkers: 'block' });
  // The Spanish catalog fails (a flaky network); the English one arrives.
  await page.route('**/i18n/es.json*', (route) => route.abort());
  await page.goto(servers.widgetUrl);
  await page.getByRole('heading', { name: en['welcome.not_selected_this_time'] }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.context().close();

  const offline = await newPage(browser, { locale: 'de-DE', serviceWorkers: 'block' });
  await offline.route('**/i18n/*.json*', (route) => route.abort());
  await offline.goto(servers.widgetUrl);
  await offline.getByText('Rebound konnte nicht geladen werden').waitFor();
  const text = await offline.locator('#rebound').textContent();
  assert.match(text, /Rebound could not load/);
  assert.match(text, /No se pudo cargar Rebound/);
  await offline.context().close();
});
