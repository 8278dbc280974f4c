/**
 * The MDX components authors may use in any .mdx page, without importing them.
 * This is the whole documented set: adding one here makes it available everywhere.
 */
import Callout from './Callout.astro';
import KeyFigure from './KeyFigure.astro';
import type { mdxComponentNames } from '../../schemas/mdx-components.ts';

export const mdxComponents = { Callout, KeyFigure } satisfies Record<(typeof mdxComponentNames)[number], unknown>;
