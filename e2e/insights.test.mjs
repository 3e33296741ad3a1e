// Insights across three rejections whose feedback overlaps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  useBrowserAndSite, newPage, openApp, recordRejection, openStage, setColorScheme,
  expectNoAxeViolations, screenshot, expectNoErrors,
} from './helpers.mjs';

const env = useBrowserAndSite();

async function addFeedback(page, text, themes, tags = '') {
  await openStage(page, 'Seek feedback');
  await page.getByLabel('Their feedback, in your notes').fill(text);
  for (const theme of themes) await page.getByText(theme, { exact: true }).click();
  if (tags) await page.getByLabel(/^Your own tags/).fill(tags);
  await page.getByRole('button', { name: 'Save this feedback' }).click();
  await page.getByText(text).waitFor();
}

const OVERALL = ['Very low', 'Low', 'Okay', 'Fairly good', 'Good'];

/** One tap on "How are you, overall?" (1 very low to 5 good). */
async function checkIn(page, overall) {
  await page.getByRole('link', { name: 'All stages', exact: true }).click();
  await page.getByRole('link', { name: 'Process the emotions', exact: true }).click();
  await page.getByRole('button', { name: OVERALL[overall - 1], exact: true }).click();
  await page.locator('.rb-saved').waitFor();
}

test('three rejections with overlapping feedback: the pattern view, the mood chart, reminders and reports', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await page.getByRole('link', { name: 'Your data' }).waitFor();

  const rejections = [
    ['Acme', 'After the final round', ['Communication', 'Technical or domain depth'], 'system design'],
    ['Globex', 'After the final round', ['Communication'], 'System Design'],
    ['Initech', 'After an interview', ['Communication', 'Salary expectations'], ''],
  ];
  for (const [i, [company, reached, themes, tags]] of rejections.entries()) {
    if (i > 0) {
      await page.getByRole('link', { name: 'All stages', exact: true }).click();
      await page.getByRole('link', { name: 'Record another rejection' }).click();
    }
    await page.getByLabel('How far the process went').selectOption({ label: reached });
    await recordRejection(page, { company });
    await addFeedback(page, `${company} said: be crisper.`, themes, tags);
    await checkIn(page, 5 - i);
  }

  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
  const patterns = page.locator('section[aria-labelledby="rb-patterns-title"]');
  const rows = await patterns.locator('.rb-pattern .rb-list__title').allTextContents();
  assert.equal(rows[0], 'Communication');
  assert.equal(rows[1], 'system design', 'own tags join across case');
  const items = await patterns.locator('.rb-pattern').allTextContents();
  assert.match(items[0], /Came up in 3 rejections/, 'told in words, no badge');
  assert.match(items[1], /Came up in 2 rejections/);
  assert.ok(items.some((r) => /^Salary expectationsCame up in 1 rejection/.test(r)), 'single ones are listed without standing out');
  assert.equal(await patterns.locator('.rb-badge, .rb-repeats').count(), 0, 'no score-like badges');

  // What employers said, in their words, and the kind reading of the data.
  const words = page.locator('section[aria-labelledby="rb-words-title"]');
  assert.deepEqual(await words.locator('blockquote').allTextContents(),
    ['Initech said: be crisper.', 'Globex said: be crisper.', 'Acme said: be crisper.']);
  const reading = page.locator('section[aria-labelledby="rb-reading-title"]');
  assert.match(await reading.textContent(), /You reached the final round in 2 of 3: employers see you as a serious candidate, and you are close\./);
  const progress = page.locator('section[aria-labelledby="rb-progress-title"]');
  assert.doesNotMatch(await progress.textContent(), /of 15|out of 5|No self-care days/, 'no scores, nothing counted as missing');
  assert.match(await patterns.locator('.rb-pattern').first().textContent(), /Acme; Globex; Initech/);

  // Turn the top theme into a plan step, then see it marked as planned.
  await patterns.getByRole('button', { name: 'Add “Communication” to my development plan' }).click();
  await patterns.getByText('In your plan: Planned').waitFor();

  const ended = page.locator('section[aria-labelledby="rb-ended-title"]');
  assert.match(await ended.textContent(), /After the final round: 2 of 3/);
  assert.match(await ended.textContent(), /After an interview: 1 of 3/);

  // The chart and its accessible alternative.
  const chart = page.locator('.rb-chart');
  assert.equal(await chart.locator('circle').count(), 1, 'all three check-ins fall on today');
  assert.match(await chart.locator('svg title').textContent(), /How you were overall, by day, from Very low to Good\./);
  assert.doesNotMatch(await page.locator('.rb-insights').textContent(), /higher is better|on average/);
  await chart.getByText('Show the numbers').click();
  assert.match(await chart.locator('table tbody').textContent(), /4\.0/);
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Initech' });
  assert.match(await chart.locator('figcaption').textContent(), /^Check-ins on one day \(.*\): Okay\.$/);
  // At a phone's width the chart's words stay readable (12 px or more).
  await page.setViewportSize({ width: 375, height: 812 });
  const smallest = await chart.evaluate((figure) => Math.min(...[...figure.querySelectorAll('svg text')]
    .map((t) => t.getBoundingClientRect().height)));
  assert.ok(smallest >= 12, `chart labels ${smallest} px tall at 375 px`);
  await page.setViewportSize({ width: 1280, height: 900 });

  await expectNoAxeViolations(page, 'insights, light');
  await screenshot(page, 'insights-desktop');
  await setColorScheme(page, 'dark');
  await expectNoAxeViolations(page, 'insights, dark');
  await screenshot(page, 'insights-desktop-dark');
  await setColorScheme(page, 'light');

  // Reports and reminders download as files.
  const md = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Markdown' }).click();
  const report = await readFile(await (await md).path(), 'utf8');
  assert.match(report, /^# Rebound report/);
  for (const company of ['Acme', 'Globex', 'Initech']) assert.match(report, new RegExp(`## ${company}`));
  assert.match(report, /## Development plan\n\n- Communication/);

  await openStage(page, 'Process the emotions');
  await page.getByRole('button', { name: '3 days' }).click();
  await page.getByRole('link', { name: 'Insights' }).click();
  const ics = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Add to calendar: Time to process ends: Initech/ }).click();
  const file = await readFile(await (await ics).path(), 'utf8');
  assert.match(file, /^BEGIN:VCALENDAR\r\n/);
  assert.match(file, /SUMMARY:Time to process ends: Initech\r\n/);
  assert.ok(file.split('\r\n').every((line) => Buffer.byteLength(line) <= 75));
  expectNoErrors(page);
  await page.context().close();
});

test('a first visit to insights tells the user what to do, never a blank chart', async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.site.url);
  await recordRejection(page, { company: 'Solo' });
  await page.getByRole('link', { name: 'Insights' }).click();
  await page.getByText(/If earlier applications ended the same way, record them too/).waitFor();
  await page.getByText(/No check-ins yet\. Tap how you are/).waitFor();
  assert.equal(await page.locator('svg').count(), 0);
  await expectNoAxeViolations(page, 'insights, empty');
  await page.context().close();
});
