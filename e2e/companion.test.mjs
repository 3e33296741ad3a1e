// A companion, not a workbook, on a 375 px phone: no button drops what was
// typed, focus stays on the chip pressed, help in proportion and one tap
// away on every screen, a return two days later greeted with what is due,
// the follow-up carrying its person. In English and in Spanish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  newPage, openApp, recordRejection, expectNoAxeViolations, expectNoErrors, screenshot, saved, useBrowserAndSite,
} from './helpers.mjs';

const env = useBrowserAndSite();
const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, locale: 'en-US' };

async function phone(options = {}) {
  const page = await newPage(env.browser, { ...PHONE, ...options });
  return page;
}

async function journal(page) {
  return JSON.parse(await saved(page)).data;
}

test('no way out of a form drops what was typed: Save, Next, a link away, a reload', async () => {
  const page = await phone();
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Acme', role: 'Designer' });
  await page.getByRole('link', { name: 'Process the emotions', exact: true }).click();

  // "Low", a feeling by keyboard (focus stays on its chip), a note, then the button.
  await page.getByRole('button', { name: 'Low', exact: true }).click();
  await page.locator('#rb-feeling-anxious').focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.getElementById('rb-feeling-anxious').checked);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rb-feeling-anxious', 'Space keeps focus on the chip');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('label[for=rb-feeling-anxious]')).outlineStyle), 'solid',
    'and its ring shows');
  await page.getByLabel('A note to yourself').fill('Cannot sleep, keep replaying the panel.');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('.rb-saved', { hasText: 'Check-in saved.' }).waitFor();
  let checkins = (await journal(page)).rejections[0].emotions.checkins;
  assert.equal(checkins.length, 1);
  assert.equal(checkins[0].overall, 2);
  assert.deepEqual(checkins[0].feelings, ['anxious']);
  assert.equal(checkins[0].note, 'Cannot sleep, keep replaying the panel.');

  // Typed, then "Next" without pressing anything: kept.
  await page.getByText('Sad', { exact: true }).click();
  await page.getByLabel('A note to yourself').fill('Heavy afternoon.');
  await page.getByRole('link', { name: /^Next:/ }).click();
  await page.getByRole('heading', { level: 1, name: /Time to process/ }).waitFor();
  checkins = (await journal(page)).rejections[0].emotions.checkins;
  assert.equal(checkins.length, 2, 'the second check-in was kept by Next');
  assert.equal(checkins[1].note, 'Heavy afternoon.');

  // Deleting never drops focus: "Keep it" first, back to "Delete", then on
  // to the next entry once one is gone.
  await page.goto(`${env.site.url}#/stage/1/check-in`);
  const rows = page.locator('.rb-checkin .rb-list__item');
  await rows.first().waitFor();
  await rows.first().getByRole('button', { name: /^Delete check-in/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Keep it');
  await page.keyboard.press('Enter');
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /^Delete check-in/);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.rb-checkin .rb-list__item').length === 1);
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label') || ''), /^Edit check-in/,
    'focus on the entry that is left');
  assert.equal(await rows.first().locator('.rb-confirm-inline').count(), 0, 'and no question left open on it');

  // A new contact half-written, then a link away: it joins the list.
  await page.goto(`${env.site.url}#/stage/5/network`);
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.locator('.rb-draft').getByLabel('Name').fill('Ana Ruiz');
  await page.getByRole('link', { name: 'All stages', exact: true }).click();
  await page.locator('.rb-hub h1').waitFor();
  assert.deepEqual((await journal(page)).person.contacts.map((c) => c.name), ['Ana Ruiz']);

  // A supporter's name typed, then a link away; what they said, then a tab
  // switch and a reload: both kept.
  await page.goto(`${env.site.url}#/stage/1/support`);
  await page.locator('#rb-supporter-name').fill('Mum');
  await page.getByRole('link', { name: 'All stages', exact: true }).click();
  await page.locator('.rb-hub h1').waitFor();
  assert.deepEqual((await journal(page)).rejections[0].emotions.supporters.map((p) => p.name), ['Mum']);
  await page.goto(`${env.site.url}#/stage/2/what-they-said`);
  await page.locator('#rb-feedback-text').fill('Good portfolio; wanted more research.');
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.reload();
  await page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
  assert.deepEqual((await journal(page)).rejections[0].feedback.notes.map((n) => n.text), ['Good portfolio; wanted more research.']);

  // "What happened" being edited, then a reload: the text is still there.
  await page.getByRole('link', { name: 'All stages', exact: true }).click();
  await page.getByRole('link', { name: 'Edit what happened' }).click();
  await page.getByLabel('Role').fill('Senior Designer');
  await page.reload();
  await page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
  assert.equal(await page.getByLabel('Role').inputValue(), 'Senior Designer', 'kept through the reload');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Senior Designer at Acme' }).waitFor();
  // Saved, the kept text is gone: the form opens on what was saved.
  assert.equal(await page.evaluate(() => localStorage.getItem('rebound:journal:form')), null);
  expectNoErrors(page);
  await page.context().close();
});

