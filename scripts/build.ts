/**
 * npm run build: builds trusts under content/ into dist/<slug>/ (see --help). The build itself
 * is Astro's, with the strategy-sites integration (src/integrations/strategy-sites.ts), as in
 * `astro build`; this command adds the choice of trusts and folders. --shard and
 * --changed-since narrow the fleet for CI (scripts/build/trust-selection.ts).
 */
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { parseCommandLine, stop } from './cli/arguments.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseCommandLine({
  command: 'npm run build',
  usage: '[options]',
  summary:
    'Checks the content, then builds each trust into its own self-contained site in dist/<slug>/. If the content has a mistake, every problem is listed and no published site is changed.',
  options: {
    trust: { type: 'string', multiple: true, default: [], value: 'slug', description: 'build only this trust' },
    shard: { type: 'string', value: 'k/n', description: 'build only the k-th of n stable shares of the trusts (for a CI matrix)' },
    'changed-since': {
      type: 'string',
      value: 'git-ref',
      description: 'build only trusts whose content/<slug>/ changed since that ref; all if shared code or packages changed',
    },
    content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
    out: { type: 'string', default: 'dist', value: 'dir', description: 'where each trust is published, as <dir>/<slug>/' },
    list: {
      type: 'boolean',
      default: false,
      description: 'print the slugs that would be built, as JSON, and build nothing (for a CI matrix)',
    },
    verbose: { type: 'boolean', default: false, description: "show Astro's own output and stack traces" },
    'stats-json': { type: 'string', value: 'file', description: 'write the build figures as JSON (used by the benchmark)' },
  },
  examples: [
    ['npm run build', 'build every trust'],
    ['npm run build -- --trust harbourside', 'build one trust'],
    ['npm run build -- --changed-since origin/main --shard 2/4', 'in CI: the second quarter of the trusts changed on this branch'],
  ],
});
const contentDir = path.resolve(root, values.content);
// With --list, stdout carries only the JSON list; what would otherwise be said goes to stderr.
const say = values.list ? (line: string) => console.error(line) : (line: string) => console.log(line);
const nothingToBuild = (line: string): never => {
  say(line);
  if (values.list) console.log('[]');
  process.exit(0);
};
const outDir = path.resolve(root, values.out);

// Astro and Vite are hundreds of modules; caching their compiled code saves time on every build after the first.
enableCompileCache(path.join(root, 'node_modules', '.cache', 'node-compile-cache'));
const { listTrustFolders, unknownTrustMessage } = await import('../src/reader/trust-folders.ts');
const { changedTrusts, parseShard, shardOf } = await import('./build/trust-selection.ts');

const available = listTrustFolders(contentDir);
const where = path.relative(root, contentDir) || contentDir;
const unknown = unknownTrustMessage(values.trust, available, where);
if (unknown) stop(unknown);
if (available.length === 0) stop(`There are no trusts in ${where}/: each trust is a folder with a trust.yaml in it.`);

// An empty list means "every trust" to buildSites, so each narrowing that leaves none stops here.
let selected = values.trust.length > 0 ? values.trust : available.map((folder) => folder.slug);
const narrowed = values.trust.length > 0 || values.shard !== undefined || values['changed-since'] !== undefined;
if (values['changed-since'] !== undefined) {
  const ref = values['changed-since'];
  let changed: ReturnType<typeof changedTrusts>;
  try {
    changed = changedTrusts({ root, contentDir, ref, trusts: available.map((folder) => folder.slug) });
  } catch (error) {
    stop(error instanceof Error ? error.message : String(error));
  }
  if (changed.kind === 'none') nothingToBuild(`Nothing to build: no trust's content and no shared code changed since ${ref}.`);
  if (changed.kind === 'all') say(`Building every trust: ${changed.because}.`);
  if (changed.kind === 'some') {
    for (const slug of changed.removed)
      say(`  ${slug} was removed from ${where}/: its published site, if any, is not deleted by the build.`);
    selected = selected.filter((slug) => changed.slugs.includes(slug));
    if (selected.length === 0) nothingToBuild(`Nothing to build: the trusts that changed since ${ref} are not among those asked for.`);
  }
}
if (values.shard !== undefined) {
  const shard = parseShard(values.shard);
  if (typeof shard === 'string') stop(shard);
  selected = selected.filter((slug) => shardOf(slug, shard.count) === shard.index);
  if (selected.length === 0) nothingToBuild(`Nothing to build: shard ${shard.index}/${shard.count} has none of the trusts to build.`);
}
if (values.list) {
  console.log(JSON.stringify(selected));
  process.exit(0);
}

const { build: astroBuild } = await import('astro');
const { strategySites } = await import('../src/integrations/strategy-sites.ts');
const { projectConfig } = await import('../astro.config.mjs');

// A production build whatever the caller's NODE_ENV (test runners set "test"), so links use each trust's base path.
process.env.NODE_ENV = 'production';
// Trusts' build machines send nothing anywhere.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// The content loaders check the content before anything renders; a mistake is reported as the content's.
const sites = strategySites({
  contentDir,
  trusts: narrowed ? selected : [],
  ...(values['stats-json'] ? { statsFile: path.resolve(values['stats-json']) } : {}),
  // Which trust is published and the totals, printed here whatever Astro's own log level.
  progress: (line) => console.log(line),
});
const config = projectConfig(sites);
try {
  await astroBuild({
    // The project's configuration with this one integration instead of the default one: nothing else to win.
    ...config,
    configFile: false,
    root,
    mode: 'production',
    outDir,
    // Astro's own messages are for the product team (--verbose); its warnings carry the content check's warnings
    // for the comms team, and the bundler's stay with the product team.
    logLevel: values.verbose ? 'info' : 'warn',
    vite: { ...config.vite, logLevel: values.verbose ? 'info' : 'error' },
  });
} catch (error) {
  // A mistake in the content is reported in its own words, and the build exits; anything else is the builder's.
  const report = await sites.failureReport(error);
  if (report) {
    process.stderr.write(report);
    process.exit(1);
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nThe build stopped. No published site was changed.\n\n${message}`);
  console.error(
    '\nThis looks like a fault in the site builder rather than in the content. Run the build again with --verbose and send the output to the product team.',
  );
  if (values.verbose && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
}
