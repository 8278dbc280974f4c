/**
 * Registered by the strategy-sites integration: every trust page passes through here as it
 * is rendered, in a build and in `astro dev`. Its asset and picture links are moved under the
 * trust's own base path (see src/site/published-paths.ts), and in a build the facts publishing
 * needs travel with the page (src/site/publishing-facts.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { livePreview } from 'virtual:strategy-sites/selection';
import { withTrustPaths } from '../site/published-paths.ts';
import { PUBLISHING_FACTS_HEADER, publishingFactsHeader } from '../site/publishing-facts.ts';
import { loadSite } from '../site/site-model.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const slug = context.params.trust;
  if (!slug || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const site = await loadSite(slug);
  const page = new Response(withTrustPaths(await response.text(), site.basePath), response);
  if (!livePreview)
    page.headers.set(PUBLISHING_FACTS_HEADER, publishingFactsHeader({ url: site.settings.url, language: site.settings.language }));
  return page;
});
