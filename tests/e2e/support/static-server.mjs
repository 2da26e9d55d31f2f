// A static file server for the end-to-end tests: serves the release `dist/` folder under a
// sub-path on 127.0.0.1 and a free port, the way any static host would, with no rewrites.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` under `basePath` (which starts and ends with "/"), and under each of
 * `otherBasePaths` too (two deployments of one build on one origin). Resolves to
 * `{ url, urls, close() }` once listening; `url` ends with the base path, `urls` lists every
 * deployment's.
 */
export async function serveStatic(root, basePath = '/ctpat/editor/', otherBasePaths = []) {
  const rootDir = resolve(root);
  const basePaths = [basePath, ...otherBasePaths];
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url, 'http://127.0.0.1');
      const redirect = basePaths.find((base) => pathname === base.slice(0, -1));
      if (redirect) {
        response.writeHead(301, { location: redirect }).end();
        return;
      }
      const base = basePaths.find((candidate) => pathname.startsWith(candidate));
      if (!base) {
        response.writeHead(404).end('not under the app folder');
        return;
      }
      let relative = decodeURIComponent(pathname.slice(base.length));
      if (relative === '' || relative.endsWith('/')) relative += 'index.html';
      const file = normalize(join(rootDir, relative));
      if (!file.startsWith(rootDir + sep)) {
        response.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        response.writeHead(404).end('not found');
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    urls: basePaths.map((base) => `http://127.0.0.1:${port}${base}`),
    close: () => new Promise((resolveClose) => server.close(resolveClose)),
  };
}
