/**
 * In `npm run dev`, serves each trust's files (pictures, logo, documents) at
 * /<slug>/files/…, where the dev preview puts that trust's pages. A build copies the
 * files into each trust's site instead (src/publishing/publish-trust.ts).
 */
import sirv from 'sirv';
import type { ViteDevServer } from 'vite';

const TRUST_FILE_URL = /^\/[a-z0-9-]+\/files\//;

/** @param contentDir the folder holding one folder per trust */
export function serveTrustFilesInDev(server: ViteDevServer, contentDir: string): void {
  // The content folder mirrors the URLs: content/<slug>/files/… is served at /<slug>/files/….
  const files = sirv(contentDir, { dev: true, dotfiles: false });
  server.middlewares.use((request, response, next) => {
    const url = request.url ?? '';
    // Only files inside a trust's files folder: never a path that climbs out of it.
    if (TRUST_FILE_URL.test(url) && !/\.\.|%2e/i.test(url)) files(request, response, next);
    else next();
  });
}
