/**
 * Test support: builds a content folder with Astro and the strategy-sites integration but no
 * content check, to prove the build's own Markdown plugin refuses unsafe content by itself.
 * Usage: node tests/support/render-without-check.ts <content dir> <out dir>
 * A refused page is reported by the integration in the check's words (file and rule), exit 1;
 * "built" is printed only if the build succeeded.
 */
import path from 'node:path';
import { build } from 'astro';
import { projectConfig } from '../../astro.config.mjs';
import { strategySites } from '../../src/integrations/strategy-sites.ts';

const [contentDir, outDir] = process.argv.slice(2).map((arg) => path.resolve(arg)) as [string, string];
const root = path.resolve(import.meta.dirname, '..', '..');
process.env.NODE_ENV = 'production';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const sites = strategySites({ contentDir, unsafeSkipContentCheck: true });
try {
  await build({ ...projectConfig(sites), configFile: false, root, mode: 'production', outDir, logLevel: 'silent' });
  console.log('built');
} catch (error) {
  const report = await sites.failureReport(error);
  if (report) process.stderr.write(report);
  else console.error(error);
  process.exitCode = 1;
}
