/**
 * Leaves out of the compiled nhsuk-frontend stylesheet (src/styles/nhsuk.scss) the rules for
 * classes our markup never uses (card and header variants, form parts the header's search box
 * does not need), with PurgeCSS. Only that one file is trimmed: Tailwind makes its own utilities
 * from the same sources, and rules for HTML elements are always kept because Markdown content
 * can produce any of them.
 */
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import type { Plugin } from 'postcss';

/** The file this applies to. */
const NHSUK_ENTRY = /src[\\/]styles[\\/]nhsuk\.scss$/;

const purge = purgeCSSPlugin({
  content: [
    'src/components/**/*.astro',
    'src/page-types/**/*.astro',
    'src/layouts/**/*.astro',
    'src/pages/**/*.astro',
    'src/views/**/*.astro',
    'src/site/**/*.ts',
    // Classes the header's script adds as it runs (the "More" menu list, the supported marker).
    'node_modules/nhsuk-frontend/dist/nhsuk/components/header/header.mjs',
    'node_modules/nhsuk-frontend/dist/nhsuk/common/index.mjs',
  ],
  safelist: {
    // Element selectors (h1, table, blockquote…): Markdown content may produce any of them.
    standard: [/^[a-z][a-z0-9]*$/, 'nhsuk-frontend-supported'],
  },
  // Keep state selectors the browser or the header's script apply ([hidden], [open], [aria-expanded]).
  dynamicAttributes: ['hidden', 'open', 'aria-expanded', 'aria-current'],
}) as unknown as { OnceExit: NonNullable<Plugin['OnceExit']> };

export function nhsukUnusedRules(): Plugin {
  return {
    postcssPlugin: 'nhsuk-unused-rules',
    OnceExit(root, helpers) {
      if (!NHSUK_ENTRY.test(root.source?.input.file ?? '')) return;
      return purge.OnceExit(root, helpers);
    },
  };
}
