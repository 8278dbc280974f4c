/**
 * The trust folders under a content folder: every sub-folder that holds a trust.yaml, and
 * the settings the commands that serve or publish a built trust need, read by the one reader.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { trustSchema, type TrustSettings } from '../schemas/trust.ts';
import { readTrustSettings } from './read-content.ts';
import { SETTINGS_FILE } from './trust-layout.ts';
import { defaultLanguage } from '../words/index.ts';

export interface TrustFolder {
  slug: string;
  dir: string;
}

export function listTrustFolders(contentDir: string): TrustFolder[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => ({ slug: entry.name, dir: path.join(contentDir, entry.name) }))
    .filter((folder) => existsSync(path.join(folder.dir, SETTINGS_FILE)))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** A trust's validated settings, or undefined when they do not pass the check (which says why). */
export function trustSettingsOf(folder: TrustFolder): TrustSettings | undefined {
  const source = readTrustSettings(path.join(folder.dir, SETTINGS_FILE));
  const result = source ? trustSchema.safeParse(source.data) : undefined;
  return result?.success ? result.data : undefined;
}

/** The settings serving a built trust needs: its address and its two-letter language. */
export function readPublishingSettings(folder: TrustFolder): { url: string; language: string } {
  const settings = trustSettingsOf(folder);
  return { url: settings?.url ?? '', language: (settings?.language ?? defaultLanguage).slice(0, 2) };
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
