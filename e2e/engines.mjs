// A thin adapter over three browser engines, so the person's main paths are
// written once and run in each (e2e/field.test.mjs):
//   chromium: Debian's Chromium through Playwright (as the rest of e2e/);
//   firefox:  Debian's Firefox ESR through puppeteer-core over WebDriver BiDi;
//   webkit:   Debian's WebKitGTK (Safari's engine) through WebKitWebDriver
//             under Xvfb, with selenium-webdriver.
// Every engine is a Debian package; nothing here downloads a browser.
//
// The adapter has few verbs. A "target" is found inside the page (open shadow
// roots included, so the inline widget is reachable too) by one of:
//   'label:Company'  a form control by its label text or aria-label
//   'button:Begin'   a button by its accessible text
//   'link:…'         a link by its text
//   'heading:…'      a heading by its text
//   'text:…'         any element whose own text contains this
//   anything else    a CSS selector
// Clicks and key presses are the driver's real input events; `fill` sets a
// value and fires `input`/`change` as typing does (fast and identical in all
// three; the keyboard test types for real).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './helpers.mjs';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines to run: `ENGINES=firefox,webkit make e2e` picks some; all by default. */
export function selectedEngines() {
  const wanted = (process.env.ENGINES || '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((e) => !ALL_ENGINES.includes(e));
  if (unknown.length) throw new Error(`unknown engine(s) ${unknown.join(', ')}; use ${ALL_ENGINES.join(', ')}`);
  return wanted.length ? wanted : ALL_ENGINES;
}

// In-page finder, shared by every engine (sent as source text).
const FIND = `(query, all) => {
  const roots = [];
  const collect = (root) => {
    roots.push(root);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
  };
  collect(document);
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden';
  };
  const labelOf = (el) => {
    const parts = [el.getAttribute('aria-label')];
    if (el.id) for (const root of roots) {
      const l = root.querySelector('label[for="' + CSS.escape(el.id) + '"]');
      if (l) parts.push(l.textContent);
    }
    const wrap = el.closest('label');
    if (wrap) parts.push(wrap.textContent);
    return parts.filter(Boolean).map(norm);
  };
  const colon = query.indexOf(':');
  const kind = colon > 0 ? query.slice(0, colon) : '';
  const want = query.slice(colon + 1);
  let test, css;
  switch (kind) {
    case 'label': css = 'input, textarea, select'; test = (el) => labelOf(el).some((t) => t === want || t.startsWith(want)); break;
    case 'button': css = 'button, [role=button], input[type=submit]'; test = (el) => norm(el.getAttribute('aria-label') || el.textContent || el.value) === want; break;
    case 'link': css = 'a[href]'; test = (el) => norm(el.textContent).includes(want); break;
    case 'heading': css = 'h1, h2, h3, h4, h5, h6'; test = (el) => norm(el.textContent) === want; break;
    case 'text': css = '*'; test = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && norm(n.textContent).includes(want)); break;
    default: css = query; test = () => true;
  }
  const found = [];
  // The prerendered first screen is a picture of the app until the app
  // takes it over: tests act on the app.
  const live = (el) => !el.closest('[data-rebound-prerendered]');
  for (const root of roots) for (const el of root.querySelectorAll(css)) if (live(el) && test(el) && (kind === '' || visible(el))) found.push(el);
  return all ? found : (found[0] || null);
}`;

const FILL = `(el, value) => {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype
    : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  el.focus();
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}`;

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * What every engine's page (or frame) offers. Subclasses implement the five
 * primitives: `evaluate(source, ...args)` (source is a function's text, run in
 * the page with args), `handle(query)`, `click(handle)`, `press(key)`,
 * `typeKeys(text)`; plus page-level `goto`, `reload`, `frame`, `popup`,
 * `screenshot`, `setViewport`, `url`.
 */
class Context {
  /** Waits until `query` finds an element; returns a driver handle to it. */
  async find(query, timeout = 10000) {
    const end = Date.now() + timeout;
    for (;;) {
      const handle = await this.handle(query).catch(() => null);
      if (handle) return handle;
      if (Date.now() > end) throw new Error(`${this.engine}: nothing matches "${query}" in ${await this.url().catch(() => '?')}`);
      await sleep(50);
    }
  }

  async exists(query) {
    return this.evaluate(`(q) => !!(${FIND})(q)`, query);
  }

  async count(query) {
    return this.evaluate(`(q) => (${FIND})(q, true).length`, query);
  }

  /** Waits until the in-page function `source` returns something truthy. */
  async waitFor(source, arg, timeout = 10000) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(source, arg).catch(() => null);
      if (value) return value;
      if (Date.now() > end) throw new Error(`${this.engine}: timed out waiting for ${source.slice(0, 120)}`);
      await sleep(50);
    }
  }

  async clickOn(query) { await this.click(await this.find(query)); }

  async fill(query, value) {
    await this.find(query);
    await this.evaluate(`(q, v) => (${FILL})((${FIND})(q), v)`, query, value);
  }

  async value(query) {
    await this.find(query);
    return this.evaluate(`(q) => (${FIND})(q).value`, query);
  }

  async text(query) {
    await this.find(query);
    return this.evaluate(`(q) => (${FIND})(q).textContent`, query);
  }

  /** Label text of the focused element (inside open shadow roots too). */
  async focusedLabel() {
    return this.evaluate(`() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      if (!el) return '';
      const root = el.getRootNode();
      const byFor = el.id ? root.querySelector('label[for="' + el.id + '"]')?.textContent : '';
      return [el.getAttribute('aria-label'), byFor, el.textContent].filter(Boolean).join(' | ').replace(/\\s+/g, ' ').trim();
    }`);
  }
}

