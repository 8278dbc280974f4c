/**
 * Serves one published trust folder, alone, at its own base path, the way a trust's web
 * host would: files under <basePath>, "/goals/" answered by goals/index.html, and
 * 404.html for anything missing, with the security headers the host files declare. Used by
 * the preview command and the tests.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { periodsWithFiles, securityHeadersFor } from '../../src/hosting/security-headers.ts';

export interface RunningServer {
  /** "http://127.0.0.1:4321/our-strategy/" */
  url: string;
  close: () => Promise<void>;
}

/**
 * `precompressed`: answer with a file's `.gz` beside it when the browser accepts gzip, as a
 * real host compresses text (see scripts/lighthouse.ts, which writes those files).
 */
export function serveTrustFolder(
  folder: string,
  basePath: string,
  port = 0,
  options: { precompressed?: boolean } = {},
): Promise<RunningServer> {
  const files = sirv(folder, { dev: true, etag: false, dotfiles: false, gzip: options.precompressed ?? false });
  const notFound = () => readFileSync(path.join(folder, '404.html'));
  // Previous strategies' files are uploads too, sandboxed like files/.
  const periods = periodsWithFiles(folder);
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    // The headers the trust's host sends, from the same list as the host files in the folder.
    for (const [name, value] of Object.entries(securityHeadersFor(url.split('?')[0]!, basePath, periods))) response.setHeader(name, value);
    const sendNotFound = () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound());
    };
    if (!url.startsWith(basePath)) return sendNotFound();
    request.url = `/${url.slice(basePath.length)}`;
    files(request, response, sendNotFound);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actualPort}${basePath}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
