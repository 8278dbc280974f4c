/**
 * The names of the MDX components authors may use (see ./index.ts for the components), and the
 * settings (attributes) each accepts. Kept apart from the components so the content check and
 * the build's Markdown plugin can read them without Astro: anything not listed here is refused.
 */
export const mdxComponentNames = ['Callout', 'KeyFigure'] as const;

export const mdxComponentSettings = {
  Callout: ['title'],
  KeyFigure: ['value', 'label'],
} as const satisfies Record<(typeof mdxComponentNames)[number], readonly string[]>;
