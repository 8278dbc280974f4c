/** The strategy on a page as a picture to download (src/site/strategy-on-a-page.ts). */
import type { TrustSite } from '../../site/site-model.ts';
import { strategyOnAPage, strategyOnAPageSvg } from '../../site/strategy-on-a-page.ts';

/** Made only where the trust's content gives a strategy on a page (its route exists then, src/routes/generated-pages.ts). */
export const strategyOnAPagePicture = (site: TrustSite): Response => {
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
