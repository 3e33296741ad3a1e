// Storage that never loses data, proven in a real browser: blocked storage,
// a full quota, corrupt and newer data, two tabs, export/import and delete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  useBrowserAndSite, newPage, openApp, recordRejection, openStage, saved, setColorScheme,
  expectNoAxeViolations, screenshot, expectNoErrors,
} from './helpers.mjs';

const env = useBrowserAndSite();

const KEY = 'rebound:journal';
const ourKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rebound:')).sort());

async function seed(page, value) {
  await openApp(page, env.site.url);
  await page.evaluate(([k, v]) => { localStorage.clear(); localStorage.setItem(k, v); }, [KEY, value]);
  await page.reload();
  await page.locator('.rb-app').waitFor();
}

test('blocked storage: the app works in memory, says so plainly, and offers export', async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await openApp(page, env.site.url);
  await page.getByRole('heading', { name: 'Nothing will be kept after you close this page' }).waitFor();
  await recordRejection(page, { company: 'Sandboxed Ltd' });
  await page.getByRole('heading', { level: 1, name: 'Sandboxed Ltd' }).waitFor();
  await expectNoAxeViolations(page, 'blocked-storage notice');
  await screenshot(page, 'notice-blocked');
  await setColorScheme(page, 'dark');
  await expectNoAxeViolations(page, 'blocked-storage notice, dark');
  await setColorScheme(page, 'light');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export a copy' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  assert.equal(file.app, 'rebound');
  assert.equal(file.data.rejections[0].details.company, 'Sandboxed Ltd');
  expectNoErrors(page);
  await page.context().close();
});

test('full storage: changes stay in memory with a notice, the old save is intact, the next change retries', async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__storageFull && key === 'rebound:journal') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Before Co' });
  const before = await saved(page);
  assert.match(before, /Before Co/);

  await page.evaluate(() => { window.__storageFull = true; });
  await page.getByRole('link', { name: 'Edit what happened' }).click();
  await page.getByLabel('Company').fill('After Co');
  await page.getByRole('button', { name: 'Save changes' }).click();
  assert.equal(await saved(page), before, 'what was saved before is not damaged');
  await page.getByRole('heading', { name: 'Your latest changes are not saved yet' }).waitFor();
  await page.locator('.rb-notice').getByText(/storage is full/).waitFor();
  assert.match(await page.getByRole('status').textContent(), /storage is full/, 'the live region announces it');
  await expectNoAxeViolations(page, 'storage-full notice');
  await screenshot(page, 'notice-full');
  await setColorScheme(page, 'dark');
  await expectNoAxeViolations(page, 'storage-full notice, dark');
  await screenshot(page, 'notice-full-dark');
  await setColorScheme(page, 'light');

  await page.evaluate(() => { window.__storageFull = false; });
  await openStage(page, 'Process the emotions');
  const after = await saved(page);
  assert.match(after, /After Co/, 'the next change saved everything');
  await page.getByRole('heading', { name: 'Your latest changes are not saved yet' }).waitFor({ state: 'detached' });
  expectNoErrors(page);
  await page.context().close();
});

for (const [kind, raw] of [
  ['not JSON', 'this is not json at all'],
  ['truncated', '{"schema":1,"rev":4,"saved_at":1,"data":{"rejections":[{"id":"x","details":{"company":"Ac'],
  ['the wrong shape', '{"todos":[{"title":"milk","done":false}]}'],
]) {
  test(`corrupt data (${kind}) is set aside, never overwritten, and can be downloaded`, async () => {
    const page = await newPage(env.browser);
    await seed(page, raw);
    await page.getByRole('heading', { name: 'Your saved data could not be read' }).waitFor();
    const keys = await ourKeys(page);
    assert.equal(keys.length, 2, 'the original plus one backup');
    await page.reload();
    await page.getByRole('heading', { name: 'Your saved data could not be read' }).waitFor();
    assert.deepEqual(await ourKeys(page), keys, 'reloading does not pile up copies');
    const backup = keys.find((k) => k.startsWith(`${KEY}:backup:`));
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), backup), raw);
    await expectNoAxeViolations(page, `corrupt notice (${kind})`);
    await setColorScheme(page, 'dark');
    await expectNoAxeViolations(page, `corrupt notice (${kind}), dark`);
    await setColorScheme(page, 'light');

    // Using the app does not write over it.
    await recordRejection(page, { company: 'New Start' });
    assert.equal(await saved(page), raw, 'the unreadable data is untouched');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the unreadable data' }).click();
    assert.equal(await readFile(await (await download).path(), 'utf8'), raw);

    await page.getByRole('button', { name: 'Start fresh' }).click();
    await page.getByRole('heading', { name: 'Your saved data could not be read' }).waitFor({ state: 'detached' });
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), backup), raw, 'the backup survives starting fresh');
    // Started fresh: what was written since is saved, over the unreadable text.
    await page.waitForFunction(() => (localStorage.getItem('rebound:journal') || '').includes('New Start'));
    await page.getByText('Your latest changes are not saved yet').waitFor({ state: 'detached', timeout: 1000 });
    expectNoErrors(page);
    await page.context().close();
  });
}

