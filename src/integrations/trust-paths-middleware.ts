/**
 * Registered by the strategy-sites integration: every trust page passes through here as it
 * is rendered, in a build and in `astro dev`, and its asset and picture links are moved under
 * the trust's own base path (see src/site/published-paths.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { withTrustPaths } from '../site/published-paths.ts';
import { loadSite } from '../site/site-model.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const slug = context.params.trust;
  if (!slug || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withTrustPaths(await response.text(), (await loadSite(slug)).basePath);
  return new Response(html, response);
});
