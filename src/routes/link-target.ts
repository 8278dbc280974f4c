/**
 * What a link is built from (TrustSite.href): a declared page or file, something inside a
 * declared folder, or a value of the model that knows its own path (a route, a page, a twin,
 * a menu link). A path written as a bare string that is not declared is a type error, so a
 * misspelt or removed page cannot be linked to.
 */
import type { GeneratedFolder, GeneratedPath } from './generated-pages.ts';

export type LinkTarget = GeneratedPath | `${GeneratedFolder}${string}` | { readonly pagePath: string };

/** The path from the site root a link target names. */
export const pathOf = (target: LinkTarget): string => (typeof target === 'string' ? target : target.pagePath);
