/**
 * In `npm run dev`, serves each trust's files (pictures, logo, documents) at
 * /<slug>/files/…, where the dev preview puts that trust's pages. A build copies the
 * files into each trust's site instead (scripts/build/publish-trust.ts).
 */
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { contentSelection } from '../site/content-selection.ts';

const TRUST_FILE_URL = /^\/[a-z0-9-]+\/files\//;

export function devTrustFiles(): AstroIntegration {
  return {
    name: 'strategy-dev-trust-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        // The content folder mirrors the URLs: content/<slug>/files/… is served at /<slug>/files/….
        const files = sirv(contentSelection(process.env).base, { dev: true, dotfiles: false });
        server.middlewares.use((request, response, next) => {
          const url = request.url ?? '';
          // Only files inside a trust's files folder: never a path that climbs out of it.
          if (TRUST_FILE_URL.test(url) && !/\.\.|%2e/i.test(url)) files(request, response, next);
          else next();
        });
      },
    },
  };
}
