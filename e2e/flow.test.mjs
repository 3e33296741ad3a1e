// One step at a time, on a 375 px phone: every screen has an address, Back
// and reload behave, each arrival puts the heading at the top with focus,
// the check-in takes one tap, help is a tap away, errors show beside their
// field, entries join a list only on Save, and nothing is too small to tap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, openApp, recordRejection, expectNoAxeViolations, expectNoErrors, screenshot, saved, screenShown, useBrowserAndSite } from './helpers.mjs';
import { serveWidgetAndDemo } from '../scripts/serve.mjs';
import { heavyJournal } from '../bench/heavy.mjs';

const env = useBrowserAndSite();
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'en-GB' };
const STAGES = ['Process the emotions', 'Seek feedback', 'Reflect and evaluate', 'Turn it into opportunity', 'Keep searching'];

async function phone() {
  const page = await newPage(env.browser, PHONE);
  await openApp(page, env.site.url);
  return page;
}

/** The heading of the screen now showing, whether it is in view, and whether it has focus. */
const arrival = (page) => page.evaluate(() => {
  const h1 = document.querySelector('.rb-main h1');
  const box = h1.getBoundingClientRect();
  return { heading: h1.textContent, inView: box.top >= 0 && box.bottom <= innerHeight, focused: document.activeElement === h1, hash: location.hash };
});

/** Figures a person would notice on this screen (see bench/ux.mjs). */
const figures = (page) => page.evaluate(() => {
  const main = document.querySelector('.rb-main');
  const controls = 'a[href], button, input, select, textarea, summary';
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const first = [...main.querySelectorAll(controls)].find(shown);
  let words = 0;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (first.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING || first.contains(n)) break;
    if (n.parentElement && shown(n.parentElement)) words += n.textContent.split(/\s+/).filter((w) => /\w/.test(w)).length;
  }
  const small = [];
  for (const el of document.querySelectorAll(`.rb-app :is(${controls})`)) {
    if (!shown(el) || (el.matches('a') && el.closest('p') && !el.matches('.rb-button'))) continue;
    let box = el.getBoundingClientRect();
    if (el.matches('.rb-task__link, .rb-summary__open')) box = el.closest('li').getBoundingClientRect();
    if (el.matches('input[type=checkbox], input[type=radio]') && el.labels[0]) {
      const l = el.labels[0].getBoundingClientRect();
      box = { width: Math.max(box.width, l.width), height: Math.max(box.height, l.height) };
    }
    if (box.width < 43.5 || box.height < 43.5) small.push(`${el.tagName} ${(el.textContent || el.id).trim().slice(0, 30)} ${Math.round(box.width)}x${Math.round(box.height)}`);
  }
  return { words, firstControlTop: first.getBoundingClientRect().top + scrollY, small, sideways: document.documentElement.scrollWidth > innerWidth };
});

test('after Begin the stages open at the top with focus on their heading; each stage opens on its first tool', async () => {
  const page = await phone();
  await recordRejection(page, { company: 'Acme' });
  const hub = await arrival(page);
  assert.deepEqual([hub.heading, hub.inView, hub.focused, hub.hash], ['Acme', true, true, '#/'], 'after Begin');
  await screenshot(page, 'flow-phone-hub');
  for (const [i, stage] of STAGES.entries()) {
    await page.getByRole('link', { name: 'All stages', exact: true }).click();
    await page.getByRole('link', { name: stage, exact: true }).click();
    await page.waitForFunction((n) => location.hash === `#/stage/${n}`, i + 1);
    const first = await arrival(page);
    assert.ok(first.inView && first.focused, `${stage}: heading in view and focused`);
    const f = await figures(page);
    assert.ok(f.firstControlTop < 800, `${stage}: first control at ${f.firstControlTop} px`);
    assert.ok(f.words <= 60, `${stage}: ${f.words} words before the first control`);
    assert.deepEqual(f.small, [], `${stage}: nothing under 44 px`);
    assert.equal(f.sideways, false, `${stage}: no sideways scroll`);
    await screenshot(page, `flow-phone-stage-${i + 1}`);
  }
  await expectNoAxeViolations(page, 'a stage first screen at 375 px');
  expectNoErrors(page);
  await page.context().close();
});

