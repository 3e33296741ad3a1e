// A small static file server for dist/ on 127.0.0.1 (no dependencies).
// Usage: node scripts/static-server.mjs DIR PORT
// Like a real host it sends compressed files to browsers that accept them:
// the .br or .gz the build put beside a file (scripts/finish-dist.mjs), else
// gzip made on the fly (the demo pages). The benchmark and Lighthouse then
// see the transfer sizes users get. Files whose names carry a content hash
// never change, so browsers may keep them; everything else is revalidated.
import { createServer } from 'node:http';
import { access, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt', '.webmanifest']);
/** Gzipped bodies by path, size and time: each file is compressed once. */
const gzipCache = new Map();
function gzipped(file, info, body) {
  const key = `${file}:${info.size}:${info.mtimeMs}`;
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
  return gzipCache.get(key);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir`. `replacements` rewrite text in HTML files (the demo pages'
 * widget address). `inject` (tests only) is a script file put first in every
 * HTML page's head, served at /__inject.js: a fault the tests need in every
 * engine alike (blocked storage), loaded before the app.
 */
export function serve(dir, port, host = '127.0.0.1', headers = {}, replacements = {}, inject = null) {
  const root = resolve(dir);
  if (inject) replacements = { ...replacements, '<head>': '<head><script src="/__inject.js"></script>' };
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = path === '/__inject.js' && inject ? resolve(inject) : normalize(join(root, path));
      if (!file.startsWith(root) && file !== (inject && resolve(inject))) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const info = await stat(file);
      let body = await readFile(file);
      const replaced = extname(file) === '.html' && Object.keys(replacements).length > 0;
      if (replaced) {
        let text = body.toString('utf8');
        for (const [from, to] of Object.entries(replacements)) text = text.split(from).join(to);
        body = Buffer.from(text);
      }
      // A validator, as nginx and Caddy send: an unchanged file answers a
      // revalidation (the page's no-cache, the worker's install) with 304.
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}${replaced ? '-r' : ''}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag, Vary: 'Accept-Encoding' }).end();
        return;
      }
      const accepts = req.headers['accept-encoding'] || '';
      let encoding = null;
      if (COMPRESSED.has(extname(file)) && !replaced) {
        for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
          if (new RegExp(`\\b${name}\\b`).test(accepts) && (await access(file + suffix).then(() => true, () => false))) {
            body = await readFile(file + suffix);
            encoding = name;
            break;
          }
        }
      }
      if (!encoding && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(accepts)) {
        body = replaced ? gzipSync(body) : gzipped(file, info, body);
        encoding = 'gzip';
      }
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': /-[0-9a-f]{16}(_bg)?\.[a-z]+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        Vary: 'Accept-Encoding',
        ETag: etag,
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  await serve(dir, Number(port));
  console.log(`Rebound is served at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
}
