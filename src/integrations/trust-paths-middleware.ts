/**
 * Registered by the strategy-sites integration: every trust page passes through here as it
 * is rendered, in a build and in `astro dev`. Its asset and picture links are moved under the
 * trust's own base path (see src/addresses/published-paths.ts), and in a build the facts publishing
 * needs travel with the page: the trust's address and language (src/publishing/publishing-facts.ts),
 * the page's route flags (src/routes/route-flags.ts) and the share cards and icons it links to
 * (src/site/share-images.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { livePreview } from 'virtual:strategy-sites/selection';
import { withTrustPaths } from '../addresses/published-paths.ts';
import { PUBLISHING_FACTS_HEADER, publishingFactsHeader } from '../publishing/publishing-facts.ts';
import { IMAGE_ORDERS_HEADER, imageOrdersHeader } from '../site/share-images.ts';
import { ROUTE_FLAGS_HEADER, routeFlagsHeader } from '../routes/route-flags.ts';
import { loadSite, loadSiteAt, previewBasePath } from '../site/site-model.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.imageOrders = [];
  const slug = context.params.trust;
  // Components given no site model (an .mdx page's <Callout>) read the trust's words here.
  // A preview address naming no trust gets Astro's own 404, which needs none.
  // The words of the page's language: a page under a language's prefix ("cy/goals") is in that language.
  const words = slug ? (await loadSiteAt(slug, context.params.path ?? '').catch(() => undefined))?.words : undefined;
  if (words) context.locals.words = words;
  const response = await next();
  if (!slug || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The preview's addresses need no site model: this module is loaded once when the dev server
  // starts, so the model it would see is the one of that moment, without trusts added since.
  if (livePreview) return new Response(withTrustPaths(await response.text(), previewBasePath(slug)), response);
  // The trust's address, name and old addresses are its main language's, whatever the page's language.
  const site = await loadSite(slug);
  const page = new Response(withTrustPaths(await response.text(), site.basePath), response);
  const { url, language, name } = site.settings;
  // The trust's own old addresses, then each previous strategy's pages the current one no longer has, sent to their archived copies.
  const written = new Set(site.settings.redirects.map((redirect) => redirect.from));
  const redirects = [
    ...site.settings.redirects,
    ...site.previousEditions.flatMap((edition) => edition.redirects).filter((redirect) => !written.has(redirect.from)),
  ];
  const multilingual = site.languages.length > 1;
  page.headers.set(
    PUBLISHING_FACTS_HEADER,
    publishingFactsHeader({ url, language, name, redirects, ...(multilingual ? { multilingual } : {}) }),
  );
  if (context.locals.route)
    page.headers.set(ROUTE_FLAGS_HEADER, routeFlagsHeader({ ...context.locals.route, alternates: context.locals.alternates }));
  if (context.locals.imageOrders.length > 0) page.headers.set(IMAGE_ORDERS_HEADER, imageOrdersHeader(context.locals.imageOrders));
  return page;
});