test('Back goes back a screen (and from stage 1 to the hub), a reload keeps the tool, a return visit reopens it', async () => {
  const page = await phone();
  await recordRejection(page, { company: 'Back Co' });
  await page.getByRole('link', { name: 'Process the emotions', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'How are you, overall?' }).waitFor();
  await page.getByRole('link', { name: 'Skip for now' }).click();
  await page.getByRole('heading', { level: 1, name: 'Time to process, without dwelling' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/stage/1/time');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'How are you, overall?' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Back Co' }).waitFor();
  await page.goForward();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Time to process, without dwelling' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Time to process, without dwelling' }).waitFor();
  // Back later, from the plain address: the screen left last time.
  await page.goto(env.site.url);
  await page.getByRole('heading', { level: 1, name: 'Time to process, without dwelling' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/stage/1/time');
  const stored = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(stored, ['rebound:journal', 'rebound:journal:screen', 'rebound:journal:visit'], 'the address of the screen and the day, nothing else');
  // An address typed by hand that names no screen opens the stages, no error.
  await page.evaluate(() => { location.hash = 'not-a-screen'; });
  await page.getByRole('heading', { level: 1, name: 'Back Co' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/');
  await page.evaluate(() => { location.hash = '/stage/9/nothing'; });
  await page.getByRole('heading', { level: 1, name: 'Back Co' }).waitFor();
  expectNoErrors(page);
  await page.context().close();
});

test('the overall check-in saves in one tap; a low one shows where to talk to someone now', async () => {
  const page = await phone();
  await recordRejection(page, { company: 'Tap Co' });
  await page.getByRole('link', { name: 'Process the emotions', exact: true }).click();
  await page.getByRole('button', { name: 'Okay' }).click();
  await page.locator('.rb-saved', { hasText: 'Saved: Okay.' }).waitFor();
  await page.evaluate(() => dispatchEvent(new Event('pagehide')));
  const journal = JSON.parse(await saved(page));
  assert.equal(journal.data.rejections[0].emotions.checkins[0].overall, 3, 'one tap, saved');
  assert.equal(await page.locator('.rb-help[open]').count(), 0, 'an okay check-in shows no help box');
  // Follow-ups add to the same check-in.
  await page.getByText('Doubting myself').click();
  await page.getByLabel('How strong is “Doubting myself”?').fill('10');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('.rb-saved', { hasText: 'Check-in saved.' }).waitFor();
  const help = page.locator('.rb-step__tool .rb-help[open]');
  await help.waitFor();
  assert.match(await help.textContent(), /Samaritans: 116 123/, 'the helpline of the browser’s region (en-GB)');
  assert.equal(await help.getByRole('link', { name: /Call Samaritans/ }).getAttribute('href'), 'tel:116123');
  assert.equal(await page.locator('.rb-footer .rb-help').count(), 1, 'and in the footer of every screen');
  await page.evaluate(() => dispatchEvent(new Event('pagehide')));
  const after = JSON.parse(await saved(page));
  const checkins = after.data.rejections[0].emotions.checkins;
  assert.equal(checkins.length, 1, 'the follow-up went into the same check-in');
  assert.deepEqual(checkins[0].strength, { self_doubt: 10 });
  await screenshot(page, 'flow-phone-help');
  await expectNoAxeViolations(page, 'check-in with help open');
  // An empty check-in: the message beside the feelings, focus on them.
  await page.getByRole('button', { name: 'Save check-in' }).click();
  const error = page.locator('#rb-checkin-error');
  await error.waitFor();
  assert.ok(await error.isVisible(), 'the error is visible');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rb-feeling-disappointed', 'focus goes to the feelings');
  await screenshot(page, 'flow-phone-error');
  expectNoErrors(page);
  await page.context().close();
});

test('entries join a list only on Save; a contact needs a name; counts count only real entries', async () => {
  const page = await phone();
  await recordRejection(page, { company: 'Save Co' });
  await page.goto(`${env.site.url}#/stage/5/network`);
  await page.getByRole('heading', { level: 1, name: 'People in my network' }).waitFor();
  await page.getByRole('button', { name: 'Add a contact' }).click();
  assert.equal(await page.locator('.rb-draft').count(), 1, 'the new contact’s fields open');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.evaluate(() => dispatchEvent(new Event('pagehide')));
  assert.equal((JSON.parse(await saved(page)).data.person || {}).contacts?.length ?? 0, 0, 'nothing was created by the tap');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.locator('.rb-draft').getByLabel('Company').fill('Globex');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Add their name: a contact needs one.').waitFor();
  assert.match(await page.evaluate(() => document.activeElement.id), /-name$/, 'focus on the name');
  await page.locator('.rb-draft').getByLabel('Name').fill('Ana');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('.rb-list__title', { hasText: 'Ana, Globex' }).waitFor();
  await page.getByRole('link', { name: /^Next:/ }).waitFor();

  // A reframe leads with the fairer thought.
  await page.goto(`${env.site.url}#/stage/4/reframe`);
  await page.getByRole('button', { name: 'Reframe a thought' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Write something first').waitFor();
  await page.locator('.rb-draft').getByLabel('The harsh thought').fill("I'm just not good enough");
  await page.locator('.rb-draft').getByLabel('A more balanced thought').fill('One no is not a verdict on me');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const row = page.locator('.rb-list__item', { hasText: 'One no is not a verdict on me' });
  assert.equal(await row.locator('.rb-list__title').textContent(), 'One no is not a verdict on me');
  assert.match(await row.textContent(), /Instead of: I'm just not good enough/);

  // The summary of stage 5 counts one contact.
  await page.goto(`${env.site.url}#/stage/5/summary`);
  await page.getByText('1 contact or event').waitFor();
  await screenshot(page, 'flow-phone-summary');
  await expectNoAxeViolations(page, 'a stage summary');
  expectNoErrors(page);
  await page.context().close();
});

test('an email address that cannot work says so beside the field; "Copied" shows on screen', async () => {
  const page = await phone();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await recordRejection(page, { company: 'Mail Co' });
  await page.goto(`${env.site.url}#/stage/1/thank-you`);
  await page.getByLabel('Their email address').fill('sam@');
  const message = page.getByText('That is not a complete email address yet');
  await message.waitFor();
  assert.equal(await page.getByLabel('Their email address').getAttribute('aria-invalid'), 'true');
  assert.ok(!(await page.getByRole('link', { name: 'Open in my email app' }).getAttribute('href')).includes('sam@'), 'left out of the link');
  await page.getByLabel('Their email address').fill('sam@example.com');
  await message.waitFor({ state: 'detached' });
  assert.match(await page.getByRole('link', { name: 'Open in my email app' }).getAttribute('href'), /^mailto:sam@example\.com\?/);
  await page.getByRole('button', { name: 'Copy the text' }).click();
  await page.getByText('Copied the subject and text.').waitFor();
  expectNoErrors(page);
  await page.context().close();
});

test('no target under 44 px and no sideways scroll on any screen of the walk', async () => {
  const page = await phone();
  await recordRejection(page, { company: 'Tall Co' });
  const screens = ['#/', '#/insights', '#/data'];
  for (let n = 1; n <= 5; n++) screens.push(`#/stage/${n}/summary`);
  for (const [n, tools] of [[1, ['check-in', 'time', 'thank-you', 'support']], [4, ['self-care', 'paths']], [5, ['this-week', 'materials']]]) {
    for (const t of tools) screens.push(`#/stage/${n}/${t}`);
  }
  for (const hash of screens) {
    await page.goto(env.site.url + hash);
    await screenShown(page);
    const f = await figures(page);
    assert.deepEqual(f.small, [], `${hash}: targets under 44 px`);
    assert.equal(f.sideways, false, `${hash}: sideways scroll`);
  }
  await screenshot(page, 'flow-phone-tool');
  await page.context().close();
});

test('inline on a board’s page, the widget never changes the host’s address', async () => {
  const servers = await serveWidgetAndDemo(0, 0);
  try {
    const page = await newPage(env.browser, PHONE);
    await page.goto(`${servers.demoUrl}inline.html`);
    const host = page.url();
    const widget = page.locator('.rebound-embed');
    await widget.getByRole('button', { name: 'Begin' }).waitFor();
    const entries = await page.evaluate(() => history.length);
    await widget.getByRole('button', { name: 'Begin' }).click();
    await widget.getByRole('link', { name: 'Process the emotions', exact: true }).click();
    await widget.getByRole('heading', { level: 1, name: 'How are you, overall?' }).waitFor();
    assert.ok(await widget.getByRole('heading', { level: 1, name: 'How are you, overall?' }).evaluate((h) => h.getRootNode().activeElement === h), 'focus on the heading inside the widget');
    await widget.getByRole('link', { name: 'Skip for now' }).click();
    await widget.getByRole('heading', { level: 1, name: 'Time to process, without dwelling' }).waitFor();
    assert.equal(page.url(), host, 'the host page’s address is untouched');
    assert.equal(await page.evaluate(() => history.length), entries, 'nor its history');
    expectNoErrors(page);
    await page.context().close();
  } finally {
    for (const s of [servers.widget, servers.demo]) await new Promise((ok) => s.close(ok));
  }
});

test('in a board’s iframe, each screen arrives in view with focus on its heading, and the board’s address stays', async () => {
  const servers = await serveWidgetAndDemo(0, 0);
  try {
    const page = await newPage(env.browser, PHONE);
    await page.goto(`${servers.demoUrl}job-board.html`);
    const host = page.url();
    const widget = page.frameLocator('iframe[title^="Rebound"]');
    await widget.locator('[data-rebound-ready]').waitFor({ state: 'attached' });
    await widget.getByRole('button', { name: 'Begin' }).click();
    await widget.getByRole('heading', { level: 1, name: 'Backend Engineer at Acme' }).waitFor();
    await widget.getByRole('link', { name: 'Process the emotions', exact: true }).click();
    const heading = widget.getByRole('heading', { level: 1, name: 'How are you, overall?' });
    await heading.waitFor();
    assert.ok(await heading.evaluate((h) => document.activeElement === h), 'focus on the heading inside the frame');
    const top = await page.locator('iframe[title^="Rebound"]').evaluate((f) => f.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 5, `the widget's top is brought to the top of the board’s page (${top} px)`);
    assert.equal(page.url(), host, 'the board’s address is untouched');
    expectNoErrors(page);
    await page.context().close();
  } finally {
    for (const s of [servers.widget, servers.demo]) await new Promise((ok) => s.close(ok));
  }
});

test('years of searching: the stages list shows the ten most recent rejections and the open one, the rest a tap away', async () => {
  const journal = heavyJournal({ rejections: 30, checkins: 1, notes: 0 });
  journal.data.current = 'r0';
  const page = await newPage(env.browser, { viewport: { width: 375, height: 740 } });
  await page.context().addInitScript((text) => { if (!localStorage.getItem('rebound:journal')) localStorage.setItem('rebound:journal', text); }, JSON.stringify(journal));
  await openApp(page, env.site.url);
  const items = page.locator('.rb-switcher__item');
  await items.first().waitFor();
  assert.equal(await items.count(), 11, 'the ten most recent, and the open one');
  assert.match(await items.last().textContent(), /Company 0/, 'the open one, the oldest, is there');
  await expectNoAxeViolations(page, 'the stages list with 30 rejections');
  await page.getByRole('button', { name: 'Show all 30 rejections' }).click();
  assert.equal(await items.count(), 30);
  assert.match(await page.evaluate(() => document.activeElement.className), /rb-switcher__name/, 'focus moves on to the rejections shown');
  await page.getByRole('button', { name: /Company 15/ }).click();
  await page.getByRole('heading', { level: 1, name: /Company 15/ }).waitFor();
  expectNoErrors(page);
  await page.context().close();
});
