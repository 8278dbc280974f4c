// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';

/**
 * One Astro build renders every trust under `src/pages/[trust]/`. The build script
 * (`scripts/build.ts`) then splits that output into one self-contained site per trust,
 * so Astro itself always builds at base "/" and assets land in `_assets/`, a prefix the
 * split step rewrites to each trust's own base path. See README "Architecture".
 */
export default defineConfig({
  // Pages link with each trust's own base path, never Astro's `base`.
  base: '/',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    assets: '_assets',
    // One small stylesheet file per site, cached across pages, instead of CSS in every page.
    inlineStylesheets: 'never',
  },
  // The content check reports problems in the dev preview; builds run it first in scripts/build.ts.
  integrations: [mdx(), contentCheck()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // MDX pages carry a directive the bundler cannot keep and says so for every file; Astro handles it.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
