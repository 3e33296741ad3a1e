import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './helpers.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ locale: 'en-US' });
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
page.on('requestfailed', r => console.log('failed', r.url(), r.failure()?.errorText));
await page.route('http://localhost:8081/absage.html', (route) => route.fulfill({ contentType: 'text/html',
  body: `<!doctype html><html lang="de"><body><h1>Leider nicht</h1><script src="http://127.0.0.1:8080/embed.js" data-mode="iframe" data-lang="de" data-company="Beispiel AG"></script></body></html>` }));
await page.goto('http://localhost:8081/absage.html');
await page.waitForTimeout(3000);
console.log(await page.content());
await browser.close();
