// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { astroCommandGuard } from './src/integrations/astro-command-guard.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { devTrustFiles } from './src/integrations/dev-trust-files.ts';
import { picturePaths } from './src/markdown/picture-paths.ts';
import { refuseUnsafeContent, refuseUnsafeContentAtEnd } from './src/markdown/refuse-unsafe-content.ts';
import { contentSelection } from './src/site/content-selection.ts';
import { ASSETS_DIR } from './src/site/published-paths.ts';

/**
 * One Astro build renders every trust under `src/pages/[trust]/`. The build script
 * (`scripts/build.ts`) then splits that output into one self-contained site per trust,
 * so Astro itself always builds at base "/" and assets land in `_assets/`, a prefix that
 * src/middleware.ts moves under each trust's own base path as each page is rendered. See README "Architecture".
 */
export default defineConfig({
  // Pages link with each trust's own base path, never Astro's `base`.
  base: '/',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    assets: ASSETS_DIR,
    // One small stylesheet file per site, cached across pages, instead of CSS in every page.
    inlineStylesheets: 'never',
    concurrency: 4,
  },
  // Content runs no code: unsafe Markdown and MDX stop the build before anything is compiled (see
  // the plugin). Pictures in Markdown and MDX link to the trust's published files folder.
  markdown: {
    processor: satteri({
      mdastPlugins: [refuseUnsafeContent(contentSelection(process.env).base), picturePaths(contentSelection(process.env).base)],
    }),
  },
  // The content check reports problems in the dev preview; builds run it first in scripts/build.ts.
  // `astro build` and `astro preview` alone stop with a pointer to npm run build / preview.
  integrations: [astroCommandGuard(), mdx(), contentCheck(), devTrustFiles(), refuseUnsafeContentAtEnd()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Every script and asset is a file of its own, never inlined: the Content-Security-Policy
      // allows no inline script or style and no data: URLs (src/site/security-headers.ts).
      assetsInlineLimit: 0,
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
