// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { NodePackageImporter } from 'sass-embedded';
import { strategySites } from './src/integrations/strategy-sites.ts';
import { ASSETS_DIR } from './src/addresses/published-paths.ts';
import { nhsukUnusedRules } from './src/styles/nhsuk-unused-rules.ts';
import { nhsukLogicalProperties } from './src/styles/nhsuk-logical-properties.ts';

/**
 * One Astro build renders every trust under `src/pages/[trust]/`; the strategy-sites
 * integration then publishes each trust as its own self-contained site in dist/<slug>/. So
 * `astro build` and `npm run build` make the same sites. Astro itself always builds at base
 * "/" and assets land in `_assets/`, a prefix the integration's middleware moves under each
 * trust's own base path as each page is rendered. See README "Architecture".
 *
 * The configuration with one strategy-sites integration: `sites` when given (npm run build
 * makes its own, for the trusts and folders asked for, and passes the result to Astro with
 * `configFile: false`), else one with the defaults (content/ and every trust).
 * @param {import('./src/integrations/strategy-sites.ts').StrategySitesIntegration} [sites]
 */
export function projectConfig(sites = strategySites()) {
  return defineConfig({
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
    // Content checked, rendered safely and published per trust (src/integrations/strategy-sites.ts).
    // It comes before mdx(), which reads the Markdown settings it makes.
    integrations: [sites, mdx()],
    vite: {
      plugins: [tailwindcss()],
      css: {
        // nhsuk-frontend's Sass (src/styles/nhsuk.scss), found by its package name, its own
        // deprecation notices kept out of the build log, its unused rules left out, and its physical
        // properties (margin-left...) made logical, so a right-to-left page mirrors it.
        preprocessorOptions: { scss: { importers: [new NodePackageImporter()], quietDeps: true } },
        postcss: { plugins: [nhsukUnusedRules(), nhsukLogicalProperties()] },
      },
      build: {
        // Every script and asset is a file of its own, never inlined: the Content-Security-Policy
        // allows no inline script or style and no data: URLs (src/hosting/security-headers.ts).
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
}

export default projectConfig();
