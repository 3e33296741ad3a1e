// Stages 1 and 2 as a new user walks them; stage 2 with the keyboard only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowserAndSite, newPage, openApp, recordRejection, openStage, tabTo, saved, setColorScheme,
  expectNoAxeViolations, screenshot, expectNoErrors,
} from './helpers.mjs';

const env = useBrowserAndSite();

test('stage 1: check in, set a window, write the thank-you note, build a support circle', async () => {
  const page = await newPage(env.browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Acme & Sons', role: 'Backend Engineer' });
  await openStage(page, 'Process the emotions');
  await page.getByText('Give it a set time, not all your time').waitFor();

  // A check-in of feelings alone, one strength set from the keyboard.
  await page.getByText('Disappointed', { exact: true }).click();
  await page.getByText('Doubting myself', { exact: true }).click();
  await page.getByLabel('How strong is “Disappointed”?').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.getByLabel('A note to yourself').fill('Rough morning — café helped 🙂');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  const first = page.locator('.rb-list__item').first();
  await first.getByText('Disappointed 8/10, Doubting myself 5/10').waitFor();
  assert.match(await first.textContent(), /Rough morning — café helped 🙂/);

  // Edit it, then add a second one the same day.
  await first.getByRole('button', { name: /^Edit check-in/ }).click();
  await page.getByText('Hopeful', { exact: true }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Disappointed 8/10, Doubting myself 5/10, Hopeful 5/10').waitFor();
  await page.getByText('Angry', { exact: true }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  assert.equal(await page.locator('.rb-tool').first().locator('.rb-list__item').count(), 2);
  // Delete asks first.
  await page.locator('.rb-list__item').first().getByRole('button', { name: /^Delete check-in/ }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  assert.equal(await page.locator('.rb-tool').first().locator('.rb-list__item').count(), 1);

  // A 5 MB paste is refused with a message; nothing is lost or flooded.
  const huge = 'x'.repeat(5 * 1024 * 1024);
  await page.getByLabel('A note to yourself').fill(huge);
  await page.getByText(/This is 5242880 characters; this field keeps up to/).waitFor();
  assert.equal((await page.getByLabel('A note to yourself').inputValue()).length, huge.length, 'the pasted text stays in the field');
  await page.getByLabel('A note to yourself').fill('');

  await page.getByRole('button', { name: '3 days' }).click();
  await page.getByText(/Your time to process runs until/).waitFor();

  // The thank-you note, built from the details, with a correctly encoded mailto link.
  await page.locator('#rb-thanks-to-name').fill('Priya');
  await page.locator('#rb-thanks-to-email').fill('priya@acme.example');
  const body = await page.locator('#rb-thanks-body').inputValue();
  assert.match(body, /^Hello Priya,/);
  assert.match(body, /the Backend Engineer role at Acme & Sons/);
  const href = await page.getByRole('link', { name: 'Open in my email app' }).first().getAttribute('href');
  assert.ok(href.startsWith('mailto:priya@acme.example?subject=Thank%20you%3A%20Backend%20Engineer%20at%20Acme%20%26%20Sons&body=Hello%20Priya%2C%0D%0A'), href);
  await page.getByRole('button', { name: 'Copy the text' }).first().click();
  await page.getByText('Copied the subject and text').waitFor({ state: 'attached' });
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /Hello Priya,/);
  await page.locator('#rb-thanks-body').fill('My own words, with "quotes" & <b>no html</b>.');
  await page.locator('#rb-thanks-sent').check();

  await page.getByLabel('Name', { exact: true }).fill('Ana');
  await page.getByLabel('Who they are to you').selectOption('mentor');
  await page.getByRole('button', { name: 'Add to my circle' }).click();
  await page.getByText('I reached out to Ana').click();
  await page.getByText(/I reached out to Ana on/).waitFor();

  await expectNoAxeViolations(page, 'stage 1, light');
  await screenshot(page, 'stage1-desktop');
  await setColorScheme(page, 'dark');
  await expectNoAxeViolations(page, 'stage 1, dark');
  await screenshot(page, 'stage1-desktop-dark');
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, 'stage1-phone-dark');
  await setColorScheme(page, 'light');

  const stored = await saved(page);
  assert.ok(stored.includes('My own words, with \\"quotes\\" & <b>no html</b>.'));
  assert.ok(!stored.includes('xxxxxxxxxx'), 'the oversized paste was not saved');

  await page.reload();
  await openStage(page, 'Process the emotions');
  await page.getByText('Disappointed 8/10, Doubting myself 5/10, Hopeful 5/10').waitFor();
  assert.equal(await page.locator('#rb-thanks-body').inputValue(), 'My own words, with "quotes" & <b>no html</b>.');
  assert.equal(await page.locator('#rb-thanks-body b').count(), 0);
  assert.ok(await page.locator('#rb-thanks-sent').isChecked());
  await page.getByText(/I reached out to Ana on/).waitFor();
  expectNoErrors(page);
  await page.context().close();
});

test('stage 2 with the keyboard only: request, status, what they said', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await tabTo(page, 'Company');
  await page.keyboard.type('Globex');
  await tabTo(page, 'Role');
  await page.keyboard.type('Data Analyst');
  await tabTo(page, 'Begin');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Data Analyst at Globex' }).waitFor();

  await tabTo(page, /^Seek feedback/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Ask for feedback' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus starts at the heading');

  // Tab reaches the chosen radio of a group; arrow keys move the choice.
  await tabTo(page, /^Warm$/);
  await page.keyboard.press('ArrowRight');
  await tabTo(page, 'Their name');
  await page.keyboard.type('Mr Lee');
  const request = await page.locator('#rb-request-body').inputValue();
  assert.match(request, /^Dear Mr Lee,/);
  assert.match(request, /the Data Analyst role at Globex/);
  await tabTo(page, "I've sent it");
  await page.keyboard.press('Space');
  assert.equal(await page.getByLabel('Status').inputValue(), 'sent');
  await page.getByText(/Give them time/).waitFor();
  await tabTo(page, /^Next: What they said/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'What they said' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'each step starts at its heading');

  await tabTo(page, 'Their feedback, in your notes');
  await page.keyboard.type('Good SQL; wanted more stakeholder communication.');
  await tabTo(page, 'Communication');
  await page.keyboard.press('Space');
  await tabTo(page, 'Your own tags');
  await page.keyboard.type('stakeholders, SQL');
  await tabTo(page, /^Fair$/);
  await page.keyboard.press('ArrowRight');
  await tabTo(page, 'Save this feedback');
  await page.keyboard.press('Enter');
  const note = page.locator('.rb-list__item').filter({ hasText: 'Good SQL' });
  await note.waitFor();
  assert.match(await note.textContent(), /Communication/);
  assert.match(await note.textContent(), /stakeholders/);
  assert.match(await note.textContent(), /Felt: Partly fair/);

  await tabTo(page, 'All steps of this stage');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Seek feedback: what you did' }).waitFor();
  await tabTo(page, 'Mark this stage done');
  await page.keyboard.press('Enter');
  await page.getByText('You marked this stage done.').waitFor();

  await expectNoAxeViolations(page, 'stage 2, light');
  await screenshot(page, 'stage2-desktop');
  await setColorScheme(page, 'dark');
  await expectNoAxeViolations(page, 'stage 2, dark');
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, 'stage2-phone-dark');

  await page.reload();
  await openStage(page, 'Seek feedback');
  await page.getByText('Good SQL; wanted more stakeholder communication.').waitFor();
  assert.ok(await page.getByLabel('Formal').isChecked());
  expectNoErrors(page);
  await page.context().close();
});
