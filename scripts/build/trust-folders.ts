/**
 * The trust folders under a content folder: every sub-folder that holds a trust.yaml.
 * The build reads each trust's address from it to publish the trust's folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface TrustFolder {
  slug: string;
  dir: string;
}

export function listTrustFolders(contentDir: string): TrustFolder[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => ({ slug: entry.name, dir: path.join(contentDir, entry.name) }))
    .filter((folder) => existsSync(path.join(folder.dir, 'trust.yaml')))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * The settings the publishing step needs. Read before the content check has finished, so a
 * file that cannot be read gives empty settings here; the check reports what is wrong.
 */
export function readPublishingSettings(folder: TrustFolder): { url: string; language: string } {
  try {
    const settings = parse(readFileSync(path.join(folder.dir, 'trust.yaml'), 'utf8')) as { url?: unknown; language?: unknown };
    return {
      url: typeof settings.url === 'string' ? settings.url : '',
      language: (typeof settings.language === 'string' ? settings.language : 'en-GB').slice(0, 2),
    };
  } catch {
    return { url: '', language: 'en' };
  }
}