test('help in proportion: a quiet line after Low, in plain view after Very low, one tap away on every screen', async () => {
  const page = await phone({ locale: 'en-US' });
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Help Co' });
  await page.getByRole('link', { name: 'Process the emotions', exact: true }).click();
  await page.getByRole('button', { name: 'Low', exact: true }).click();
  const tool = page.locator('.rb-step__tool');
  await tool.locator('.rb-help--quiet').waitFor();
  assert.equal(await tool.locator('.rb-help[open]').count(), 0, 'Low: a quiet line, closed');
  assert.equal(await tool.getByRole('link', { name: /Call/ }).isVisible(), false, 'no call button as the main action');
  await screenshot(page, 'companion-phone-low');
  await page.getByRole('button', { name: 'Very low', exact: true }).click();
  await tool.locator('.rb-help[open]').waitFor();
  assert.ok(await tool.getByRole('link', { name: /Call 988/ }).isVisible(), 'Very low: the helpline in view');
  await screenshot(page, 'companion-phone-very-low');

  // From every kind of screen, one tap at the top, without scrolling.
  for (const address of ['#/', '#/stage/1', '#/stage/3/summary', '#/insights', '#/data']) {
    await page.goto(`${env.site.url}${address}`);
    await page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
    const link = page.getByRole('button', { name: 'Talk to someone', exact: true });
    const box = await link.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 812, `${address}: in the first view`);
    await link.click();
    const help = page.locator('.rb-footer .rb-help[open]');
    await help.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Need to talk to someone now?', `${address}: focus on it`);
    const summary = await help.locator('summary').boundingBox();
    assert.ok(summary.y >= 0 && summary.y < 812, `${address}: scrolled into view`);
  }
  expectNoErrors(page);
  await page.context().close();
});

const DAY = 24 * 60 * 60 * 1000;

