/** The trust's favicon, drawn from its colours and initials (src/site/share-images.ts). */
import { iconSvg } from '../../site/share-images.ts';
import type { TrustSite } from '../../site/site-model.ts';

export const favicon = ({ settings }: TrustSite): Response => {
  const svg = iconSvg({
    shortName: settings.shortName,
    brand: settings.colours.brand,
    accent: settings.colours.accent ?? settings.colours.brand,
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
