/// <reference types="astro/client" />

/** Set by the strategy-sites integration (src/integrations/strategy-sites.ts) for the pages. */
declare module 'virtual:strategy-sites/selection' {
  /** Absolute path of the content folder (one folder per trust), ending in a separator. */
  export const base: string;
  /** The selected trusts' folder names; empty for every trust. */
  export const trusts: string[];
  /** True in `astro dev`: every trust side by side under /<slug>/, recomputed on each request. */
  export const livePreview: boolean;
  /** False only in tests that prove the build's own Markdown plugin refuses unsafe content without the check. */
  export const checkContent: boolean;
}

declare namespace App {
  interface Locals {
    /** The share cards and icons the page links to, drawn when the trust is published (src/site/share-images.ts). */
    imageOrders: import('./site/share-images.ts').ImageOrder[];
    /** The route the page is rendered for (src/routes/routes.ts): its flags travel to publishing with the page. */
    route?: import('./routes/routes.ts').PageRoute;
    /** The page in each language it is translated into (absolute addresses), set by the layout, for the sitemap's alternates. */
    alternates?: import('./routes/route-flags.ts').LanguageAlternate[];
    /** The words of the trust being rendered, from its site model (src/words/); unset outside a trust's pages. */
    words?: import('./words/index.ts').Words;
  }
}