test('a return two days later: greeted, asked how they are today, and what is due is on the stages list', async () => {
  const start = new Date('2026-12-01T10:00:00');
  const page = await phone();
  await page.clock.setFixedTime(start);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Initech', role: 'Analyst' });
  await page.getByRole('link', { name: 'Process the emotions', exact: true }).click();
  await page.getByRole('button', { name: 'Very low', exact: true }).click();
  await page.locator('.rb-saved').waitFor();
  await page.goto(`${env.site.url}#/stage/1/time`);
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  // The feedback request, sent to a named person.
  await page.goto(`${env.site.url}#/stage/2`);
  await page.locator('#rb-request-to-name').fill('Dana Cruz');
  await page.locator('#rb-request-to-email').fill('dana@initech.example');
  await page.getByLabel('Status').selectOption({ label: 'Sent, waiting for a reply' });
  await page.getByLabel("I've sent it", { exact: true }).check();
  await page.getByRole('link', { name: 'All stages', exact: true }).click();
  assert.equal(await page.locator('.rb-return').count(), 0, 'no greeting on the first day');
  await saved(page);

  // Nine days later (the follow-up is due after seven).
  await page.clock.setFixedTime(new Date(start.getTime() + 9 * DAY));
  await page.reload();
  await page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
  const greeting = page.locator('.rb-return');
  await greeting.getByRole('heading', { name: 'Welcome back. It has been 9 days.' }).waitFor();
  assert.match(await greeting.textContent(), /Last time was a hard moment\. How are you today\?/);
  const due = page.locator('.rb-due');
  // (The end of the time to process is not listed: stage 2 is under way.)
  assert.deepEqual(await due.locator('li').allTextContents(), [
    'No reply to your feedback request yet: one polite follow-up is ready to send. →',
  ]);
  // Progress as what was done, not a score.
  const hub = await page.locator('.rb-hub').textContent();
  assert.doesNotMatch(hub, /completed 0 of 5|0 reached/);
  assert.match(await page.locator('.rb-task').first().textContent(), /1 check-in/);
  await screenshot(page, 'companion-phone-return');
  await expectNoAxeViolations(page, 'a return, with what is due');

  // The day's check-in in one tap, kept with the others.
  await greeting.getByRole('button', { name: 'Okay', exact: true }).click();
  await greeting.getByText('Thank you for checking in: Okay.').waitFor();
  assert.equal((await journal(page)).rejections[0].emotions.checkins.length, 2);

  // The follow-up is one tap from the list, to the same person, first on
  // the screen (above the request it follows).
  await due.getByRole('link', { name: /one polite follow-up/ }).click();
  await page.getByRole('heading', { level: 3, name: 'Your follow-up' }).waitFor();
  const [follow, tone] = await Promise.all([
    page.getByRole('heading', { level: 3, name: 'Your follow-up' }).boundingBox(),
    page.getByRole('group', { name: 'Tone' }).boundingBox(),
  ]);
  assert.ok(follow.y < tone.y, 'the follow-up comes before the first request');
  assert.equal(await page.locator('.rb-return').count(), 0, 'the greeting stayed where it greeted');
  assert.equal(await page.locator('#rb-followup-to-name').inputValue(), 'Dana Cruz');
  assert.equal(await page.locator('#rb-followup-to-email').inputValue(), 'dana@initech.example');
  const href = await page.locator('.rb-followup').getByRole('link', { name: 'Open in my email app' }).getAttribute('href');
  assert.ok(href.startsWith('mailto:dana@initech.example?subject='), href);
  assert.match(decodeURIComponent(href), /Dana/);

  // "Back to the suggested text" can be undone, and keeps focus.
  const body = page.locator('#rb-followup-body');
  await body.fill(`${await body.inputValue()}\nP.S. Happy to talk at any time.`);
  await page.locator('.rb-followup').getByRole('button', { name: 'Back to the suggested text' }).click();
  assert.doesNotMatch(await body.inputValue(), /P\.S\./);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Undo: bring back my text');
  await page.keyboard.press('Enter');
  assert.match(await body.inputValue(), /P\.S\. Happy to talk at any time\./);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rb-followup-body');
  expectNoErrors(page);
  await page.context().close();
});

test('en español: la vuelta, lo pendiente y la ayuda, sin inglés', async () => {
  const start = new Date('2026-12-01T10:00:00');
  const page = await phone({ locale: 'es-ES' });
  await page.clock.setFixedTime(start);
  await openApp(page, `${env.site.url}es/`);
  await page.getByLabel('Empresa').fill('Globex');
  await page.getByRole('button', { name: 'Empezar' }).click();
  await page.locator('.rb-hub h1').waitFor();
  await page.goto(`${env.site.url}es/#/stage/1/time`);
  await page.getByRole('button', { name: 'Hoy', exact: true }).click();
  await saved(page);
  await page.clock.setFixedTime(new Date(start.getTime() + 2 * DAY));
  await page.reload();
  await page.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
  // Greeted on the screen they left, with a way to what is waiting.
  await page.getByRole('heading', { level: 1, name: /Tiempo para asimilarlo/ }).waitFor();
  await page.locator('.rb-return').getByRole('heading', { name: 'Qué bien verle de nuevo. Han pasado 2 días.' }).waitFor();
  await page.locator('.rb-return').getByRole('button', { name: 'Mal', exact: true }).click();
  await page.locator('.rb-return .rb-help--quiet').waitFor();
  await page.getByRole('button', { name: 'Hablar con alguien', exact: true }).waitFor();
  let text = await page.locator('.rb-app').innerText();
  await screenshot(page, 'companion-phone-return-es');
  // On to what is waiting: the greeting stays with the screen it greeted on.
  await page.locator('.rb-return').getByRole('link', { name: 'Tiene 1 cosa pendiente' }).click();
  await page.locator('.rb-due').getByText(/terminó hace 2 días/).waitFor();
  assert.equal(await page.locator('.rb-return').count(), 0);
  text += await page.locator('.rb-app').innerText();
  for (const english of ['Welcome back', 'Waiting for you', 'Talk to someone', 'days ago']) {
    assert.ok(!text.includes(english), `no English left: ${english}`);
  }
  await screenshot(page, 'companion-phone-due-es');
  expectNoErrors(page);
  await page.context().close();
});
