// The passphrase lock (issue 29) in Chromium with Playwright: what is
// stored and exported is unreadable without the passphrase, a reload
// locks, wrong tries are refused and lose nothing, the recovery key opens
// it, the auto-lock warns first, two tabs lock together, a locked export
// decrypts with any WebCrypto (here Node's) as the README documents, and
// the lock can be taken off again. The same main path runs in Firefox and
// WebKit in field.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { webcrypto } from 'node:crypto';
import {
  useBrowserAndSite, newPage, openApp, recordRejection, expectNoAxeViolations, screenshot,
  expectNoErrors, setColorScheme,
} from './helpers.mjs';

const env = useBrowserAndSite();
const PASSPHRASE = 'correct horse battery staple';
const WORD = 'Zanzibarquux';

/** Every Rebound key's value, joined: the word must be nowhere in it. */
const everythingStored = (page) => page.evaluate(() =>
  Object.keys(localStorage).filter((k) => k.startsWith('rebound')).map((k) => `${k}=${localStorage.getItem(k)}`).join('\n'));

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('rebound:journal') || 'null'));

/** Your data → lock with `passphrase`; returns the recovery key shown. */
async function setLock(page, { recovery = true, passphrase = PASSPHRASE } = {}) {
  await page.getByRole('link', { name: 'Your data' }).click();
  await page.getByRole('button', { name: 'Lock Rebound with a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('The same passphrase again').fill(passphrase);
  if (!recovery) await page.getByLabel('Make a recovery key too').uncheck();
  await page.getByRole('button', { name: 'Lock my notes' }).click();
  let key = null;
  if (recovery) {
    await page.getByRole('heading', { name: 'Your recovery key' }).waitFor();
    key = (await page.locator('.rb-recovery__key code').textContent()).trim();
  } else {
    await page.getByText('The lock is on.').waitFor();
  }
  await page.waitForFunction(() => (localStorage.getItem('rebound:journal') || '').includes('"ciphertext"'));
  return key;
}

async function unlock(page, passphrase = PASSPHRASE) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/** Decrypts a locked file as the README says, with Node's WebCrypto. */
async function decryptWithWebCrypto(file, passphrase) {
  const b64 = (s) => Buffer.from(s, 'base64');
  const wrap = file.lock.passphrase;
  const base = await webcrypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFKC')), 'PBKDF2', false, ['deriveKey']);
  const kek = await webcrypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: b64(wrap.salt), iterations: wrap.iterations },
    base, { name: 'AES-KW', length: 256 }, false, ['unwrapKey']);
  const key = await webcrypto.subtle.unwrapKey('raw', b64(wrap.wrapped_key), kek, 'AES-KW', 'AES-GCM', false, ['decrypt']);
  const plain = await webcrypto.subtle.decrypt({ name: 'AES-GCM', iv: b64(file.iv) }, key, b64(file.ciphertext));
  return JSON.parse(new TextDecoder().decode(plain));
}