test('data from a newer Rebound opens read-only and is never overwritten', async () => {
  const page = await newPage(env.browser);
  const newer = JSON.stringify({
    schema: 99, rev: 7, saved_at: 1,
    data: { rejections: [{ id: 'n1', details: { company: 'Future Corp' }, hologram: true }], current: 'n1' },
  });
  await seed(page, newer);
  await page.getByRole('heading', { name: 'This data is from a newer Rebound' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Future Corp' }).waitFor();
  await page.getByRole('link', { name: 'Process the emotions' }).click();
  await page.getByRole('link', { name: 'All steps of this stage' }).click();
  await page.getByRole('button', { name: 'Mark this stage done' }).click();
  assert.equal(await saved(page), newer, 'nothing was written over it');
  await expectNoAxeViolations(page, 'newer-version notice');
  await setColorScheme(page, 'dark');
  await expectNoAxeViolations(page, 'newer-version notice, dark');
  expectNoErrors(page);
  await page.context().close();
});

test('two tabs: a change in one appears in the other, and edits made in both are kept', async () => {
  const context = await env.browser.newContext();
  const one = await context.newPage();
  await openApp(one, env.site.url);
  await recordRejection(one, { company: 'Shared Co' });
  await saved(one);
  const two = await context.newPage();
  await openApp(two, env.site.url);
  await two.getByRole('heading', { level: 1, name: 'Shared Co' }).waitFor();
  await openStage(one, 'Turn it into opportunity');
  await openStage(two, 'Turn it into opportunity');

  // Tab one adds an achievement and saves; tab two takes it in.
  await one.getByRole('button', { name: 'Add an achievement' }).click();
  await one.locator('.rb-draft input').fill('From tab one');
  await one.locator('.rb-draft').getByRole('button', { name: 'Save', exact: true }).click();
  await saved(one);
  await two.getByText('From tab one').waitFor();

  // Both add one at about the same time: tab two's is still being written
  // when tab one's arrives, and survives it.
  await two.getByRole('button', { name: 'Add an achievement' }).click();
  await two.locator('.rb-draft input').fill('From tab two');
  await one.getByRole('button', { name: 'Add an achievement' }).click();
  await one.locator('.rb-draft input').fill('Also from tab one');
  await one.locator('.rb-draft').getByRole('button', { name: 'Save', exact: true }).click();
  await saved(one);
  await two.getByText('Also from tab one').waitFor();
  assert.equal(await two.locator('.rb-draft input').inputValue(), 'From tab two', 'the entry being written is untouched');
  await two.locator('.rb-draft').getByRole('button', { name: 'Save', exact: true }).click();
  await saved(two);
  await one.getByText('From tab two').waitFor();

  // Both write at the very same moment: same revision on both sides.
  for (const [tab, text] of [[two, 'Simultaneous two'], [one, 'Simultaneous one']]) {
    await tab.getByRole('button', { name: 'Add an achievement' }).click();
    await tab.locator('.rb-draft input').fill(text);
    await tab.locator('.rb-draft').getByRole('button', { name: 'Save', exact: true }).click();
  }
  await Promise.all([one, two].map((tab) => tab.evaluate(() => window.dispatchEvent(new Event('pagehide')))));
  await one.getByText('Simultaneous two').waitFor();
  await two.getByText('Simultaneous one').waitFor();

  await one.reload();
  await openStage(one, 'Turn it into opportunity');
  for (const text of ['From tab one', 'From tab two', 'Also from tab one', 'Simultaneous one', 'Simultaneous two']) {
    await one.getByText(text, { exact: true }).waitFor();
  }
  await context.close();
});

test('export, delete everything, then import it back; bad files are refused', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await page.evaluate(() => localStorage.setItem('host-site-setting', 'keep me'));
  await recordRejection(page, { company: 'Roundtrip Inc', role: 'QA Lead' });
  await openStage(page, 'Process the emotions');
  await page.getByText('Hopeful', { exact: true }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('link', { name: 'Your data' }).click();
  await page.getByText(/It holds 1 rejection, 1 check-in, and takes [0-9.]+ (KB|bytes)/).waitFor();
  assert.doesNotMatch(await page.locator('.rb-data').textContent(), /takes 0 bytes/, 'the pending save was written first');
  await expectNoAxeViolations(page, 'your data page');
  await screenshot(page, 'your-data');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  const exported = await download;
  assert.match(exported.suggestedFilename(), /^rebound-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exportPath = await exported.path();

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await expectNoAxeViolations(page, 'delete confirmation');
  await setColorScheme(page, 'dark');
  await expectNoAxeViolations(page, 'delete confirmation, dark');
  await setColorScheme(page, 'light');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByRole('heading', { level: 1, name: 'Not selected this time' }).waitFor();
  assert.deepEqual(await ourKeys(page), [], 'none of our keys remain');
  assert.equal(await page.evaluate(() => localStorage.getItem('host-site-setting')), 'keep me', 'nothing else of the site was touched');

  await page.getByRole('link', { name: 'Your data' }).click();
  const chooser = page.getByLabel('Choose an export file');
  for (const [name, content, message] of [
    ['notes.txt', 'just some notes', /not a Rebound export: it is not JSON/],
    ['todo.json', '{"todos":[{"title":"milk"}]}', /may come from another app/],
    ['huge.json', Buffer.alloc(5 * 1024 * 1024 + 10, 'x'), /5 MB at most/],
  ]) {
    await chooser.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await page.getByText(message).waitFor();
    assert.match(await page.locator('#rb-import-error').textContent(), /your data is unchanged/);
  }
  await chooser.setInputFiles(exportPath);
  await page.getByText('This file holds 1 rejection, 1 check-in.').waitFor();
  await expectNoAxeViolations(page, 'import preview');
  await setColorScheme(page, 'dark');
  await expectNoAxeViolations(page, 'import preview, dark');
  await setColorScheme(page, 'light');
  await page.getByRole('button', { name: 'Replace my data with it' }).click();
  await page.getByRole('heading', { level: 1, name: 'QA Lead at Roundtrip Inc' }).waitFor();
  await openStage(page, 'Process the emotions');
  await page.getByText('Hopeful', { exact: true }).first().waitFor();
  assert.match(await saved(page), /Roundtrip Inc/);
  expectNoErrors(page);
  await page.context().close();
});
