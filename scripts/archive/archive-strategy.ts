/**
 * Archiving a trust's current strategy as a previous edition: its pages, easy read pages,
 * language folders, a frozen copy of its settings and the files those name are copied into
 * content/<trust>/previous/<start>-<end>/, laid out as the trust's own folder is, so every
 * relative link and picture inside the edition keeps pointing inside it. An edition is never
 * overwritten: archiving the same period twice is refused and changes nothing.
 *
 * The frozen settings gain one line, `replaced: <date>` (the day the strategy was replaced,
 * today unless the editor says otherwise), which the banner on every archived page reads.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { languageFoldersOf } from '../../src/addresses/languages.ts';
import { PREVIOUS_FOLDER, previousEditionFolder } from '../../src/addresses/previous-editions.ts';
import { readTrustSettings } from '../../src/reader/read-content.ts';
import { isSystemFile, kindOfTrustFile, SETTINGS_FILE } from '../../src/reader/trust-layout.ts';

export interface ArchiveRequest {
  /** The folder with one folder per trust. */
  contentDir: string;
  slug: string;
  /** The day the strategy was replaced, as YYYY-MM-DD. */
  replaced: string;
}

export type ArchiveResult = { ok: true; folder: string; files: string[] } | { ok: false; message: string };

/** Every file under a folder, as "/"-separated paths inside it, leaving out previous editions. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const inside = pending.pop()!;
    for (const entry of readdirSync(path.join(dir, inside), { withFileTypes: true })) {
      const relative = inside ? `${inside}/${entry.name}` : entry.name;
      if (relative === PREVIOUS_FOLDER) continue;
      if (entry.isDirectory()) pending.push(relative);
      else if (entry.isFile()) found.push(relative);
    }
  }
  return found.sort();
}

/** The files under files/ that a text names ("files/pictures/care.svg", "../files/logo.svg"). */
function namedFiles(text: string, available: ReadonlySet<string>): string[] {
  const named: string[] = [];
  for (const match of text.matchAll(/(?:^|[^A-Za-z0-9_-])files\/([^\s)"'\]>#?<]+)/g)) {
    const written = `files/${match[1]!}`.replace(/[.,;:]+$/, '');
    const normal = path.posix.normalize(written);
    if (available.has(normal)) named.push(normal);
  }
  return named;
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

export function archiveStrategy({ contentDir, slug, replaced }: ArchiveRequest): ArchiveResult {
  const trustDir = path.join(contentDir, slug);
  const settingsFile = path.join(trustDir, SETTINGS_FILE);
  if (!existsSync(settingsFile))
    return { ok: false, message: `There is no trust called "${slug}" in ${contentDir}/ (no ${slug}/trust.yaml was found).` };
  if (!isDate(replaced))
    return {
      ok: false,
      message: `The date the strategy was replaced must be written as year-month-day, for example 2026-04-01 (it was "${replaced}").`,
    };
  const settings = readTrustSettings(settingsFile);
  if (!settings)
    return {
      ok: false,
      message: `${slug}/trust.yaml cannot be read. Run "npm run check -- --trust ${slug}", fix what it lists, then archive again.`,
    };
  const strategy = settings.data['strategy'] as { period?: { start?: unknown; end?: unknown } } | undefined;
  const start = strategy?.period?.start;
  const end = strategy?.period?.end;
  if (typeof start !== 'number' || typeof end !== 'number')
    return {
      ok: false,
      message: `${slug}/trust.yaml has no strategy.period, so the archive would have no years to be filed under. Add the years the strategy covers first, for example:\n  strategy:\n    period:\n      start: 2019\n      end: 2024\nthen archive again.`,
    };
  const edition = previousEditionFolder(start, end);
  const target = path.join(trustDir, edition);
  if (existsSync(target))
    return {
      ok: false,
      message: `${slug} already has an archived strategy for ${start} to ${end} in ${slug}/${edition}/. An archive is never overwritten: nothing was changed. If the current strategy covers new years, change strategy.period in trust.yaml first.`,
    };

  const folders = languageFoldersOf(settings.data).map((language) => language.folder);
  const all = filesUnder(trustDir).filter((relative) => !isSystemFile(relative));
  const published = new Set(all.filter((relative) => kindOfTrustFile(relative, folders) === 'published'));
  const texts = all.filter((relative) => {
    const kind = kindOfTrustFile(relative, folders);
    return kind === 'page' || kind === 'easy-read' || kind === 'language-settings' || kind === 'settings';
  });
  const copied = new Set(texts);
  for (const relative of texts)
    for (const file of namedFiles(readFileSync(path.join(trustDir, relative), 'utf8'), published)) copied.add(file);

  // Written beside the target first and moved in at the end, so a failure never leaves half an archive.
  const staging = `${target}.partial`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const relative of [...copied].sort()) {
      const to = path.join(staging, relative);
      mkdirSync(path.dirname(to), { recursive: true });
      if (relative === SETTINGS_FILE) writeFileSync(to, frozenSettings(settings.text, replaced));
      else copyFileSync(path.join(trustDir, relative), to);
    }
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return { ok: true, folder: path.join(slug, edition), files: [...copied].sort() };
}

/** The settings as they were, with the day the strategy was replaced added at the end. */
export function frozenSettings(text: string, replaced: string): string {
  const ending = text.endsWith('\n') ? '' : '\n';
  return `${text}${ending}# The day this strategy was replaced by the next one (added by npm run archive-strategy).\nreplaced: ${replaced}\n`;
}
