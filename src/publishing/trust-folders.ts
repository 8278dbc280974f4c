/**
 * The trust folders under a content folder: every sub-folder that holds a trust.yaml.
 * The build reads each trust's address from it to publish the trust's folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
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

/**
 * When some asked-for slugs are not trusts in the content folder: names them, suggests the
 * nearest one, and lists what exists (the first ten, for a large fleet). Undefined when all exist.
 */
export function unknownTrustMessage(asked: string[], available: TrustFolder[], where: string): string | undefined {
  const slugs = available.map((folder) => folder.slug);
  const unknown = asked.filter((slug) => !slugs.includes(slug));
  if (unknown.length === 0) return undefined;
  const named = unknown.map((slug) => {
    const nearest = slugs.length > 0 ? closest(slug, slugs) : undefined;
    return nearest && distance(slug, nearest) <= 3 ? `"${slug}" (did you mean "${nearest}"?)` : `"${slug}"`;
  });
  const shown = slugs.length > 10 ? `${slugs.slice(0, 10).join(', ')} and ${slugs.length - 10} more` : slugs.join(', ') || 'none';
  return `There is no trust called ${named.join(', ')} in ${where}/. Trusts found: ${shown}.`;
}
