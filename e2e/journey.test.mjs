// A new user's whole journey through the five stages, at desktop width and at
// 375 px, watched for privacy: only the widget's own origin is contacted, no
// cookies, nothing in sessionStorage or IndexedDB, nothing in the URL, and
// no Content-Security-Policy violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useBrowserAndSite, newPage, openApp, recordRejection, openStage, tabTo, saved,
  expectNoAxeViolations, screenshot, expectNoErrors,
} from './helpers.mjs';

const env = useBrowserAndSite();

async function watchPrivacy(page) {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return requests;
}

async function checkPrivacy(page, requests, url) {
  const origin = new URL(url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'no request leaves the widget origin');
  assert.deepEqual(await page.context().cookies(), [], 'no cookies');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing in sessionStorage');
  assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), [], 'no IndexedDB');
  assert.ok(page.url().startsWith(url));
  assert.match(page.url().slice(url.length), /^(#\/[a-z0-9/-]*)?$/, 'the address names a screen, nothing the user wrote');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violations');
}

async function markDone(page) {
  await page.getByRole('button', { name: 'Mark this stage done' }).click();
  await page.getByText('You marked this stage done.').waitFor();
}

for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]]) {
  test(`a new user's journey through all five stages (${label})`, async () => {
    const page = await newPage(env.browser, { viewport });
    const requests = await watchPrivacy(page);
    await openApp(page, env.site.url);
    await recordRejection(page, { company: 'Journey Ltd', role: 'Product Designer' });

    await openStage(page, 'Process the emotions');
    await page.getByText('Frustrated', { exact: true }).click();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('button', { name: '2 days' }).click();
    await markDone(page);

    await page.getByRole('link', { name: /Next: Seek feedback/ }).click();
    await page.getByLabel('Their feedback, in your notes').fill('Portfolio lacked research depth.');
    await page.getByText('Relevant experience', { exact: true }).click();
    await page.getByRole('button', { name: 'Save this feedback' }).click();
    await markDone(page);

    await page.getByRole('link', { name: /Next: Reflect and evaluate/ }).click();
    await page.getByLabel('Paste or type the requirements').fill('User research\nFigma');
    await page.getByRole('button', { name: 'Add these requirements' }).click();
    await markDone(page);

    await page.getByRole('link', { name: /Next: Turn it into opportunity/ }).click();
    await page.getByRole('button', { name: 'Add an achievement' }).click();
    await page.locator('.rb-item-editor input').fill('Redesigned onboarding, +18% activation');
    await page.locator('.rb-item-editor').getByRole('button', { name: /^(Save|Done)$/ }).click();
    await markDone(page);

    await page.getByRole('link', { name: /Next: Keep searching/ }).click();
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.locator('.rb-item-editor').getByLabel(/^Name/).fill('Lee');
    await page.locator('.rb-item-editor').getByRole('button', { name: /^(Save|Done)$/ }).click();
    await markDone(page);
    await page.getByText('You checked in with your feelings 1 time.').waitFor();

    await page.getByRole('link', { name: 'Back to all stages' }).click();
    await page.getByText('You have completed all 5 stages.').waitFor();
    assert.equal(await page.locator('[aria-current="step"]').count(), 0, 'no current step once all are done');
    await expectNoAxeViolations(page, `hub, all done (${label})`);
    await screenshot(page, `journey-done-${label}`);
    await saved(page);
    await page.reload();
    await page.getByText('You have completed all 5 stages.').waitFor();
    await checkPrivacy(page, requests, env.site.url);
    expectNoErrors(page);
    await page.context().close();
  });
}

test('keyboard only, no mouse at all, through stage 1 (stage 2 is in stages-emotions-feedback.test.mjs)', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await tabTo(page, 'Company');
  await page.keyboard.type('Keys Inc');
  await tabTo(page, 'Begin');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Keys Inc' }).waitFor();
  // Stage 1, one step at a time.
  await tabTo(page, /^Process the emotions/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'How are you, overall?' }).waitFor();
  await tabTo(page, /^Okay$/);
  await page.keyboard.press('Enter');
  await page.locator('.rb-saved', { hasText: 'Saved: Okay.' }).waitFor();
  await tabTo(page, /^Disappointed$/);
  await page.keyboard.press('Space');
  await tabTo(page, 'How strong is “Disappointed”?');
  await page.keyboard.press('ArrowLeft');
  await tabTo(page, /^Save check-in$/);
  await page.keyboard.press('Enter');
  await page.locator('.rb-list__item', { hasText: 'Okay · Disappointed 4/10' }).waitFor();
  await tabTo(page, /^Next: Time to process/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Time to process, without dwelling' }).waitFor();
  await tabTo(page, /^Today$/);
  await page.keyboard.press('Enter');
  await page.getByText(/Your time to process runs until .* \(that is today\)/).waitFor();
  await tabTo(page, /^Next: Stay professional/);
  await page.keyboard.press('Enter');
  await tabTo(page, 'Their name');
  await page.keyboard.type('Sam');
  await tabTo(page, "I've sent it");
  await page.keyboard.press('Space');
  await tabTo(page, /^Next: Your support circle/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Name$/);
  await page.keyboard.type('Ana');
  await tabTo(page, 'Add to my circle');
  await page.keyboard.press('Enter');
  await tabTo(page, 'I reached out to Ana');
  await page.keyboard.press('Space');
  await tabTo(page, /^Next: what you did/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Process the emotions: what you did' }).waitFor();
  await tabTo(page, 'Mark this stage done');
  await page.keyboard.press('Enter');
  await page.getByText('You marked this stage done.').waitFor();
  // Every focused control shows a visible focus ring.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  expectNoErrors(page);
  await page.context().close();
});

test('animations respect prefers-reduced-motion, and saves and errors are announced politely', async () => {
  const page = await newPage(env.browser, { reducedMotion: 'reduce' });
  await openApp(page, env.site.url);
  const duration = await page.getByRole('button', { name: 'Begin' }).evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(duration, '0s');
  const live = page.getByRole('status');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  await recordRejection(page, { company: 'Quiet Co' });
  assert.match(await live.textContent(), /Recorded/);
  const moving = await newPage(env.browser, { reducedMotion: 'no-preference' });
  await openApp(moving, env.site.url);
  assert.notEqual(await moving.getByRole('button', { name: 'Begin' }).evaluate((el) => getComputedStyle(el).transitionDuration), '0s');
  await page.context().close();
  await moving.context().close();
});
