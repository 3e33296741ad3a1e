// Storage that fails on a schedule, in a real browser: nothing the person
// wrote is lost. A shim in front of Storage.prototype.setItem fails our key's
// writes the way browsers do (QuotaExceededError), on the schedule each test
// sets through `window.__fail` (a function of the write's number).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndSite, newPage, openApp, recordRejection, openStage, expectNoErrors } from './helpers.mjs';

const env = useBrowserAndSite();
const KEY = 'rebound:journal';

async function withFaultyStorage(page) {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    window.__fail = () => false;
    window.__writes = () => writes;
    Storage.prototype.setItem = function (k, v) {
      if (k === key && window.__fail(writes++)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, k, v);
    };
  }, KEY);
}

const storedCompanies = (page) => page.evaluate((key) => {
  const text = localStorage.getItem(key);
  return text ? JSON.parse(text).data.rejections.map((r) => r.details.company).sort() : [];
}, KEY);

async function recordAnother(page, company) {
  await page.getByRole('link', { name: 'Record another rejection' }).click();
  await page.getByLabel('Company').fill(company);
  await page.getByRole('button', { name: 'Record it' }).click();
  await page.getByRole('heading', { level: 1, name: company }).waitFor();
}

test('every other write failing while four rejections are recorded, then steady, then reload: 4 of 4 kept', async () => {
  const page = await newPage(env.browser);
  await withFaultyStorage(page);
  await openApp(page, env.site.url);
  // The 2nd and 4th saves fail: the last change is among the failed ones.
  await page.evaluate(() => { window.__fail = (n) => n % 2 === 1; });
  await recordRejection(page, { company: 'One' });
  for (const company of ['Two', 'Three', 'Four']) {
    await page.waitForTimeout(1000); // about a second apart, as a person would
    await recordAnother(page, company);
  }
  // The fourth save has been tried (and failed) before the writes steady.
  await page.waitForFunction(() => window.__writes() >= 4);
  await page.evaluate(() => { window.__fail = () => false; });
  await page.reload();
  await page.locator('.rb-hub h1').waitFor();
  assert.deepEqual(await storedCompanies(page), ['Four', 'One', 'Three', 'Two']);
  expectNoErrors(page);
  await page.context().close();
});

test('a failed save is retried on its own, and says "Saved again"', async () => {
  const page = await newPage(env.browser);
  await withFaultyStorage(page);
  await openApp(page, env.site.url);
  await page.evaluate(() => { window.__fail = () => true; });
  await recordRejection(page, { company: 'Retry Ltd' });
  await page.getByRole('heading', { name: 'Your latest changes are not saved yet' }).waitFor();
  assert.deepEqual(await storedCompanies(page), []);
  // Space frees up; the person does nothing more.
  await page.evaluate(() => { window.__fail = () => false; });
  await page.waitForFunction((key) => (localStorage.getItem(key) || '').includes('Retry Ltd'), KEY, { timeout: 10000 });
  await page.getByRole('heading', { name: 'Your latest changes are not saved yet' }).waitFor({ state: 'detached' });
  assert.match(await page.getByRole('status').textContent(), /Saved again/);
  await page.context().close();
});

test('quota filled then freed with no further edit, then reload: nothing lost', async () => {
  const page = await newPage(env.browser);
  await withFaultyStorage(page);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Kept Before' });
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.evaluate(() => { window.__fail = () => true; });
  await recordAnother(page, 'Written While Full');
  await page.getByRole('heading', { name: 'Your latest changes are not saved yet' }).waitFor();
  await page.evaluate(() => { window.__fail = () => false; });
  await page.reload(); // leaving the page writes what is unsaved
  await page.locator('.rb-hub h1').waitFor();
  assert.deepEqual(await storedCompanies(page), ['Kept Before', 'Written While Full']);
  await page.context().close();
});

test("two tabs, one whose saves fail: the other tab's save does not replace its change", async () => {
  const context = await env.browser.newContext();
  const failing = await context.newPage();
  await withFaultyStorage(failing);
  await openApp(failing, env.site.url);
  await recordRejection(failing, { company: 'First' });
  await failing.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const steady = await context.newPage();
  await openApp(steady, env.site.url);
  await steady.locator('.rb-hub h1').waitFor();

  await failing.evaluate(() => { window.__fail = () => true; });
  await recordAnother(failing, 'Unsaved Here');
  await failing.getByRole('heading', { name: 'Your latest changes are not saved yet' }).waitFor();
  await recordAnother(steady, 'Saved There');
  await steady.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  // The failing tab takes the other's save in and keeps its own change.
  await failing.getByText('Saved There').first().waitFor();
  assert.ok(await failing.getByText('Unsaved Here').first().isVisible());
  await failing.evaluate(() => { window.__fail = () => false; });
  await failing.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await steady.waitForFunction((key) => (localStorage.getItem(key) || '').includes('Unsaved Here'), KEY);
  assert.deepEqual(await storedCompanies(steady), ['First', 'Saved There', 'Unsaved Here']);
  await steady.getByText('Unsaved Here').first().waitFor();
  await context.close();
});

test('a 1 MB paste into every text area is kept whole in the field, with a message', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  const megabyte = 'word '.repeat(200 * 1024);
  const pasteInto = async (selector) => {
    const field = page.locator(selector);
    await field.fill(megabyte);
    assert.equal((await field.inputValue()).length, megabyte.length, `${selector} keeps the whole paste`);
    const described = await field.getAttribute('aria-describedby');
    assert.ok(described, `${selector} points to a message`);
    assert.match(await page.locator(`[id="${described.split(' ').pop()}"]`).textContent(), /characters; this field keeps up to/);
  };
  // The welcome form: nothing is recorded while a field is too long.
  await pasteInto('#rb-notes');
  await page.getByRole('button', { name: 'Begin' }).click();
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null, 'nothing saved, nothing cut');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rb-notes', 'focus goes to the field to shorten');
  await page.locator('#rb-notes').fill('');
  await recordRejection(page, { company: 'Paste Co' });
  for (const stage of ['Process the emotions', 'Seek feedback', 'Reflect and evaluate']) {
    await openStage(page, stage);
    const ids = await page.locator('textarea').evaluateAll((all) => all.map((t) => t.id).filter(Boolean));
    assert.ok(ids.length > 0, `${stage} has text areas`);
    for (const id of ids) await pasteInto(`[id="${id}"]`);
  }
  expectNoErrors(page);
  await page.context().close();
});

test('an import with two different entries under one id is refused in one sentence; nothing changes', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Mine' });
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const before = await page.evaluate((key) => localStorage.getItem(key), KEY);
  await page.getByRole('link', { name: 'Your data' }).click();
  const file = JSON.stringify({
    app: 'rebound', schema: 1,
    data: { rejections: [{ id: 'same', details: { company: 'Acme' } }, { id: 'same', details: { company: 'Globex' } }] },
  });
  await page.getByLabel('Choose an export file').setInputFiles({ name: 'stitched.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.getByText(/two different entries with the same id, so one would be lost\. Details: same/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Add it to my data' }).count(), 0);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), before);
  await page.context().close();
});

test('Your data shows whether the browser keeps the data, and asks only when told to', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Persist Co' });
  await page.getByRole('link', { name: 'Your data' }).click();
  const keep = page.getByRole('button', { name: 'Keep my data even when this browser runs short of space' });
  const agreed = page.getByText("This browser has agreed to keep Rebound's data");
  await keep.or(agreed).waitFor();
  if (await keep.isVisible()) {
    await keep.click();
    await page.getByText(/This browser (has agreed|did not agree)/).waitFor();
  }
  await page.context().close();
});
