/**
 * The names of the MDX components authors may use (see ./index.ts for the components).
 * Kept apart from the components so the content check can read it without Astro.
 */
export const mdxComponentNames = ['Callout', 'KeyFigure'] as const;
