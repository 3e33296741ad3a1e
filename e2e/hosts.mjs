// Real web servers for the tests (e2e/hosting.test.mjs): Debian's nginx and
// Caddy with the configurations shipped in deploy/, and, for contrast, a
// server left at its defaults (Python's http.server). Each runs as a child
// process on a free port of 127.0.0.1, with everything it writes (pid,
// logs, temporary files, Caddy's storage) in a temporary folder removed
// when it stops: nothing is left behind, nothing needs root.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    }).on('error', fail);
  });
}

async function untilAnswering(url, child, log) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server stopped (${child.exitCode}): ${log()}`);
    try {
      await fetch(url);
      return;
    } catch { await new Promise((ok) => setTimeout(ok, 100)); }
  }
  throw new Error(`${url}: no answer after 10 s: ${log()}`);
}

async function start(name, command, args, { env = {}, work, port }) {
  let output = '';
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const url = `http://127.0.0.1:${port}/`;
  await untilAnswering(url, child, () => output.slice(-2000));
  return {
    name,
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** nginx serving `dir` with deploy/nginx/rebound.conf (its listen and root changed, nothing else). */
export async function startNginx(dir) {
  const work = mkdtempSync(join(tmpdir(), 'rebound-nginx-'));
  const port = await freePort();
  const site = readFileSync(join(ROOT, 'deploy/nginx/rebound.conf'), 'utf8')
    .replace(/^\s*listen \[::\]:80 default_server;\n/m, '')
    .replace(/^(\s*)listen 80 default_server;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root \/var\/www\/rebound;/m, `$1root ${resolve(dir)};`);
  writeFileSync(join(work, 'rebound.conf'), site);
  writeFileSync(join(work, 'nginx.conf'), [
    'load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;',
    // As root (CI), workers would otherwise run as nobody; this machine's user otherwise.
    process.getuid?.() === 0 ? 'user root;' : '',
    `pid ${work}/nginx.pid;`,
    `error_log ${work}/error.log;`,
    'daemon off;',
    'worker_processes 1;',
    'events { worker_connections 256; }',
    'http {',
    '  access_log off;',
    `  client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fastcgi;`,
    `  uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;`,
    '  sendfile on;',
    `  include ${work}/rebound.conf;`,
    '}',
  ].join('\n'));
  return start('nginx', '/usr/sbin/nginx', ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { work, port });
}

/** Caddy serving `dir` with deploy/caddy/Caddyfile (address and root from its environment variables). */
export async function startCaddy(dir) {
  const work = mkdtempSync(join(tmpdir(), 'rebound-caddy-'));
  const port = await freePort();
  // Global options for a test: no admin endpoint, no certificates, storage in `work`.
  writeFileSync(join(work, 'Caddyfile'), [
    '{',
    '\tadmin off',
    '\tauto_https off',
    `\tstorage file_system ${work}/data`,
    '}',
    `import ${join(ROOT, 'deploy/caddy/Caddyfile')}`,
  ].join('\n'));
  return start('caddy', '/usr/bin/caddy', ['run', '--config', join(work, 'Caddyfile'), '--adapter', 'caddyfile'], {
    work,
    port,
    env: { REBOUND_ADDRESS: `http://127.0.0.1:${port}`, REBOUND_ROOT: resolve(dir), HOME: work, XDG_DATA_HOME: work, XDG_CONFIG_HOME: work },
  });
}

/** A server left at its defaults: Python's http.server over `dir`. */
export async function startPlain(dir) {
  const work = mkdtempSync(join(tmpdir(), 'rebound-plain-'));
  const port = await freePort();
  return start('http.server', 'python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', resolve(dir)], { work, port });
}
