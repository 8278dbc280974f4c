/**
 * Astro's content cache, kept apart per content folder (so the benchmark's fleet never mixes
 * with content/) and per version of the schemas: Astro reuses an unchanged file's parsed data
 * even when a schema it imports has changed, so a schema change must start a fresh cache.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function astroCacheDir(root: string, contentDir: string): string {
  const schemas = createHash('sha256');
  // Page types' schemas live in their folders (src/page-types/<type>/schema.ts) beside their components.
  const pageTypeFiles = listSchemaFiles(path.join(root, 'src', 'page-types')).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.fixtures.ts'),
  );
  for (const file of [path.join(root, 'src', 'content.config.ts'), ...listSchemaFiles(path.join(root, 'src', 'schemas')), ...pageTypeFiles])
    schemas.update(readFileSync(file));
  const contentKey = Buffer.from(path.resolve(contentDir)).toString('base64url').slice(-40);
  return path.join(root, 'node_modules', '.cache', 'strategy-astro', `${contentKey}-${schemas.digest('hex').slice(0, 12)}`);
}

function listSchemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listSchemaFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}
