/** Pages the product makes for every trust from its settings. An easy read twin may be written for them. */
export const generatedPages = ['contact', 'accessibility', 'cookies'];

/** Page paths the product generates itself, so a content file may not use them. */
export const reservedPagePaths = [
  ...generatedPages,
  'contents',
  'search',
  'reading-age',
  '404',
  'easy-read',
  'files',
  'pagefind',
  '_assets',
  'theme.css',
  'calendar',
  'events.ics',
  'share',
  'favicon.svg',
  'manifest.webmanifest',
  'icon-192.png',
  'icon-512.png',
  'how-we-are-doing',
  'strategy-on-a-page',
  'strategy-on-a-page.svg',
];
