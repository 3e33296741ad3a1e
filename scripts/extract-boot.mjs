// Moves the inline <script type="module"> that Trunk writes into index.html
// into its own file, boot.js, so a strict CSP (script-src 'self') allows it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const page = process.argv[2];
const html = readFileSync(page, 'utf8');
const inline = /<script type="module"[^>]*>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  if (html.includes('src="./boot.js"')) process.exit(0);
  console.error(`extract-boot: no inline module script in ${page}`);
  process.exit(1);
}
writeFileSync(join(dirname(page), 'boot.js'), match[1].trim() + '\n');
writeFileSync(page, html.replace(inline, '<script type="module" src="./boot.js"></script>'));
