/**
 * Test support: renders a content folder with Astro alone, as scripts/build/build-sites.ts
 * does but without the content check, to prove the build refuses unsafe content by itself.
 * Usage: node tests/support/render-without-check.ts <content dir> <out dir>
 * Prints "refused: <file> (<rule>)" for each page the build's plugin refused; exits 1 if the build failed.
 */
import path from 'node:path';
import { build } from 'astro';
import { startedByBuildScript } from '../../src/integrations/astro-command-guard.ts';
import { takeRefusedContent } from '../../src/markdown/refuse-unsafe-content.ts';

const [contentDir, outDir] = process.argv.slice(2).map((arg) => path.resolve(arg)) as [string, string];
const root = path.resolve(import.meta.dirname, '..', '..');
process.env.NODE_ENV = 'production';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.STRATEGY_CONTENT_DIR = contentDir;
process.env.STRATEGY_TRUSTS = '';
try {
  // Marked as the build script's own Astro build, so the guard against plain `astro build` lets it run.
  await build({
    root,
    mode: 'production',
    outDir,
    logLevel: 'silent',
    cacheDir: path.join(outDir, '.cache'),
    integrations: [startedByBuildScript()],
  });
  console.log('built');
} catch {
  process.exitCode = 1;
}
for (const problem of takeRefusedContent()) console.log(`refused: ${problem.file} (${problem.rule})`);
