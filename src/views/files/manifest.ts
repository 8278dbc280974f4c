/** The trust's web manifest: its name, colours and icons, for "Add to home screen". */
import type { TrustSite } from '../../site/site-model.ts';

export const manifest = (site: TrustSite): Response => {
  const { settings } = site;
  const manifest = {
    name: `${settings.strategy.name}: ${settings.name}`,
    short_name: settings.shortName,
    description: site.words.strategy.of(settings.name, settings.strategy.period),
    lang: settings.language,
    start_url: site.href(''),
    scope: site.href(''),
    display: 'browser',
    theme_color: settings.colours.brand,
    background_color: '#ffffff',
    icons: [
      { src: site.href('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      { src: site.href('icon-192.png'), sizes: '192x192', type: 'image/png' },
      { src: site.href('icon-512.png'), sizes: '512x512', type: 'image/png' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
