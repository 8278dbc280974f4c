/**
 * Every trust page passes through here as it is rendered: its asset and picture links are
 * moved under the trust's own base path (see src/site/published-paths.ts), and in a build
 * the page is handed to the publishing step (see src/site/rendered-pages.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { withTrustPaths } from './site/published-paths.ts';
import { renderedPageReceiver } from './site/rendered-pages.ts';
import { loadSite } from './site/site-model.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  // A stopped build renders nothing more, so it ends quickly and cleanly (see scripts/build/build-sites.ts).
  if (renderedPageReceiver()?.stopped) return new Response('', { headers: { 'content-type': 'text/plain' } });
  const response = await next();
  const slug = context.params.trust;
  if (!slug || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withTrustPaths(await response.text(), (await loadSite(slug)).basePath);
  renderedPageReceiver()?.receive({ slug, pagePath: context.url.pathname.slice(slug.length + 2), html });
  return new Response(html, response);
});
