// Builds the form demo (examples/form, a React app) with Vite and, with --serve, serves it on localhost.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const app = fileURLToPath(new URL('../examples/form/', import.meta.url));
const root = join(app, 'dist/');

/** Builds the app into examples/form/dist with its own vite.config.ts. */
export async function buildForm() {
  await build({ configFile: join(app, 'vite.config.ts') });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Serves the built form on 127.0.0.1; resolves to the server and its URL. */
export function serveForm(port = 0) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path === '/' ? 'index.html' : path);
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

if (process.argv.includes('--serve')) {
  await buildForm();
  const { url } = await serveForm(Number(process.env.PORT ?? 4173));
  console.log(`The referral form is at ${url} (Ctrl+C to stop)`);
}