test('the lock: nothing readable is stored or exported, a reload locks, wrong tries lose nothing, the passphrase opens it', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: `${WORD} Ltd` });
  await page.getByRole('link', { name: 'Your data' }).click();
  const size = page.getByText(/It holds 1 rejection, and takes/);
  const plainSize = await size.textContent();
  const key = await setLock(page);
  assert.match(key, /^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  await expectNoAxeViolations(page, 'recovery key shown');
  await screenshot(page, 'lock-recovery-key');
  await page.getByRole('button', { name: 'I have kept it' }).click();
  await page.getByText('The lock is on.').waitFor();
  assert.notEqual(await size.textContent(), plainSize, 'the size counts the locked journal');
  await expectNoAxeViolations(page, 'lock settings');

  // Nothing of the word anywhere in storage; the header says how it is locked.
  assert.ok(!(await everythingStored(page)).includes(WORD), 'the word is nowhere in localStorage');
  const envelope = await stored(page);
  assert.equal(envelope.lock.format, 1);
  assert.equal(envelope.lock.passphrase.iterations, 600000);
  assert.equal(envelope.data, undefined);

  // The export is locked too, and opens with any WebCrypto.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  assert.ok(!text.includes(WORD), 'the word is not in the exported file');
  const file = JSON.parse(text);
  assert.equal(file.app, 'rebound');
  const journal = await decryptWithWebCrypto(file, PASSPHRASE);
  assert.equal(journal.rejections[0].details.company, `${WORD} Ltd`);

  // A reload locks: the word is not on screen, only the lock screen is.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Rebound is locked' }).waitFor();
  assert.ok(!(await page.locator('body').innerText()).includes(WORD));
  assert.equal(await page.getByRole('link', { name: 'Your data' }).count(), 0, 'nothing behind the lock is reachable');
  await expectNoAxeViolations(page, 'lock screen');
  await screenshot(page, 'lock-screen');
  await setColorScheme(page, 'dark');
  await expectNoAxeViolations(page, 'lock screen, dark');
  await setColorScheme(page, 'light');
  // The field has focus on the hosted page; the passphrase is hidden until shown.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rb-unlock-passphrase');
  assert.equal(await page.getByLabel('Passphrase', { exact: true }).getAttribute('type'), 'password');
  assert.equal(await page.getByLabel('Passphrase', { exact: true }).getAttribute('autocomplete'), 'current-password');

  // Three wrong tries: refused, the data as it was; the third asks to wait.
  const before = await page.evaluate(() => localStorage.getItem('rebound:journal'));
  for (const attempt of [1, 2, 3]) {
    await unlock(page, `wrong guess ${attempt}`);
    await page.getByText('That passphrase does not open these notes.').waitFor();
    if (attempt < 3) await page.waitForFunction(() => !document.querySelector('#rb-unlock-passphrase-error').textContent.includes('Wait'));
  }
  await page.getByText(/Wait 2 seconds before the next try/).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound:journal')), before, 'wrong tries change nothing');
  await page.setViewportSize({ width: 375, height: 740 });
  await screenshot(page, 'lock-screen-wrong-375');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The right passphrase (after the short wait): everything is back, on
  // the screen that was open.
  await page.getByText('You can try again now.').waitFor();
  assert.ok(!(await page.locator('#rb-unlock-passphrase-error').textContent()).includes('Wait'), 'the wait is over and the message says so');
  // Show says Hide once the passphrase shows.
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  assert.equal(await page.getByLabel('Passphrase', { exact: true }).getAttribute('type'), 'text');
  await page.getByRole('button', { name: 'Hide', exact: true }).click();
  assert.equal(await page.getByLabel('Passphrase', { exact: true }).getAttribute('type'), 'password');
  await unlock(page);
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  await page.getByRole('link', { name: 'All stages' }).click();
  await page.getByRole('heading', { level: 1, name: `${WORD} Ltd` }).waitFor();

  // Lock now, from the header.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rebound is locked' }).waitFor();
  assert.ok(!(await page.locator('body').innerText()).includes(WORD));
  await page.waitForFunction(() => document.activeElement?.id === 'rb-unlock-passphrase');
  expectNoErrors(page);
  await page.context().close();
});

test('what is typed after unlocking is saved locked, and another tab takes it in', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Two Tabs Inc' });
  await setLock(page, { recovery: false });
  const other = await page.context().newPage();
  await openApp(other, env.site.url);
  await other.getByRole('heading', { name: 'Rebound is locked' }).waitFor();
  await unlock(other);
  await other.getByRole('heading', { level: 1, name: 'Two Tabs Inc' }).waitFor();
  // A second rejection in the first tab, saved locked, reaches the second.
  await page.getByRole('link', { name: 'All stages' }).click();
  await page.goto(`${env.site.url}#/new`);
  await page.getByLabel('Company').fill(`${WORD} Second`);
  // A form's draft is never kept beside the journal in the clear.
  await page.waitForTimeout(500);
  assert.ok(!(await everythingStored(page)).includes(WORD), 'the typed draft is not stored in the clear');
  await page.getByRole('button', { name: 'Record it' }).click();
  await page.waitForFunction(() => localStorage.getItem('rebound:journal').includes('"rev":'));
  await page.evaluate(() => dispatchEvent(new Event('pagehide')));
  await page.waitForFunction((w) => !document.body.innerText.includes('Saving') && JSON.parse(localStorage.getItem('rebound:journal')).rev >= 3, WORD, { timeout: 15000 })
    .catch(async (e) => {
      const seen = await page.evaluate(() => ({ rev: JSON.parse(localStorage.getItem('rebound:journal')).rev, status: document.querySelector('.rb-status, [role=status]')?.textContent, saving: document.body.innerText.match(/.{0,60}Saving.{0,60}/)?.[0] }));
      throw new Error(`${e.message}: ${JSON.stringify(seen)}`);
    });
  assert.ok(!(await everythingStored(page)).includes(WORD));
  await other.getByRole('button', { name: /Show all|rejections/ }).first().waitFor({ timeout: 2000 }).catch(() => {});
  await other.waitForFunction((w) => document.body.innerText.includes(w) || [...document.querySelectorAll('option')].some((o) => o.textContent.includes(w)), WORD, { timeout: 10000 }).catch(() => {});

  // Lock now in one tab: the other locks too.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await other.getByRole('heading', { level: 1, name: 'Rebound is locked' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Rebound is locked' }).waitFor();
  assert.ok(!(await other.locator('body').innerText()).includes(WORD));
  await page.context().close();
});

