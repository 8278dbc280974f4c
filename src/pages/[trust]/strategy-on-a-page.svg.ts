/** The strategy on a page as a picture to download (src/site/strategy-on-a-page.ts). */
import type { APIRoute } from 'astro';
import { hasGeneratedPage } from '../../site/navigation.ts';
import { loadSite, loadSites } from '../../site/site-model.ts';
import { STRATEGY_ON_A_PAGE_SVG, strategyOnAPage, strategyOnAPageSvg } from '../../site/strategy-on-a-page.ts';

export async function getStaticPaths() {
  return (await loadSites())
    .filter((site) => hasGeneratedPage(site, STRATEGY_ON_A_PAGE_SVG))
    .map((site) => ({ params: { trust: site.slug } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite(params.trust!);
  const { settings } = site;
  const svg = strategyOnAPageSvg(strategyOnAPage(site)!, {
    name: settings.name,
    strategyName: settings.strategy.name,
    brand: settings.colours.brand,
    accent: settings.colours.accent ?? settings.colours.brand,
    words: site.words,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
