/** Page paths the product generates itself, so a content file may not use them. */
export const reservedPagePaths = [
  'contents',
  'search',
  'contact',
  'accessibility',
  'cookies',
  '404',
  'easy-read',
  'files',
  'pagefind',
  '_assets',
  'theme.css',
];
