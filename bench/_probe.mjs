import { launch } from '../e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';
import { heavyJournal } from './heavy.mjs';
const dir = process.argv[2] || 'dist';
const server = await serve(dir, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
for (const n of (process.env.PROBE_N || "0,30").split(",").map(Number)) {
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    if (n) await context.addInitScript((text) => { if (!localStorage.getItem('rebound:journal')) localStorage.setItem('rebound:journal', text); }, JSON.stringify(heavyJournal(n >= 1000 ? { rejections: n, checkins: 4, notes: 1 } : { rejections: n })));
    await context.addInitScript(() => {
      const orig = WebAssembly.instantiateStreaming;
      WebAssembly.instantiateStreaming = async (...a) => { const s = performance.now(); const r = await orig.apply(WebAssembly, a); performance.measure('instantiate', { start: s, end: performance.now() }); return r; };
      new MutationObserver((_, o) => { if (document.querySelector('[data-rebound-ready]')) { performance.mark('ready'); o.disconnect(); } }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-rebound-ready'] });
    });
    const p = await context.newPage();
    await p.goto(base + 'index.html');
    await p.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
    const out = await p.evaluate(() => {
      const r = (re) => performance.getEntriesByType('resource').filter((e) => re.test(e.name)).map((e) => `${e.name.split('/').pop().slice(0, 14)} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`);
      const nav = performance.getEntriesByType('navigation')[0];
      return [`dcl ${nav.domContentLoadedEventEnd.toFixed(0)}`, ...r(/\.(wasm|js|css)$/),
        ...performance.getEntries().filter((e) => e.entryType === 'mark' || e.entryType === 'measure').map((e) => `${e.name} ${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`)].join(' | ');
    });
    console.log(n, out);
    await context.close();
  }
}
await browser.close(); server.close();
