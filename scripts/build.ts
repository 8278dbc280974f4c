/**
 * npm run build                      build every trust under content/ into dist/<slug>/
 * npm run build -- --trust <slug>    build one trust (repeat --trust for more)
 * Options: --content <dir>, --out <dir>, --verbose, --stats-json <file> (figures for the benchmark)
 */
import { writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
// Astro and Vite are hundreds of modules; caching their compiled code saves time on every build after the first.
enableCompileCache(path.join(root, 'node_modules', '.cache', 'node-compile-cache'));
const { buildSites, ContentCheckFailed, UnknownTrustError } = await import('./build/build-sites.ts');
const { values } = parseArgs({
  options: {
    trust: { type: 'string', multiple: true, default: [] },
    content: { type: 'string', default: path.join(root, 'content') },
    out: { type: 'string', default: path.join(root, 'dist') },
    verbose: { type: 'boolean', default: false },
    'stats-json': { type: 'string' },
  },
});

const seconds = (value: number) => `${value.toFixed(2)} s`;

try {
  const which = values.trust.length > 0 ? values.trust.join(', ') : 'every trust';
  console.log(`Building ${which} from ${path.relative(root, values.content) || values.content} ...`);
  const summary = await buildSites({
    root,
    contentDir: values.content,
    outDir: values.out,
    trusts: values.trust,
    ...(values.verbose ? { logLevel: 'info' as const } : {}),
    onWarnings: (report) => console.warn(`\n${report}\n`),
    onTrust: (result) =>
      console.log(
        `  ✓ ${result.slug}: ${result.pages} pages, ${result.indexed} in search  →  ${path.relative(root, path.join(values.out, result.slug))}/`,
      ),
  });
  console.log("  Plain English reading ages: see npm run check, or each site's reading-age/ page.");
  if (values['stats-json']) writeFileSync(values['stats-json'], JSON.stringify(summary, null, 2));
  console.log(
    `\nBuilt ${summary.trusts.length} trust${summary.trusts.length === 1 ? '' : 's'}, ${summary.pages} pages in ${seconds(summary.totalSeconds)} ` +
      `(render ${seconds(summary.renderSeconds)}, publish and index ${seconds(summary.publishSeconds)}).`,
  );
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nThe build stopped. No published site was changed.\n\n${message}`);
  const ours = error instanceof UnknownTrustError || error instanceof ContentCheckFailed;
  if (!ours)
    console.error(
      '\nThis looks like a fault in the site builder rather than in the content. Run the build again with --verbose and send the output to the product team.',
    );
  if (values.verbose && error instanceof Error && !ours) console.error(error.stack);
  process.exitCode = 1;
}
