/** The trust's favicon, drawn from its colours and initials (src/site/share-images.ts). */
import type { APIRoute } from 'astro';
import { iconSvg } from '../../site/share-images.ts';
import { loadSite, onePagePerTrust } from '../../site/site-model.ts';

export const getStaticPaths = onePagePerTrust;

export const GET: APIRoute = async ({ params }) => {
  const { settings } = await loadSite(params.trust!);
  const svg = iconSvg({
    shortName: settings.shortName,
    brand: settings.colours.brand,
    accent: settings.colours.accent ?? settings.colours.brand,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
