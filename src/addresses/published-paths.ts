/**
 * The two kinds of address that only become real once a page is rendered for its own trust.
 *
 * Astro builds every trust at once at base "/", so its bundled assets (the stylesheet) are
 * linked as "/_assets/…", and pictures written in Markdown are linked through a placeholder
 * (see src/markdown/picture-paths.ts). Both are moved under the trust's own base path here,
 * as each page is rendered (src/integrations/trust-paths-middleware.ts), so a published page is written only once.
 */

/** Folder of Astro's bundled assets. Must match `build.assets` in astro.config.mjs. */
export const ASSETS_DIR = '_assets';

/** Stands for the trust's `files/` folder in rendered Markdown, whatever the trust's base path. */
export const TRUST_FILES_PLACEHOLDER = '/_trust-files/';

/** Stands for the trust's previous/ folder (its previous strategies, each with its own files/), whatever the base path. */
export const TRUST_PREVIOUS_PLACEHOLDER = '/_trust-previous/';

const ASSET_LINK = new RegExp(`(["'(])/${ASSETS_DIR}/`, 'g');
const TRUST_FILES_LINK = new RegExp(`(["'(])${TRUST_FILES_PLACEHOLDER}`, 'g');
const TRUST_PREVIOUS_LINK = new RegExp(`(["'(])${TRUST_PREVIOUS_PLACEHOLDER}`, 'g');

/** A rendered page (or stylesheet) with its asset and picture links under the trust's base path. */
export function withTrustPaths(text: string, basePath: string): string {
  // Function replacers: a replacement string would read "$&", "$'" and the like in the base path as patterns.
  return text
    .replace(ASSET_LINK, (_match, before: string) => `${before}${basePath}${ASSETS_DIR}/`)
    .replace(TRUST_FILES_LINK, (_match, before: string) => `${before}${basePath}files/`)
    .replace(TRUST_PREVIOUS_LINK, (_match, before: string) => `${before}${basePath}previous/`);
}

/** Names of the asset files that a page or stylesheet, once under the trust's base path, links to. */
export function linkedAssets(text: string, basePath: string): string[] {
  const link = new RegExp(`${RegExp.escape(basePath)}${ASSETS_DIR}/([A-Za-z0-9._-]+)`, 'g');
  return Array.from(text.matchAll(link), (match) => match[1]!);
}
