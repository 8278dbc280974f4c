/**
 * The Markdown pipeline every page goes through, in a build, in `astro dev` and in the tests:
 * Sätteri with the product's two plugins, refusing unsafe content (./refuse-unsafe-content.ts)
 * and pointing pictures at the trust's published files (./picture-paths.ts).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { picturePaths } from './picture-paths.ts';
import { refuseUnsafeContent } from './refuse-unsafe-content.ts';

/** @param contentBase the folder holding one folder per trust */
export function markdownProcessor(contentBase: string): ReturnType<typeof satteri> {
  return satteri({ mdastPlugins: [refuseUnsafeContent(contentBase), picturePaths(contentBase)] });
}
