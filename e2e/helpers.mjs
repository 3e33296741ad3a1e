// Shared set-up for the end-to-end tests: serve dist/ on 127.0.0.1, drive
// Debian's Chromium with Playwright, scan with axe, write screenshots.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { serve } from '../scripts/static-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, '..', 'dist');
export const SHOTS = join(here, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

// Root needs --no-sandbox, and a closed network makes Chromium's background
// services retry forever unless they are off.
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Serves dist/ on a free port; returns { url, close }. */
export async function serveDist(dir = DIST) {
  const server = await serve(dir, 0);
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** A page that fails the test on any console error or uncaught exception. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(`console: ${m.text()}`); });
  return page;
}

/** Opens Rebound and waits until the app has taken over its first screen. */
export async function openApp(page, url) {
  await page.goto(url);
  await page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
}

/**
 * Tools scrolled out of view use `content-visibility: auto`: the browser skips
 * laying them out until they come near, so axe cannot measure their colours or
 * target sizes and reports violations that a user never sees (and a full-page
 * screenshot shows them blank). Lay every tool out for the scan or the capture
 * (`on` true), then hand them back to the browser.
 */
async function layOutAllTools(page, on) {
  for (const frame of page.frames()) {
    await frame.evaluate(async (on) => {
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.classList.contains('rb-tool')) el.style.contentVisibility = on ? 'visible' : '';
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      // Skipped tools catch up on a colour-scheme switch only now: let their
      // colour transitions finish before anything is measured.
      await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {})));
    }, on).catch(() => {});
  }
}

/** Zero axe violations (WCAG 2.x A and AA) on what is showing now. */
export async function expectNoAxeViolations(page, label, include = null) {
  await layOutAllTools(page, true);
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  // On a host's demo page, judge the widget, not the host.
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  await layOutAllTools(page, false);
  const summary = results.violations.map((v) =>
    `${v.id}: ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`);
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}

export async function screenshot(page, name) {
  // A full-page capture shows what a user sees by scrolling: every tool laid out.
  await layOutAllTools(page, true);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await layOutAllTools(page, false);
}

export function expectNoErrors(page) {
  assert.deepEqual(page.errors, [], 'no console errors or uncaught exceptions');
}

/** Records a rejection from the welcome screen and waits for the hub. */
export async function recordRejection(page, { company = '', role = '' } = {}) {
  await page.locator('[data-rebound-ready]').first().waitFor({ state: 'attached' });
  if (company) await page.getByLabel('Company').fill(company);
  if (role) await page.getByLabel('Role').fill(role);
  await page.getByRole('button', { name: /^(Begin|Record it)$/ }).click();
  await page.locator('.rb-hub h1').waitFor();
}

/**
 * Opens a stage from the hub and goes on to the whole stage on one page
 * (every tool of it, as the tool tests need), and waits for its heading.
 */
export async function openStage(page, title) {
  await page.getByRole('link', { name: 'All stages', exact: true }).click();
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('link', { name: 'All steps of this stage' }).click();
  await page.getByRole('link', { name: 'See the whole stage on one page' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Presses Tab until the focused element's accessible label matches, as a keyboard user would. */
export async function tabTo(page, matches, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      const byFor = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return [el.getAttribute('aria-label'), byFor, el.textContent].filter(Boolean).join(' | ').trim();
    });
    if (matches instanceof RegExp ? matches.test(label) : label.includes(matches)) return label;
  }
  throw new Error(`Tab never reached ${matches}`);
}

export async function saved(page) {
  // Leaving the page flushes the debounced save; so does hiding it.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  return page.evaluate(() => localStorage.getItem('rebound:journal') || '');
}

/** Waits for the screen's own heading: a chunk still arriving shows an "Opening…" heading first. */
export async function screenShown(page) {
  await page.waitForFunction(() => {
    const h1 = document.querySelector('.rb-main h1');
    return h1 && !h1.closest('.rb-opening');
  });
}

/** Switches light/dark and waits until colour transitions have settled. */
export async function setColorScheme(page, colorScheme) {
  await page.emulateMedia({ colorScheme });
  // A transition cancelled half-way (its element re-rendered) has settled too.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
}

/** One browser and one served dist/ for a test file: `env.browser`, `env.site`. */
export function useBrowserAndSite() {
  const env = {};
  before(async () => { env.browser = await launch(); env.site = await serveDist(); });
  after(async () => { await env.browser?.close(); await env.site?.close(); });
  return env;
}

/** A copy of `from` as the next build would ship it: new file hashes, a new build id. */
export function nextBuild(from, to) {
  cpSync(from, to, { recursive: true });
  const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  // Precompressed copies would be the old build's: the server compresses on the fly instead.
  for (const file of walk(to)) if (/\.(br|gz)$/.test(file)) rmSync(file);
  const page = readFileSync(join(to, 'index.html'), 'utf8');
  const build = page.match(/name="rebound-build" content="([0-9a-f]+)"/)[1];
  const renames = readdirSync(to).filter((name) => /-[0-9a-f]{16}(_bg)?\.(js|css|wasm)$/.test(name));
  const swap = [[build, createHash('sha256').update(build).digest('hex').slice(0, 16)]];
  for (const hash of new Set(renames.map((name) => name.match(/[0-9a-f]{16}/)[0]))) {
    swap.push([hash, createHash('sha256').update(hash).digest('hex').slice(0, 16)]);
  }
  for (const file of walk(to)) {
    if (/\.(html|js|css)$/.test(file)) {
      let text = readFileSync(file, 'utf8');
      for (const [a, b] of swap) text = text.split(a).join(b);
      writeFileSync(file, text);
    }
  }
  for (const name of renames) {
    let renamed = name;
    for (const [a, b] of swap) renamed = renamed.split(a).join(b);
    renameSync(join(to, name), join(to, renamed));
  }
  return { old: build, next: swap[0][1] };
}
