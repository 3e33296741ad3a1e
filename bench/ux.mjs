// `make ux`: how each screen reads on a 375 px phone, from the release build
// in dist/. Walks the app as a new person would (record a rejection, open
// each stage, go through its screens with "Skip for now" / "Next" until the
// stage summary) and prints, per screen: page height, words of text before
// the first control, where that control starts, and the targets under
// 44 x 44 px (links inside running text aside, as WCAG 2.5.8 allows).
// Figures, not a test: it never fails.
import { launch } from '../e2e/helpers.mjs';
import { serve } from '../scripts/static-server.mjs';

const server = await serve('dist', 0);
const url = `http://127.0.0.1:${server.address().port}/index.html`;
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const page = await context.newPage();

/** Figures for the screen now showing. */
async function figures() {
  await page.waitForTimeout(50);
  return page.evaluate(() => {
    const root = document.querySelector('.rb-app');
    const main = document.querySelector('.rb-main');
    // Let the browser lay out every tool (content-visibility: auto skips
    // those far below, which would make their boxes empty).
    for (const el of root.querySelectorAll('*')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    const controls = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const isShown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
    const first = [...main.querySelectorAll(controls)].find(isShown);
    // Words in the main area that come before the first control.
    let words = 0;
    if (first) {
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (first.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
        if (first.contains(node)) break;
        const el = node.parentElement;
        if (!el || !isShown(el) || el.closest('.rb-status, [aria-hidden="true"], .rb-visually-hidden')) continue;
        words += node.textContent.split(/\s+/).filter((w) => /\w/.test(w)).length;
      }
    }
    // Tap targets: a checkbox or radio counts with its label.
    const small = [];
    for (const el of root.querySelectorAll(controls)) {
      if (!isShown(el) || el.closest('footer p, .rb-hint, p.rb-list__note') && el.matches('a')) continue;
      if (el.matches('a') && el.closest('p, li, dd') && !el.matches('.rb-button, .rb-hub__row, .rb-link')) continue;
      let box = el.getBoundingClientRect();
      // A row whose whole area opens it (the hub's stages, a summary's tools).
      if (el.matches('.rb-task__link, .rb-summary__open')) box = el.closest('li').getBoundingClientRect();
      if (el.matches('input[type=checkbox], input[type=radio]')) {
        const label = el.labels && el.labels[0];
        if (label) {
          const l = label.getBoundingClientRect();
          box = { width: Math.max(box.width, l.width), height: Math.max(box.height, l.height) };
        }
      }
      if (box.width < 44 - 0.5 || box.height < 44 - 0.5) {
        small.push(`${el.tagName.toLowerCase()}${el.type && el.tagName === 'INPUT' ? `[${el.type}]` : ''} "${(el.getAttribute('aria-label') || el.textContent || el.id || '').trim().slice(0, 24)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
      }
    }
    const heading = document.querySelector('.rb-main h1');
    const focused = document.activeElement;
    const kicker = document.querySelector('.rb-main .rb-kicker');
    return {
      kicker: kicker ? kicker.textContent : '',
      scrolled: Math.round(scrollY),
      focus: focused === document.body ? 'page body' : focused === heading ? 'heading' : focused.tagName.toLowerCase(),
      screen: heading ? heading.textContent.trim() : '(no heading)',
      address: location.hash || '(none)',
      height: Math.round(document.documentElement.scrollHeight),
      words,
      firstControl: first ? Math.round(first.getBoundingClientRect().top + scrollY) : null,
      small,
      sideways: document.documentElement.scrollWidth > innerWidth,
    };
  });
}

const rows = [];
const record = async (label) => { const f = await figures(); rows.push({ label, ...f }); return f; };

async function clickByName(pattern) {
  const target = page.getByRole('link', { name: pattern }).or(page.getByRole('button', { name: pattern })).first();
  if (!(await target.count())) return false;
  await target.click();
  return true;
}

await page.goto(url);
// The first screen is prerendered: wait for the app to take it over.
await page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
await page.getByLabel('Company').waitFor();
await record('welcome');
await page.getByLabel('Company').fill('Acme');
await page.getByRole('button', { name: 'Begin' }).click();
await page.waitForTimeout(100);
await record('hub after Begin');

const stages = ['Process the emotions', 'Seek feedback', 'Reflect and evaluate', 'Turn it into opportunity', 'Keep searching'];
for (const [i, stage] of stages.entries()) {
  await clickByName(/^All stages$/);
  await page.waitForTimeout(50);
  await clickByName(new RegExp(stage));
  await page.waitForTimeout(100);
  await record(`stage ${i + 1}: first screen`);
  // The run of screens, if the stage has one.
  for (let step = 0; step < 12; step++) {
    const moved = await clickByName(/^(Skip for now|Next: .*|Continue|See what you did)$/);
    if (!moved) break;
    await page.waitForTimeout(100);
    const f = await figures();
    // The stage's own screens only: not on into the next stage.
    if (!f.kicker.includes(`Stage ${i + 1} `)) break;
    rows.push({ label: `stage ${i + 1}: screen ${step + 2}`, ...f });
    if (/summary/i.test(f.address) || /summary|what you did/i.test(f.screen)) break;
  }
}
await clickByName(/^Insights$/);
await record('insights');
await clickByName(/^Your data$/);
await record('your data');

console.log('| screen | address | height px | words before first control | first control at px | targets < 44 px | on arrival: scrolled, focus | sideways |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.label}: ${r.screen} | ${r.address} | ${r.height} | ${r.words} | ${r.firstControl ?? '-'} | ${r.small.length} | ${r.scrolled} px, ${r.focus} | ${r.sideways ? 'YES' : 'no'} |`);
}
const smallAll = [...new Set(rows.flatMap((r) => r.small))];
if (smallAll.length) {
  console.log('\nTargets under 44 px (each once):');
  for (const s of smallAll.slice(0, 40)) console.log(`- ${s}`);
  if (smallAll.length > 40) console.log(`- ... and ${smallAll.length - 40} more`);
}
console.log(JSON.stringify({ ux: rows.map(({ small, kicker, ...r }) => ({ ...r, small: small.length })) }));
await browser.close();
server.close();
