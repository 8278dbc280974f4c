/**
 * The Markdown pipeline every page goes through, in a build, in `astro dev` and in the tests:
 * Sätteri with the product's plugins: refusing unsafe content (./refuse-unsafe-content.ts),
 * pointing pictures at the trust's published files (./picture-paths.ts), parsing raw HTML into
 * the page's tree with the browser's parser (./raw-html.ts), keeping phone numbers written as
 * links on one line (./phone-links.ts) and laying easy read pages out in rows
 * (./easy-read-layout.ts).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { easyReadLayout } from './easy-read-layout.ts';
import { phoneLinksOnOneLine } from './phone-links.ts';
import { picturePaths } from './picture-paths.ts';
import { rawHtmlInTree } from './raw-html.ts';
import { refuseUnsafeContent } from './refuse-unsafe-content.ts';

/** @param contentBase the folder holding one folder per trust */
export function markdownProcessor(contentBase: string): ReturnType<typeof satteri> {
  return satteri({
    mdastPlugins: [refuseUnsafeContent(contentBase), picturePaths(contentBase)],
    hastPlugins: [rawHtmlInTree, phoneLinksOnOneLine, easyReadLayout(contentBase)],
  });
}
