/**
 * Stops `astro build` and `astro preview` at once, with one line saying which npm command
 * to run. Astro alone renders every trust at base "/" into one folder: no per-trust
 * `_assets/`, `files/`, search index, sitemap or 404, and no content check, yet it reports
 * "Complete!". Our build (scripts/build/build-sites.ts) drives Astro and then publishes each
 * trust; it says so by adding the marker integration below to its inline config.
 * `astro dev` and `astro check`/`astro sync` are untouched.
 */
import type { AstroIntegration } from 'astro';

const MARKER = 'strategy-started-by-build-script';

/** Added by scripts/build/build-sites.ts to the config it passes to Astro's build(). */
export function startedByBuildScript(): AstroIntegration {
  return { name: MARKER, hooks: {} };
}

export function astroCommandGuard(): AstroIntegration {
  return {
    name: 'strategy-astro-command-guard',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        const fromScript = config.integrations.some((integration) => integration.name === MARKER);
        const instead = command === 'build' && !fromScript ? 'npm run build' : command === 'preview' ? 'npm run preview' : undefined;
        if (!instead) return;
        // One line and exit 1: an error thrown here would come back wrapped in Astro's stack trace.
        const why =
          command === 'build'
            ? 'would make a broken site (no per-trust assets, search, sitemap or 404, and no content check)'
            : 'does not serve each trust at its own address';
        process.stderr.write(`astro ${command} alone ${why}: run "${instead}" instead (add -- --help for its options).\n`);
        process.exit(1);
      },
    },
  };
}
