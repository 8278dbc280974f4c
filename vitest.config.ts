/**
 * The tests in two tiers, chosen by folder (README "Tests"):
 *
 * - unit: every folder under tests/ except the four below. No build, no browser, no server:
 *   schemas, checks, small modules, and components rendered alone from their fixtures
 *   (tests/components/, through Astro's container API). `npm run test:unit`, under a minute.
 * - build: tests/build/, tests/browser/, tests/cli/ and tests/hosting/. They share one build of
 *   the sample trusts (tests/support/global-setup.ts), made only when this tier runs, and may
 *   make builds of their own, start servers and drive Chromium. `npm run test:build`.
 *
 * `npm test` runs both: the unit tier first, then the build tier one file at a time.
 */
import path from 'node:path';
import { getViteConfig } from 'astro/config';
import type { Plugin } from 'vite';
import { defineConfig, type TestProjectConfiguration } from 'vitest/config';
import { selectionModule } from './src/integrations/strategy-sites.ts';
import { contentSelection } from './src/integrations/content-selection.ts';

/** The folders of the build tier; every other folder under tests/ is the unit tier. */
const buildTierFolders = ['build', 'browser', 'cli', 'hosting'];
const buildTier = buildTierFolders.map((folder) => `tests/${folder}/**/*.test.ts`);
const componentTests = ['tests/components/**/*.test.ts'];

/** Timeouts and polling shared by every tier. */
const shared = {
  // The build tests run real Astro builds and Pagefind; give them time on a busy 2-core machine.
  testTimeout: 180_000,
  hookTimeout: 300_000,
  // Browser tests poll for what a reader would see (search results, announced counts); on a busy
  // 2-core machine Pagefind can take seconds to answer (over 15 s at a load of 30), so wait up to 30 s rather than 1 s.
  expect: { poll: { timeout: 30_000 } },
};

/**
 * The unit tier refuses to build or start a browser (tests/support/test-tier.ts reads this), so
 * a build test cannot land here unnoticed; its files are light, so they use every core, and
 * each worker runs file after file without starting afresh (isolate: false), which halves the
 * tier's time: a test that changes shared state (environment, mocks, timers) puts it back.
 */
const unitTier = { env: { STRATEGY_TEST_TIER: 'unit' }, maxWorkers: '100%', isolate: false, sequence: { groupOrder: 0 } };

/**
 * Components are compiled by Astro's own Vite plugins (getViteConfig) without astro.config.mjs:
 * the strategy-sites integration would start the content check's worker, which components never
 * need. They read which content folder the site uses from the integration's virtual module; here
 * it is the sample content.
 */
function selectionForComponents(): Plugin {
  return selectionModule({ ...contentSelection(path.resolve(import.meta.dirname, 'content'), []), livePreview: false, checkContent: true });
}

const components: TestProjectConfiguration = getViteConfig(
  {
    plugins: [selectionForComponents()],
    test: { ...shared, ...unitTier, name: 'components', include: componentTests },
  },
  { configFile: false, logLevel: 'error' },
);

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          ...shared,
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...buildTier, ...componentTests],
          ...unitTier,
        },
      },
      components,
      {
        extends: true,
        test: {
          ...shared,
          name: 'build',
          include: buildTier,
          globalSetup: ['tests/support/global-setup.ts'],
          // Builds are CPU-heavy: run these files one after another rather than fighting for cores.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
