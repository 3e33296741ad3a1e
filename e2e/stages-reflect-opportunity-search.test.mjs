// Stages 3 to 5 as a new user walks them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowserAndSite, newPage, openApp, recordRejection, openStage, saved, setColorScheme,
  expectNoAxeViolations, screenshot, expectNoErrors,
} from './helpers.mjs';

const env = useBrowserAndSite();

async function checkBothSchemes(page, name) {
  await expectNoAxeViolations(page, `${name}, light`);
  await screenshot(page, `${name}-desktop`);
  await setColorScheme(page, 'dark');
  await expectNoAxeViolations(page, `${name}, dark`);
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, `${name}-phone-dark`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, `${name}: no sideways scrolling at 375 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await setColorScheme(page, 'light');
}

/** Adds an item to an ItemList and fills its first field. */
async function addItem(page, addLabel, fields) {
  await page.getByRole('button', { name: addLabel }).click();
  for (const [label, value] of Object.entries(fields)) {
    // Optional fields say so after their label, so match from the start.
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const field = page.locator('.rb-item-editor').getByLabel(new RegExp(`^${escaped}`));
    if (await field.evaluate((el) => el.tagName) === 'SELECT') await field.selectOption({ label: value });
    else await field.fill(value);
  }
  await page.locator('.rb-item-editor').getByRole('button', { name: /^(Save|Done)$/ }).click();
}

test('stages 3 to 5: reflect, turn it into opportunity, keep searching', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Initech', role: 'Platform Engineer' });

  // Stage 3
  await openStage(page, 'Reflect and evaluate');
  await page.getByRole('group', { name: 'Preparation' }).getByText('4', { exact: true }).click();
  await page.getByRole('group', { name: 'Questions I asked' }).getByText('2', { exact: true }).click();
  await page.getByLabel('What went well').fill('Clear story about the migration.');
  await addItem(page, 'Add a strength', { Strength: 'Calm incident handling' });
  await page.getByText('Calm incident handling').waitFor();
  await page.getByLabel('Paste or type the requirements').fill('- Go\n- Kubernetes\n- On-call experience\n');
  await page.getByRole('button', { name: 'Add these requirements' }).click();
  assert.equal(await page.locator('[id^="rb-req-"].rb-list__item').count(), 3, 'a pasted block became three requirements');
  await page.getByRole('button', { name: 'Edit Kubernetes' }).click();
  await page.locator('.rb-item-editor').getByText('A gap', { exact: true }).click();
  await page.locator('.rb-item-editor').getByLabel('Evidence').fill('Only used it through a PaaS.');
  await page.locator('.rb-item-editor').getByRole('button', { name: /^(Save|Done)$/ }).click();
  await page.getByRole('button', { name: 'Send 1 gap to my development plan' }).click();
  await page.locator('li[id^="rb-req-"]').filter({ hasText: 'Kubernetes' }).getByText(/in your development plan/).waitFor();
  const plan = page.locator('section[aria-labelledby="rb-tool-plan"]');
  await plan.getByText('Kubernetes', { exact: true }).waitFor();
  await plan.getByRole('button', { name: 'Edit Kubernetes' }).click();
  await plan.getByLabel('The step').fill('CKA course');
  await plan.getByLabel('Status').selectOption({ label: 'Under way' });
  await plan.getByRole('button', { name: /^(Save|Done)$/ }).click();
  await plan.getByText('Kubernetes: CKA course').waitFor();
  assert.match(await plan.textContent(), /Under way/);
  await addItem(page, 'Add what someone said', { Who: 'Marta', 'What they said': 'Ask more questions at the end.' });
  await page.getByText(/If earlier applications ended the same way/).waitFor();
  await checkBothSchemes(page, 'stage3');

  // Stage 4
  await page.getByRole('link', { name: /Next: Turn it into opportunity/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Turn it into opportunity' }).waitFor();
  await addItem(page, 'Add a lesson', { 'What it was': 'Design a rate limiter', 'How I will answer or prepare next time': 'Token bucket, then trade-offs.' });
  await page.getByText('Next time: Token bucket, then trade-offs.').waitFor();
  await addItem(page, 'Add an achievement', { Achievement: 'Cut deploy time from 40 to 6 minutes' });
  await page.getByRole('button', { name: 'Reframe a thought' }).click();
  const editor = page.locator('.rb-item-editor');
  await editor.getByLabel('The harsh thought').fill("I'll never get hired");
  await editor.getByText('Overgeneralising', { exact: true }).click();
  await editor.getByLabel('A more balanced thought').fill('One team said no. I reached the final round.');
  await editor.getByRole('button', { name: /^(Save|Done)$/ }).click();
  // The saved reframe leads with the fairer thought.
  const reframe = page.locator('.rb-list__item', { hasText: 'Traps spotted: Overgeneralising' });
  await reframe.waitFor();
  assert.equal(await reframe.locator('.rb-list__title').textContent(), 'One team said no. I reached the final round.');
  await page.getByRole('group', { name: 'What helps you? Choose the ones to track.' }).waitFor();
  await page.locator('#rb-care-today-exercise').check();
  await page.getByText('This week: 1 day you looked after yourself (exercise 1×). That counts.').waitFor();
  await page.getByRole('group', { name: 'Freelance or contract work' }).getByText('Keen').click();
  await page.locator('#rb-path-freelance-step').fill('Ask two former clients about short projects');
  await checkBothSchemes(page, 'stage4');

  // Stage 5
  await page.getByRole('link', { name: /Next: Keep searching/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Keep searching' }).waitFor();
  await page.locator('#rb-goal-applications-target').fill('5');
  await page.locator('#rb-goal-applications-target').press('Tab');
  await page.locator('#rb-goal-applications-done').fill('2');
  await page.locator('#rb-goal-applications-done').press('Tab');
  await page.getByText('2 of 5', { exact: true }).waitFor();
  const materials = page.locator('section[aria-labelledby="rb-tool-materials"]');
  assert.match(await materials.textContent(), /Kubernetes/, 'the gap from stage 3 feeds the materials');
  assert.match(await materials.textContent(), /Calm incident handling/);
  await page.getByLabel('I revised my resume').check();
  await addItem(page, 'Add a contact', { Name: 'Dev Patel', Company: 'Hooli', 'Next step': 'Ask for 20 minutes' });
  await page.getByText('Dev Patel, Hooli').waitFor();
  await addItem(page, 'Add a lead', { 'What it is': 'Evil link', Link: 'javascript:alert(document.domain)' });
  await page.getByRole('button', { name: 'Edit Evil link' }).click();
  await page.getByText('Only links starting with https:// or http://').waitFor();
  await page.locator('.rb-item-editor').getByRole('button', { name: /^(Save|Done)$/ }).click();
  const leads = page.locator('section[aria-labelledby="rb-tool-openings"]');
  assert.equal(await leads.locator('a').count(), 0, 'a javascript: link never becomes a link');
  await addItem(page, 'Add a lead', { 'What it is': 'Rust jobs board', Kind: 'A job board', Link: 'https://jobs.example/rust' });
  const link = leads.getByRole('link', { name: /Open link for Rust jobs board/ });
  assert.equal(await link.getAttribute('href'), 'https://jobs.example/rust');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  await addItem(page, "Add something I'm open to", { What: 'Fintech' });
  const closing = page.locator('section[aria-labelledby="rb-tool-looking-back"]');
  assert.match(await closing.textContent(), /Your development plan has 1 step\./);
  assert.match(await closing.textContent(), /You added 1 lesson to your question bank\./);
  assert.match(await closing.textContent(), /it is fine that it did/);
  await checkBothSchemes(page, 'stage5');

  await saved(page);
  await page.reload();
  await openStage(page, 'Keep searching');
  await page.getByText('Dev Patel, Hooli').waitFor();
  await openStage(page, 'Reflect and evaluate');
  assert.ok(await page.getByRole('group', { name: 'Questions I asked' }).getByLabel('2').isChecked());
  expectNoErrors(page);
  await page.context().close();
});

test('person-level data is shared by every rejection; the question bank spans them', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'First Co' });
  await openStage(page, 'Turn it into opportunity');
  await addItem(page, 'Add a lesson', { 'What it was': 'Tell me about a conflict' });
  await addItem(page, 'Add an achievement', { Achievement: 'Mentored two juniors' });
  await page.getByRole('link', { name: 'All stages', exact: true }).click();
  await page.getByRole('link', { name: 'Record another rejection' }).click();
  await page.getByLabel('Company').fill('Second Co');
  await page.getByRole('button', { name: 'Record it' }).click();
  await openStage(page, 'Turn it into opportunity');
  await page.getByText('Mentored two juniors').waitFor();
  const bank = page.locator('section[aria-labelledby="rb-tool-lessons"]');
  await bank.getByText('From your other rejections').waitFor();
  assert.match(await bank.textContent(), /Tell me about a conflict.*First Co/s);
  assert.match(await bank.textContent(), /Nothing noted from this one yet/);
  expectNoErrors(page);
  await page.context().close();
});

test('a heavy journal: every screen renders, and long lists show the latest 25 first', async () => {
  const { heavyJournal } = await import('../bench/heavy.mjs');
  const page = await newPage(env.browser);
  await page.addInitScript((text) => {
    if (!localStorage.getItem('rebound:journal')) localStorage.setItem('rebound:journal', text);
  }, JSON.stringify(heavyJournal()));
  await openApp(page, env.site.url);
  await page.getByRole('heading', { level: 1, name: 'Engineer at Company 99' }).waitFor();
  for (const stage of ['Process the emotions', 'Seek feedback', 'Reflect and evaluate', 'Turn it into opportunity', 'Keep searching']) {
    await openStage(page, stage);
  }
  const contacts = page.locator('section[aria-labelledby="rb-tool-network"]');
  assert.equal(await contacts.locator('li.rb-list__item').count(), 25);
  assert.match(await contacts.getByText(/Showing the latest 25 of 300/).textContent(), /25 of 300/);
  await contacts.getByText('Contact 299, Org 19', { exact: true }).waitFor();
  await contacts.getByRole('button', { name: 'Show all 300' }).click();
  assert.equal(await contacts.locator('li.rb-list__item').count(), 300);
  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
  assert.equal(await page.locator('.rb-chart circle').count() > 10, true, 'the mood chart draws the heavy history');
  expectNoErrors(page);
  await page.context().close();
});
