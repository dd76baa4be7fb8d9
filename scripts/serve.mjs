#!/usr/bin/env node
// Serves the production build (both locales) the way a real static host does: clean URLs
// (/docs/intro -> docs/intro.html), gzip, long cache for hashed assets, the locale's 404 page.
// `docusaurus serve` does not compress, which skews page-weight and Lighthouse figures.
// Usage: node scripts/serve.mjs [--port 3000] [--dir build] [--quiet] [--build]
//   --build: first install the dependencies when node_modules is missing or older than
//   package-lock.json (`npm ci`), then build both locales (`docusaurus build`). This is `npm run site`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '3000'));
const dir = path.resolve(root, option('dir', 'build'));
const quiet = args.includes('--quiet');
const locales = ['en']; // non-default locales live under /<locale>/

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`--port must be a TCP port number, got "${option('port', '')}"`);
  process.exit(1);
}
function run(command, commandArgs) {
  console.log(`\n$ ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\`${command} ${commandArgs.join(' ')}\` failed${result.error ? `: ${result.error.message}` : ''}.`);
    process.exit(result.status ?? 1);
  }
}

if (args.includes('--build')) {
  // npm keeps a copy of the lock it installed from in node_modules/.package-lock.json.
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs) run('npm', ['ci']);
  run(process.execPath, [
    path.join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'),
    'build',
    '--out-dir',
    dir,
  ]);
}

if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`${path.relative(root, dir) || dir}/index.html not found: run \`npm run build\` first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file of the build, or null. Never leaves `dir`. */
function resolve(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const base = path.join(dir, path.normalize(decoded).replace(/^(\.\.(\/|\\|$))+/, ''));
  if (!base.startsWith(dir)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

const server = http.createServer((req, res) => {
  const started = Date.now();
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = resolve(url.pathname);
  let status = 200;
  if (!file) {
    status = 404;
    const locale = locales.find((l) => url.pathname === `/${l}` || url.pathname.startsWith(`/${l}/`));
    file = [path.join(dir, locale ?? '', '404.html'), path.join(dir, '404.html')].find(isFile);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end(`Not found: ${url.pathname}\n`);
    }
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    // Hashed bundles never change; HTML and search indexes must be re-checked.
    'Cache-Control': /\/assets\//.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) headers['Content-Encoding'] = 'gzip';
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = fs.createReadStream(file);
  // A file removed mid-request (a rebuild) must not take the server down.
  stream.on('error', (err) => res.destroy(err));
  (gzip ? stream.pipe(zlib.createGzip({ level: 6 })) : stream).pipe(res);
  if (!quiet) res.on('finish', () => console.log(`${status} ${req.method} ${url.pathname} ${Date.now() - started}ms`));
});

server.on('error', (err) => {
  console.error(err.code === 'EADDRINUSE' ? `Port ${port} is already in use; pass --port <n>.` : err.message);
  process.exit(1);
});
server.listen(port, () => {
  console.log(`PodLab is served from ${path.relative(root, dir) || dir}/`);
  console.log(`  Français: http://localhost:${port}/`);
  console.log(`  English:  http://localhost:${port}/en/`);
  console.log('Press Ctrl+C to stop.');
});