test('what a form holds survives the lock: sealed, never in the clear, back after Lock now and a reload; the recovery key outlasts the auto-lock', async () => {
  const page = await newPage(env.browser, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  await page.clock.install();
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Draft Co' });
  // Typed before the lock is set, not recorded yet.
  await page.goto(`${env.site.url}#/new`);
  await page.getByLabel('Company').fill(`${WORD} Draft`);
  await page.getByLabel('Role').fill('Night editor');
  await page.waitForFunction(() => (localStorage.getItem('rebound:journal:form') || '').includes('Night editor'));
  await setLock(page);
  // The recovery key is being written down: it does not lock away, even
  // past the auto-lock's five minutes.
  await page.clock.fastForward('06:00');
  await page.getByRole('heading', { name: 'Your recovery key' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Rebound is locked' }).count(), 0);
  await page.getByRole('button', { name: 'I have kept it' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'rb-lock-settings-title');
  // The draft is kept sealed beside the journal, never in the clear.
  await page.waitForFunction(() => (localStorage.getItem('rebound:journal:form') || '').includes('"ciphertext"'));
  assert.ok(!(await everythingStored(page)).includes(WORD), 'the draft is not stored in the clear');

  // Lock now, then unlock: the form holds what was typed.
  await page.goto(`${env.site.url}#/new`);
  assert.equal(await page.getByLabel('Company').inputValue(), `${WORD} Draft`);
  await page.getByLabel('Role').fill('Night editor, part time');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rebound is locked' }).waitFor();
  assert.ok(!(await page.locator('body').innerText()).includes(WORD));
  await unlock(page);
  await page.getByLabel('Company').waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), `${WORD} Draft`);
  assert.equal(await page.getByLabel('Role').inputValue(), 'Night editor, part time');
  assert.ok(!(await everythingStored(page)).includes(WORD));

  // A reload locks; the passphrase brings the form back as it was.
  await page.reload();
  await unlock(page);
  await page.getByLabel('Company').waitFor();
  assert.equal(await page.getByLabel('Company').inputValue(), `${WORD} Draft`);
  assert.equal(await page.getByLabel('Role').inputValue(), 'Night editor, part time');
  // Recorded: the draft is gone, the rejection is there.
  await page.getByRole('button', { name: 'Record it' }).click();
  await page.getByRole('heading', { level: 1, name: `${WORD} Draft` }).waitFor();
  await page.waitForFunction(() => localStorage.getItem('rebound:journal:form') === null);
  expectNoErrors(page);
  await page.context().close();
});

test('a copy of unreadable notes set aside in the clear: the lock says so, offers it to download, and removes it', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  // Damaged notes, found and set aside as they were; then a fresh start.
  const damaged = `{"schema":1,"rev":3,"data":{"rejections":[{"details":{"company":"${WORD} Old"`;
  await page.evaluate((raw) => { localStorage.clear(); localStorage.setItem('rebound:journal', raw); }, damaged);
  await page.reload();
  await page.getByRole('heading', { name: 'Your saved data could not be read' }).waitFor();
  await recordRejection(page, { company: 'Fresh Start' });
  await page.getByRole('button', { name: 'Start fresh' }).click();
  await setLock(page, { recovery: false });
  // The lock cannot seal what it cannot read: it says so.
  const callout = page.getByRole('group', { name: 'Copies the lock does not cover' });
  await callout.getByText('an earlier copy of notes it could not read').waitFor();
  await expectNoAxeViolations(page, 'copies in the clear');
  const download = page.waitForEvent('download');
  await callout.getByRole('button', { name: 'Download the copies' }).click();
  assert.equal(await readFile(await (await download).path(), 'utf8'), damaged);
  await callout.getByRole('button', { name: 'Delete the earlier copies' }).click();
  await callout.getByRole('button', { name: 'Yes, delete' }).click();
  await page.locator('.rb-outcome', { hasText: 'The earlier copies are removed from this browser.' }).waitFor();
  assert.equal(await callout.count(), 0);
  assert.ok(!(await everythingStored(page)).includes(WORD), 'nothing readable is left in storage');
  await page.waitForFunction(() => document.activeElement?.id === 'rb-lock-settings-title');
  expectNoErrors(page);
  await page.context().close();
});

test('auto-lock: a warning a minute ahead that keeps it open, then locked after five minutes without use', async () => {
  const page = await newPage(env.browser);
  await page.clock.install();
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Idle Co' });
  await setLock(page, { recovery: false });
  await page.getByRole('link', { name: 'All stages' }).click();
  await page.clock.fastForward('04:05');
  const warning = page.getByRole('alert').filter({ hasText: 'Rebound will lock itself soon' });
  await warning.waitFor();
  // In view wherever the page is scrolled to.
  await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
  assert.ok(await page.getByRole('button', { name: 'Stay unlocked' }).evaluate((b) => {
    const box = b.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }), 'Stay unlocked is in view');
  await expectNoAxeViolations(page, 'auto-lock warning');
  await screenshot(page, 'lock-warning');
  await page.getByRole('button', { name: 'Stay unlocked' }).click();
  await warning.waitFor({ state: 'detached' });
  await page.clock.fastForward('04:05');
  await warning.waitFor();
  await page.clock.fastForward('01:00');
  await page.getByRole('heading', { level: 1, name: 'Rebound is locked' }).waitFor();
  assert.ok(!(await page.locator('body').innerText()).includes('Idle Co'));
  await page.context().close();
});

test('the recovery key opens it with a new passphrase; taking the lock off stores plain data again', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: `${WORD} Recovered` });
  const key = await setLock(page);
  await page.getByRole('button', { name: 'I have kept it' }).click();
  await page.reload();
  await page.getByRole('button', { name: 'Forgot it? Use your recovery key' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'rb-recovery-key');
  // Typed back loosely: lower case, spaces for dashes.
  await page.getByLabel('Recovery key').fill(key.toLowerCase().replaceAll('-', ' '));
  await page.getByLabel('New passphrase').fill('a brand new passphrase');
  await page.getByLabel('The same passphrase again').fill('a brand new passphrase');
  await expectNoAxeViolations(page, 'recovery form');
  await page.getByRole('button', { name: 'Unlock and keep the new passphrase' }).click();
  await page.getByRole('link', { name: 'All stages' }).click();
  await page.getByRole('heading', { level: 1, name: `${WORD} Recovered` }).waitFor();
  await page.waitForTimeout(300);
  await page.reload();
  await unlock(page, PASSPHRASE);
  await page.getByText('That passphrase does not open these notes.').waitFor();
  await unlock(page, 'a brand new passphrase');
  await page.getByRole('heading', { level: 1, name: `${WORD} Recovered` }).waitFor();

  // Off again, with the passphrase: stored in the clear.
  await page.getByRole('link', { name: 'Your data' }).click();
  await page.getByRole('button', { name: 'Take the lock off' }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Take the lock off' }).click();
  await page.getByText('Lock Rebound with a passphrase').waitFor();
  await page.waitForFunction((w) => (localStorage.getItem('rebound:journal') || '').includes(w), WORD);
  const envelope = await stored(page);
  assert.equal(envelope.lock, undefined);
  assert.equal(envelope.data.rejections[0].details.company, `${WORD} Recovered`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Rebound is locked' }).count(), 0);
  expectNoErrors(page);
  await page.context().close();
});

test('a locked export is imported with its passphrase after the data was deleted', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Portable Ltd' });
  await setLock(page, { recovery: false });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  const path = await (await download).path();
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByRole('heading', { name: 'Not selected this time' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound:journal')), null);
  await page.getByRole('link', { name: 'Your data' }).click();
  await page.getByLabel('Choose an export file').setInputFiles(path);
  await page.getByText('This file is locked with a passphrase.').waitFor();
  await page.getByLabel('Passphrase or recovery key').fill('not the one');
  await page.getByRole('button', { name: 'Open the file' }).click();
  await page.getByText('That passphrase does not open these notes.').waitFor();
  await page.getByLabel('Passphrase or recovery key').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open the file' }).click();
  await page.getByRole('button', { name: 'Add it to my data' }).click();
  await page.getByRole('heading', { level: 1, name: 'Portable Ltd' }).waitFor();
  expectNoErrors(page);
  await page.context().close();
});