/** The page's frame whose address starts with `urlPrefix` (Playwright and puppeteer alike). */
async function childFrame(page, urlPrefix) {
  const end = Date.now() + 10000;
  for (;;) {
    const f = page.frames().find((fr) => fr !== page.mainFrame() && fr.url().startsWith(urlPrefix));
    if (f) return f;
    if (Date.now() > end) throw new Error(`no frame at ${urlPrefix}`);
    await sleep(50);
  }
}

// ---------------------------------------------------------------- Chromium
class PlaywrightContext extends Context {
  constructor(engine, page, frame) { super(); this.engine = engine; this.page = page; this.target = frame || page; }
  evaluate(source, ...args) { return this.target.evaluate(([s, a]) => (0, eval)(`(${s})`)(...a), [source, args]); }
  async handle(query) {
    const h = await this.target.evaluateHandle(([f, q]) => (0, eval)(`(${f})`)(q), [FIND, query]);
    const el = h.asElement();
    if (!el) await h.dispose();
    return el;
  }
  click(handle) { return handle.click(); }
  press(key) { return this.page.keyboard.press(key === ' ' ? 'Space' : key); }
  typeKeys(text) { return this.page.keyboard.type(text); }
  url() { return Promise.resolve(this.target.url()); }
  async goto(url) { await this.page.goto(url); }
  async reload() { await this.page.reload(); }
  async frame(urlPrefix) {
    return new PlaywrightContext(this.engine, this.page, await childFrame(this.page, urlPrefix));
  }
  async popup(urlPrefix, action) {
    // Any new tab: its address may still be empty when the event fires.
    const waiting = this.page.context().waitForEvent('page');
    await action();
    const page = await waiting;
    await page.waitForURL((u) => String(u).startsWith(urlPrefix));
    return new PlaywrightContext(this.engine, page);
  }
  setViewport(width, height) { return this.page.setViewportSize({ width, height }); }
  screenshot(path) { return this.page.screenshot({ path, fullPage: true }); }
  close() { return this.page.close(); }
}

