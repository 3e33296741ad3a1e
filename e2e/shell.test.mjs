// The foundation, as a new user meets it: record a rejection, open stages,
// mark one done, reload, add a second rejection and switch between them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowserAndSite, newPage, openApp, openStage, expectNoAxeViolations, screenshot, expectNoErrors } from './helpers.mjs';

const env = useBrowserAndSite();

test('a new user records a rejection, works a stage, and finds it all after a reload', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Not selected this time' }).waitFor());
  await expectNoAxeViolations(page, 'welcome');
  await screenshot(page, 'welcome-desktop');

  await page.getByLabel('Company').fill('Acme');
  await page.getByLabel('Role').fill('Backend Engineer');
  await page.getByLabel('When the news came').fill('2026-11-20');
  await page.getByLabel('How far the process went').selectOption({ label: 'After the final round' });
  await page.getByRole('button', { name: 'Begin' }).click();

  await page.getByRole('heading', { level: 1, name: 'Backend Engineer at Acme' }).waitFor();
  assert.equal(await page.locator('.rb-task').count(), 5);
  assert.equal(await page.locator('[aria-current="step"]').textContent(), 'Process the emotions');
  await expectNoAxeViolations(page, 'hub');
  await screenshot(page, 'hub-desktop');

  await page.getByRole('link', { name: 'Seek feedback' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Ask for feedback' });
  await heading.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Ask for feedback',
    'focus moves to the heading of the stage’s first step');
  await expectNoAxeViolations(page, 'stage page');
  await screenshot(page, 'stage-desktop');
  await page.getByRole('link', { name: 'All steps of this stage' }).click();
  await page.getByRole('button', { name: 'Mark this stage done' }).click();
  await page.getByText('You marked this stage done.').waitFor();
  await page.getByRole('link', { name: 'Back to all stages' }).click();
  await page.getByRole('link', { name: 'Process the emotions' }).click();
  await page.getByRole('heading', { level: 1, name: 'How are you, overall?' }).waitFor();
  await page.getByRole('link', { name: 'All stages', exact: true }).click();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Backend Engineer at Acme' }).waitFor();
  const tags = await page.locator('.rb-task .rb-tag').allTextContents();
  assert.deepEqual(tags.map((t) => t.replace('✓ ', '')),
    ['In progress', 'Done', 'Not started', 'Not started', 'Not started']);

  await page.getByRole('link', { name: 'Record another rejection' }).click();
  await page.getByLabel('Company').fill('Globex');
  await page.getByRole('button', { name: 'Record it' }).click();
  await page.getByRole('heading', { level: 1, name: 'Globex' }).waitFor();
  assert.doesNotMatch(await page.locator('.rb-hub').textContent(), /of 5 stages/, 'no score of stages');
  assert.match(await page.locator('.rb-switcher').textContent(), /GlobexNot begun yet · open now/);
  await page.getByRole('button', { name: 'Backend Engineer at Acme' }).click();
  await page.getByRole('heading', { level: 1, name: 'Backend Engineer at Acme' }).waitFor();
  // Progress as what was done: the stage called done counts as worked on.
  assert.match(await page.locator('.rb-switcher').textContent(), /Worked on 1 stage · open now/);
  expectNoErrors(page);
});

test('the pages work and pass axe at a 375 px phone width, in dark mode too', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await newPage(env.browser, { viewport: { width: 375, height: 812 }, colorScheme });
    await openApp(page, env.site.url);
    await expectNoAxeViolations(page, `welcome, phone, ${colorScheme}`);
    await screenshot(page, `welcome-phone-${colorScheme}`);
    await page.getByLabel('Company').fill('Initech');
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Initech' }).waitFor();
    await expectNoAxeViolations(page, `hub, phone, ${colorScheme}`);
    await screenshot(page, `hub-phone-${colorScheme}`);
    await page.getByRole('link', { name: 'Process the emotions' }).click();
    await page.getByRole('heading', { level: 1, name: 'How are you, overall?' }).waitFor();
    await expectNoAxeViolations(page, `stage, phone, ${colorScheme}`);
    await screenshot(page, `stage-phone-${colorScheme}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(overflow, false, 'no sideways scrolling at 375 px');
    expectNoErrors(page);
    await page.context().close();
  }
});

test('a date in the future is refused with a message', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await page.getByLabel('When the news came').fill('2999-05-01');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByText('That date is in the future').waitFor();
  assert.equal(await page.getByLabel('When the news came').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound:journal')), null);
  await page.context().close();
});

test('nothing scrolls sideways on a 320 px phone, on any screen', async () => {
  const page = await newPage(env.browser, { viewport: { width: 320, height: 700 } });
  await openApp(page, env.site.url);
  const fits = async (name) => {
    const [content, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(content <= viewport, `${name}: ${content} px wide in a ${viewport} px screen`);
  };
  await fits('welcome');
  await page.getByLabel('Company').fill('A very long company name Incorporated International');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('.rb-hub h1').waitFor();
  await fits('hub');
  for (const stage of ['Process the emotions', 'Seek feedback', 'Reflect and evaluate', 'Turn it into opportunity', 'Keep searching']) {
    await page.getByRole('link', { name: 'All stages', exact: true }).click();
    await page.getByRole('link', { name: stage, exact: true }).click();
    await page.locator('.rb-step h1').waitFor();
    await fits(stage);
  }
  await page.getByRole('link', { name: 'Insights' }).click();
  await fits('insights');
  await page.getByRole('link', { name: 'Your data' }).click();
  await fits('your data');
  expectNoErrors(page);
  await page.context().close();
});

test('a 120-character unbroken word in every field wraps: nothing scrolls sideways at 320 px', async () => {
  const page = await newPage(env.browser, { viewport: { width: 320, height: 700 } });
  await openApp(page, env.site.url);
  const word = `https://jobs.example.com/${'Stellenausschreibungsbearbeitungsverfahren'.repeat(3)}`.slice(0, 120);
  assert.equal(word.length, 120);
  const fillEveryField = async () => {
    const ids = await page.locator('input[type=text], input[type=email], input[type=url], input:not([type]), textarea')
      .evaluateAll((all) => all.map((f) => f.id).filter(Boolean));
    for (const id of ids) await page.locator(`[id="${id}"]`).fill(word);
    return ids.length;
  };
  const fits = async (name) => {
    const [content, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(content <= viewport, `${name}: ${content} px wide in a ${viewport} px screen`);
  };
  assert.ok(await fillEveryField() >= 3, 'the welcome form has its text fields');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('.rb-hub h1').waitFor();
  await fits('hub with the word as company, role and notes');
  await openStage(page, 'Process the emotions');
  assert.ok(await fillEveryField() >= 3, 'stage 1 has text fields');
  await page.getByText('Frustrated', { exact: true }).click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByRole('button', { name: 'Add to my circle' }).click();
  await fits('stage 1 with the word everywhere, a check-in and a supporter');
  await page.getByRole('link', { name: 'All stages', exact: true }).click();
  await fits('hub and the switcher');
  expectNoErrors(page);
  await page.context().close();
});
