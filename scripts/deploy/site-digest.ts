/**
 * A digest of a published site: every file's path and bytes. Two builds of the same commit
 * for the same date give the same digest, so a scheduled rebuild deploys a trust only when
 * the date changed what its readers see (an event passed, a survey closed).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? files(path.join(dir, entry.name), relative) : [relative];
    })
    .sort();
}

export function siteDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of files(dir)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}