async function startChromium() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  return {
    engine: 'chromium',
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const ctx = new PlaywrightContext('chromium', page);
      ctx.close = () => context.close();
      return ctx;
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------- Firefox
class PuppeteerContext extends Context {
  constructor(engine, page, frame) { super(); this.engine = engine; this.page = page; this.target = frame || page; }
  evaluate(source, ...args) { return this.target.evaluate((s, a) => (0, eval)(`(${s})`)(...a), source, args); }
  async handle(query) {
    const h = await this.target.evaluateHandle((f, q) => (0, eval)(`(${f})`)(q), FIND, query);
    const el = h.asElement();
    if (!el) await h.dispose();
    return el;
  }
  async click(handle) {
    // A person switches back to this tab before using it; Firefox sends
    // input to the tab in front (a popup opened since, say).
    await this.page.bringToFront();
    await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await handle.click();
  }
  async press(key) {
    await this.page.bringToFront();
    await this.page.keyboard.press(key);
    // Firefox may answer before the page has handled the key: let two
    // frames pass, so what is read next sees the focus where the key left it.
    await this.target.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  }
  typeKeys(text) { return this.page.keyboard.type(text); }
  url() { return Promise.resolve(this.target.url()); }
  async goto(url) { await this.page.goto(url); }
  async reload() { await this.page.reload(); }
  async frame(urlPrefix) {
    return new PuppeteerContext(this.engine, this.page, await childFrame(this.page, urlPrefix));
  }
  async popup(urlPrefix, action) {
    const browser = this.page.browser();
    const before = new Set(await browser.pages());
    await action();
    const end = Date.now() + 10000;
    for (;;) {
      const page = (await browser.pages()).find((p) => !before.has(p) && p.url().startsWith(urlPrefix));
      if (page) {
        await page.bringToFront();
        return new PuppeteerContext(this.engine, page);
      }
      if (Date.now() > end) throw new Error(`no new tab at ${urlPrefix}`);
      await sleep(50);
    }
  }
  setViewport(width, height) { return this.page.setViewport({ width, height }); }
  screenshot(path) { return this.page.screenshot({ path, fullPage: true }); }
  close() { return this.page.close(); }
}

async function startFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const downloads = await mkdtemp(join(tmpdir(), 'rebound-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
    // Keep Firefox off the closed network.
    extraPrefsFirefox: {
      'app.update.enabled': false, 'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false, 'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Downloads (the export) go quietly to a temporary folder: the downloads
      // panel would take the window's focus, and later tabs would get keys
      // without Enter activating a button.
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.folderList': 2, 'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true, 'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
    },
  });
  return {
    engine: 'firefox',
    async newPage() {
      // A fresh context per test: its own storage, like a new profile.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      // A tab Firefox opens for automation may stay in the background, where
      // it gets no key presses and IntersectionObserver never fires.
      await page.bringToFront();
      await page.setViewport({ width: 1280, height: 900 });
      const ctx = new PuppeteerContext('firefox', page);
      ctx.close = () => context.close();
      return ctx;
    },
    async close() {
      await browser.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- WebKit
class SeleniumContext extends Context {
  constructor(engine, driver, windowHandle, frameSelector = null) {
    super();
    Object.assign(this, { engine, driver, windowHandle, frameSelector });
  }
  /** WebDriver has one current window and frame: switch to ours first. */
  async enter() {
    const d = this.driver;
    if (d.__at !== this) {
      await d.switchTo().window(this.windowHandle);
      await d.switchTo().defaultContent();
      if (this.frameSelector) {
        const { By } = await import('selenium-webdriver');
        await d.switchTo().frame(await d.findElement(By.css(this.frameSelector)));
      }
      d.__at = this;
    }
  }
  async evaluate(source, ...args) {
    await this.enter();
    // The source goes into the script text itself: the app's CSP forbids
    // eval, and WebKit applies it to code that calls eval.
    return this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${source})(...arguments[0]))
         .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e && e.stack || e) }));`,
      args,
    ).then((r) => { if (r && 'error' in r) throw new Error(r.error); return r ? r.ok : null; });
  }
  async handle(query) {
    await this.enter();
    return this.driver.executeScript(`return (${FIND})(arguments[0]);`, query);
  }
  async click(handle) {
    await this.enter();
    const top = await this.driver.executeScript(
      'arguments[0].scrollIntoView({ block: "center" }); const r = arguments[0].getBoundingClientRect(); return r.top + r.height / 2;', handle);
    if (this.frameSelector) {
      // WebKitWebDriver does not scroll the page around a frame to the element
      // (the click lands nowhere), and a cross-origin frame cannot scroll its
      // parent: bring the spot into view from the parent, then click.
      await this.driver.switchTo().defaultContent();
      await this.driver.executeScript(
        'const r = document.querySelector(arguments[0]).getBoundingClientRect(); window.scrollBy(0, r.top + arguments[1] - innerHeight / 2);',
        this.frameSelector, top);
      this.driver.__at = null;
      await this.enter();
    }
    await handle.click();
  }
  async press(key) {
    const { Key } = await import('selenium-webdriver');
    const keys = { Tab: Key.TAB, Enter: Key.ENTER, ' ': Key.SPACE, Space: Key.SPACE, Escape: Key.ESCAPE };
    await this.enter();
    await this.driver.actions().sendKeys(keys[key] ?? key).perform();
  }
  async typeKeys(text) { await this.enter(); await this.driver.actions().sendKeys(text).perform(); }
  async url() { await this.enter(); return this.evaluate('() => location.href'); }
  async goto(url) { await this.enter(); await this.driver.get(url); this.driver.__at = null; }
  async reload() { await this.enter(); await this.driver.navigate().refresh(); this.driver.__at = null; }
  async frame(urlPrefix) {
    await this.enter();
    const end = Date.now() + 10000;
    for (;;) {
      const selector = `iframe[src^="${urlPrefix}"]`;
      if (await this.driver.executeScript('return !!document.querySelector(arguments[0])', selector)) {
        return new SeleniumContext(this.engine, this.driver, this.windowHandle, selector);
      }
      if (Date.now() > end) throw new Error(`no frame at ${urlPrefix}`);
      await sleep(50);
    }
  }
  async popup(urlPrefix, action) {
    const before = new Set(await this.driver.getAllWindowHandles());
    await action();
    const end = Date.now() + 10000;
    for (;;) {
      const fresh = (await this.driver.getAllWindowHandles()).filter((h) => !before.has(h));
      for (const h of fresh) {
        const ctx = new SeleniumContext(this.engine, this.driver, h);
        if ((await ctx.url()).startsWith(urlPrefix)) return ctx;
      }
      if (Date.now() > end) throw new Error(`no new window at ${urlPrefix}`);
      await sleep(100);
    }
  }
  async setViewport(width, height) { await this.enter(); await this.driver.manage().window().setRect({ width, height }); }
  async screenshot(path) { await this.enter(); await writeFile(path, Buffer.from(await this.driver.takeScreenshot(), 'base64')); }
  async close() {
    await this.enter();
    this.driver.__at = null;
    const handles = await this.driver.getAllWindowHandles();
    if (handles.length > 1) await this.driver.close();
  }
}

async function startWebKit() {
  const { Builder } = await import('selenium-webdriver');
  // WebKitGTK needs a display: a virtual one, for this driver and its browsers.
  let driverProcess = null;
  let port = 0;
  const stopDriver = () => { try { if (driverProcess) process.kill(-driverProcess.pid, 'SIGTERM'); } catch { /* gone */ } };
  const startDriver = () => {
    stopDriver();
    port = 4444 + Math.floor(Math.random() * 1000);
    driverProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
      detached: true, stdio: 'ignore',
    });
  };
  startDriver();
  process.once('exit', stopDriver);
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      args: ['--automation'],
    },
  };
  // Now and then the driver takes a new-session request and never answers
  // (its browser did not start): each request gets 30 seconds, and after
  // one that hangs the driver is started afresh.
  const within = (promise, ms) => Promise.race([promise,
    new Promise((_, fail) => setTimeout(() => fail(new Error(`no WebDriver session after ${ms} ms`)), ms).unref())]);
  const connect = async () => {
    for (let restart = 0; ; restart++) {
      const end = Date.now() + 20000;
      for (;;) {
        try {
          return await within(new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build(), 30000);
        } catch (e) {
          const hung = /no WebDriver session/.test(e.message);
          if (hung || Date.now() > end) {
            if (restart >= 2) throw e;
            startDriver();
            break;
          }
          await sleep(250);
        }
      }
    }
  };
  const sessions = [];
  return {
    engine: 'webkit',
    async newPage() {
      // One WebDriver session per test: a fresh, ephemeral browser with its own storage.
      const driver = await connect();
      sessions.push(driver);
      await driver.manage().window().setRect({ width: 1280, height: 900 });
      const ctx = new SeleniumContext('webkit', driver, await driver.getWindowHandle());
      ctx.close = async () => { await driver.quit().catch(() => {}); sessions.splice(sessions.indexOf(driver), 1); };
      return ctx;
    },
    async close() {
      for (const d of sessions) await d.quit().catch(() => {});
      stopDriver();
    },
  };
}

/** Starts one engine: `{ engine, newPage(), close() }`. */
export function startEngine(engine) {
  return { chromium: startChromium, firefox: startFirefox, webkit: startWebKit }[engine]();
}
