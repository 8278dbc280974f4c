/**
 * The one reader: a content folder is read once into a typed source model, with the file,
 * line and column of every value. The check judges this model, the Astro loader hands it to
 * Astro (src/integrations/content-loader.ts), and the reading-age report, publishing and the
 * editor's tools read settings from it, so no two parts of the product can read a file two
 * ways. What cannot be read (not UTF-8, no settings block, broken YAML, a file a trust may
 * not hold) becomes a problem here, in the same plain words as every other.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter as astroParseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { colonInValueHint } from '../problems/plain-words.ts';
import type { Problem } from '../problems/problem.ts';
import { isTwinPath, standardPathOfTwin, twinPagePath } from '../addresses/easy-read-pairing.ts';
import { pagePathOf } from '../addresses/trust-address.ts';
import { PERIOD_PATTERN, PREVIOUS_FOLDER, splitPreviousPath } from '../addresses/previous-editions.ts';
import { languageFoldersOf, languagePrefix, mainLanguagePrefix, splitLanguagePath, type LanguageFolder } from '../addresses/languages.ts';
import {
  decodeUtf8,
  lineOfOffset,
  parseYaml,
  splitFrontMatter,
  yamlAliasOffsets,
  yamlData,
  yamlTagOffsets,
  type YamlSource,
} from './source-text.ts';
import { isSystemFile, kindOfTrustFile, SETTINGS_FILE, unknownFileAdvice } from './trust-layout.ts';

/** Largest page or settings file read: a strategy page is a few kilobytes, so this only stops runaway input. */
export const MAX_TEXT_FILE_BYTES = 1_000_000;

export interface ReadOptions {
  /** Folder with one sub-folder per trust. */
  contentDir: string;
  /** File paths in messages are relative to this folder (the repository root). */
  displayRoot: string;
  /** Only these trusts; all when empty. */
  trusts?: string[] | undefined;
}

/** A file's text, as read once. */
export interface SourceFile {
  /** As shown to editors: "content/acme/goals.md". */
  file: string;
  absolute: string;
  text: string;
  /** Changes whenever the text does: the loader stores an entry again only when it changed. */
  digest: string;
}

export interface SettingsSource extends SourceFile {
  yaml: YamlSource;
  /** The raw values, before the schema: what the check validates and what Astro is handed. */
  data: Record<string, unknown>;
}

/** Where a page sits among the trust's languages. */
interface LanguagePlace {
  /** The folder of the page's language ("cy"), "" for the main language at the root of the trust's folder. */
  languageFolder: string;
  /** The standard page's path inside its language's folder: "goals" for goals.md, cy/goals.md and cy/easy-read/goals.md alike. */
  languagePath: string;
}

export interface PageSource extends SourceFile, LanguagePlace {
  /** Path inside the trust folder without extension: "goals", "easy-read/goals", "cy/goals". */
  relativePath: string;
  /** The standard page's path: the same as relativePath, or for a twin the page it pairs with ("cy/goals" for cy/easy-read/goals). */
  standardPath: string;
  /** Where it is published, from the trust's site root: "goals/", "easy-read/goals/", "" for home, "cy/goals/" ("en/goals/" under the Welsh Language Standards). */
  pagePath: string;
  isEasyRead: boolean;
  isMdx: boolean;
  yaml: YamlSource;
  data: Record<string, unknown>;
  body: string;
  /** The line in the file where the body starts. */
  bodyLine: number;
}

/** A page file that could not be read: it still has an address, so duplicates and twins are judged. */
export interface UnreadPage extends LanguagePlace {
  file: string;
  absolute: string;
  relativePath: string;
  standardPath: string;
  pagePath: string;
  isEasyRead: boolean;
  isMdx: boolean;
  unread: true;
}

export interface TrustSource {
  slug: string;
  /** Absolute path of the trust's folder. */
  dir: string;
  /** As shown to editors: "content/acme". */
  folder: string;
  settings: SettingsSource | undefined;
  /** The other languages' folders, as trust.yaml names them (judged by the check). */
  languageFolders: LanguageFolder[];
  /** The address prefix of the main language's pages: "" as usual, "en/" under the Welsh Language Standards. */
  mainPrefix: string;
  /** Each other language's own trust.yaml (name, descriptor, strategy name in that language), by folder. */
  languageSettings: Record<string, SettingsSource>;
  pages: Array<PageSource | UnreadPage>;
  /** Paths inside files/ ("pictures/talking.svg"), sorted. */
  publishedFiles: string[];
  /**
   * The trust's previous strategies (content/<trust>/previous/<start>-<end>/), each read as a
   * strategy of its own with its frozen settings, pages and files; never part of the current
   * strategy's pages, so the check and the current site do not judge them as current pages.
   */
  previous: PreviousEditionSource[];
}

/** A previous strategy kept whole: its folder is laid out as a trust's folder is. */
export interface PreviousEditionSource extends Omit<TrustSource, 'previous'> {
  /** Its years as its folder names them: "2019-2024". */
  period: string;
}

export interface ContentModel {
  contentDir: string;
  displayRoot: string;
  trusts: TrustSource[];
  /** What could not be read. The check adds what is wrong with what was read. */
  problems: Problem[];
}

export const isReadPage = (page: PageSource | UnreadPage): page is PageSource => !('unread' in page);

/**
 * Whether a trust's folder holds a file its settings name, written as "files/<name>": answered
 * from the files the reader found, not by looking at the disk again.
 */
export function hasPublishedFile(trust: Pick<TrustSource, 'publishedFiles'>, written: string): boolean {
  const normal = path.posix.normalize(written);
  return normal.startsWith('files/') && trust.publishedFiles.includes(normal.slice('files/'.length));
}

/** The trust folders to read: every folder that is not hidden, or the ones asked for. */
export function trustSlugs(contentDir: string, trusts: string[] | undefined): string[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .filter((slug) => !trusts?.length || trusts.includes(slug))
    .sort();
}

export function readContent(options: ReadOptions): ContentModel {
  const contentDir = path.resolve(options.contentDir);
  const model: ContentModel = { contentDir, displayRoot: options.displayRoot, trusts: [], problems: [] };
  const display = (absolute: string) => path.relative(options.displayRoot, absolute).split(path.sep).join('/') || '.';
  if (!existsSync(contentDir)) {
    model.problems.push({
      file: display(contentDir),
      rule: 'no-content',
      severity: 'error',
      message: 'The content folder does not exist. Create it with one folder per trust inside.',
    });
    return model;
  }
  for (const slug of trustSlugs(contentDir, options.trusts)) model.trusts.push(readTrust(contentDir, slug, display, model.problems));
  model.problems.push(...linkedTrustFolders(contentDir, options.trusts, display));
  return model;
}

/**
 * A fingerprint of what the selected trusts' folders hold (each file's path, size and time):
 * it changes whenever a file is saved, added or removed, so a reading can be reused until then.
 */
export function contentStamp(options: Pick<ReadOptions, 'contentDir' | 'trusts'>): string {
  const contentDir = path.resolve(options.contentDir);
  const hash = createHash('sha256');
  if (!existsSync(contentDir)) return 'none';
  for (const slug of trustSlugs(contentDir, options.trusts)) {
    for (const relative of filesUnder(path.join(contentDir, slug))) {
      const stats = statSync(path.join(contentDir, slug, relative));
      hash.update(`${slug}/${relative}\0${stats.size}\0${stats.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

/** A trust folder that is a link would bring in content from anywhere: it is refused, not skipped. */
export function linkedTrustFolders(contentDir: string, trusts: string[] | undefined, display: (absolute: string) => string): Problem[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isSymbolicLink() && (!trusts?.length || trusts.includes(entry.name)))
    .map((entry) => ({
      file: `${display(path.join(contentDir, entry.name))}/`,
      rule: 'file-link',
      severity: 'error',
      message:
        'This trust folder is a shortcut (a symbolic link) to a folder somewhere else. Replace it with the real folder, or delete it.',
    }));
}

/** Every file under a folder, as "/"-separated paths inside it, without following links (the file check refuses links). */
function filesUnder(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  const pending = [prefix];
  while (pending.length > 0) {
    const inside = pending.pop()!;
    for (const entry of readdirSync(path.join(dir, inside), { withFileTypes: true })) {
      const relative = inside ? `${inside}/${entry.name}` : entry.name;
      if (entry.isDirectory()) pending.push(relative);
      else if (entry.isFile()) found.push(relative);
    }
  }
  return found.sort();
}

/** A strategy's folder before anything in it is read: the current strategy's or a previous edition's. */
function unreadStrategy(slug: string, dir: string, display: (absolute: string) => string): TrustSource {
  return {
    slug,
    dir,
    folder: display(dir),
    settings: undefined,
    languageFolders: [],
    mainPrefix: '',
    languageSettings: {},
    pages: [],
    publishedFiles: [],
    previous: [],
  };
}

export function readTrust(contentDir: string, slug: string, display: (absolute: string) => string, problems: Problem[]): TrustSource {
  const dir = path.join(contentDir, slug);
  const trust = unreadStrategy(slug, dir, display);
  const files = filesUnder(dir).filter((relative) => splitPreviousPath(relative) === undefined);
  for (const period of previousPeriods(dir, display, problems))
    trust.previous.push({
      ...readStrategyFolder(path.join(dir, PREVIOUS_FOLDER, period), `${slug}/${PREVIOUS_FOLDER}/${period}`, display, problems),
      period,
    });
  readStrategyInto(trust, files, display, problems);
  return trust;
}

/**
 * The previous editions' folders under previous/: each named by its years ("2019-2024"). Anything
 * else there is a problem naming it, so nothing unread can be published.
 */
function previousPeriods(dir: string, display: (absolute: string) => string, problems: Problem[]): string[] {
  const folder = path.join(dir, PREVIOUS_FOLDER);
  if (!existsSync(folder) || !lstatSync(folder).isDirectory()) return [];
  const periods: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (isSystemFile(entry.name)) continue;
    if (entry.isDirectory() && PERIOD_PATTERN.test(entry.name) && existsSync(path.join(folder, entry.name, SETTINGS_FILE)))
      periods.push(entry.name);
    else
      problems.push({
        file: display(path.join(folder, entry.name)),
        rule: 'unknown-file',
        severity: 'error',
        message: `The previous/ folder holds only previous strategies, each in a folder named by its years (for example previous/2019-2024/) with its own trust.yaml, as "npm run archive-strategy" makes them. Move this out of previous/, or delete it.`,
      });
  }
  return periods.sort();
}

/** A previous edition's folder, read as a trust's folder is. */
function readStrategyFolder(
  dir: string,
  slug: string,
  display: (absolute: string) => string,
  problems: Problem[],
): Omit<TrustSource, 'previous'> {
  const edition = unreadStrategy(slug, dir, display);
  readStrategyInto(edition, filesUnder(dir), display, problems);
  const { previous: _none, ...rest } = edition;
  return rest;
}

function readStrategyInto(trust: TrustSource, files: string[], display: (absolute: string) => string, problems: Problem[]): void {
  const dir = trust.dir;
  // The settings come first: they say which folders hold other languages' pages.
  if (files.includes(SETTINGS_FILE))
    trust.settings = readSettings(path.join(dir, SETTINGS_FILE), display(path.join(dir, SETTINGS_FILE)), problems);
  trust.languageFolders = languageFoldersOf(trust.settings?.data);
  trust.mainPrefix = mainLanguagePrefix(trust.settings?.data);
  const folders = trust.languageFolders.map((language) => language.folder);
  const place = { folders, mainPrefix: trust.mainPrefix };
  if (!files.includes(SETTINGS_FILE)) {
    problems.push({
      file: `${display(dir)}/`,
      rule: 'missing-settings',
      severity: 'error',
      message: `This trust folder has no trust.yaml, the file with the trust's name, address and colours. Copy trust.yaml from another trust's folder into it and change the details.`,
    });
  }
  for (const relative of files) {
    const absolute = path.join(dir, relative);
    const kind = kindOfTrustFile(relative, folders);
    if (kind === 'published') {
      trust.publishedFiles.push(relative.slice('files/'.length));
      continue;
    }
    if (kind === undefined) {
      if (!isSystemFile(relative))
        problems.push({ file: display(absolute), rule: 'unknown-file', severity: 'error', message: unknownFileAdvice(relative) });
      continue;
    }
    if (kind === 'settings') continue;
    if (kind === 'language-settings') {
      const settings = readSettings(absolute, display(absolute), problems);
      if (settings) trust.languageSettings[splitLanguagePath(relative, folders).folder] = settings;
      continue;
    }
    trust.pages.push(readPage(absolute, display(absolute), relative, place, problems));
  }
}

/** What was read from each file, kept while its size and time are unchanged, so the dev preview reads only what was saved. */
const readCache = new Map<string, { size: number; mtimeMs: number; result: unknown; problems: Problem[] }>();

function cached<T>(key: string, stats: Stats, problems: Problem[], read: (found: Problem[]) => T): T {
  const known = readCache.get(key);
  if (known && known.size === stats.size && known.mtimeMs === stats.mtimeMs) {
    problems.push(...known.problems);
    return known.result as T;
  }
  const found: Problem[] = [];
  const result = read(found);
  readCache.set(key, { size: stats.size, mtimeMs: stats.mtimeMs, result, problems: found });
  problems.push(...found);
  return result;
}

/** Reads a file as UTF-8 text, reporting files that are too large, empty or not UTF-8. */
function readText(absolute: string, file: string, size: number, problems: Problem[]): string | undefined {
  if (size > MAX_TEXT_FILE_BYTES) {
    problems.push({
      file,
      rule: 'file-too-large',
      severity: 'error',
      message: `This file is ${(size / 1e6).toFixed(1)} MB, far longer than any page or settings file (at most ${MAX_TEXT_FILE_BYTES / 1e6} MB). Split it into several pages, or put a long document in files/ as a PDF and link to it.`,
    });
    return undefined;
  }
  const { text, notUtf8 } = decodeUtf8(readFileSync(absolute));
  if (notUtf8) {
    problems.push({
      file,
      rule: 'not-utf8',
      severity: 'error',
      message:
        'This file is not saved as UTF-8 text, so some letters would show as nonsense. Open it in your editor and save it with the encoding "UTF-8".',
    });
    return undefined;
  }
  if (!text?.trim()) {
    problems.push({
      file,
      rule: 'empty-file',
      severity: 'error',
      message: 'This file is empty. Fill it in (copy a page of the same type from another trust to start), or delete it.',
    });
    return undefined;
  }
  return text;
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** YAML that cannot be read, or that uses anchors and aliases: one problem each, with its line. */
function yamlSyntaxProblems(file: string, source: YamlSource): Problem[] {
  const aliases = yamlAliasOffsets(source).map((offset): Problem => ({
    file,
    ...lineOfOffset(source, offset),
    rule: 'yaml-syntax',
    severity: 'error' as const,
    message:
      'The settings use "&" or "*" to repeat a value (a YAML anchor or alias), which content does not use. Write each value out in full, and put text that starts with * or & in quotes, for example title: "*New* services".',
  }));
  const errors = [...source.document.errors, ...source.document.warnings].map((error): Problem => {
    const { line, column } = lineOfOffset(source, error.pos[0]);
    const hint =
      error.code === 'DUPLICATE_KEY'
        ? 'The same field appears twice. Keep one of them.'
        : error.code === 'TAB_AS_INDENT'
          ? 'Use spaces, not tabs, to indent.'
          : error.code === 'TAG_RESOLVE_FAILED' || error.code === 'BAD_DIRECTIVE'
            ? 'Remove the "!" or "%" part: content uses plain values only.'
            : (colonInValueHint(source.text.split('\n')[line - 1 - source.lineOffset] ?? '') ??
              'Check the indentation (use spaces), that each field is written as "name: value", and that text containing a colon (:) or starting with a quote is wrapped in quotes.');
    return {
      file,
      line,
      column,
      rule: 'yaml-syntax',
      severity: 'error' as const,
      message: `The settings at the top of this file cannot be read here. ${hint}`,
    };
  });
  // Tags (!!str, !custom) would make one value mean something other than what it shows.
  const tags: Problem[] = yamlTagOffsets(source).map((offset): Problem => ({
    file,
    ...lineOfOffset(source, offset),
    rule: 'yaml-syntax',
    severity: 'error' as const,
    message:
      'A value here starts with "!" (a YAML tag), which content does not use. Put the text in quotes, for example title: "!Important".',
  }));
  return [...aliases, ...errors, ...tags];
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function readSettings(absolute: string, file: string, problems: Problem[]): SettingsSource | undefined {
  const stats = statSync(absolute);
  return cached(absolute, stats, problems, (found) => {
    const text = readText(absolute, file, stats.size, found);
    if (text === undefined) return undefined;
    const yaml = parseYaml(text);
    const syntax = yamlSyntaxProblems(file, yaml);
    found.push(...syntax);
    if (syntax.length > 0) return undefined;
    const data = yamlData(yaml);
    if (data !== null && data !== undefined && asRecord(data) !== data) {
      found.push({
        file,
        line: 1,
        rule: 'yaml-syntax',
        severity: 'error',
        message: 'trust.yaml must be a list of settings written as "name: value", one per line, starting with name: and url:.',
      });
      return undefined;
    }
    return { file, absolute, text, digest: digestOf(text), yaml, data: asRecord(data) };
  });
}

/** Only a trust's settings file, read as the whole-folder reader reads it (for commands that serve a built trust). */
export function readTrustSettings(absolute: string): SettingsSource | undefined {
  if (!existsSync(absolute)) return undefined;
  return readSettings(absolute, absolute, []);
}

/** A page's address, inside its language: a translation's paths start with its language's folder ("cy/goals", "cy/goals/"). */
function pageAddress(relative: string, { folders, mainPrefix }: LanguagePlaces) {
  const relativePath = relative.replace(/\.(md|mdx)$/, '');
  const { folder, inner } = splitLanguagePath(relativePath, folders);
  const prefix = folder === '' ? mainPrefix : languagePrefix(folder);
  const isEasyRead = isTwinPath(inner);
  const languagePath = isEasyRead ? standardPathOfTwin(inner) : inner;
  const standardPath = folder === '' ? languagePath : `${folder}/${languagePath}`;
  const pagePath = prefix + (isEasyRead ? twinPagePath(languagePath) : pagePathOf(languagePath));
  return { relativePath, standardPath, pagePath, isEasyRead, isMdx: relative.endsWith('.mdx'), languageFolder: folder, languagePath };
}

/** Where a trust's languages are: the other languages' folders, and the main language's address prefix. */
interface LanguagePlaces {
  folders: readonly string[];
  mainPrefix: string;
}

function readPage(absolute: string, file: string, relative: string, places: LanguagePlaces, problems: Problem[]): PageSource | UnreadPage {
  const address = { file, absolute, ...pageAddress(relative, places) };
  const unread: UnreadPage = { ...address, unread: true };
  const stats = lstatSync(absolute);
  // The same file is another address once trust.yaml's languages change, so they are part of the key.
  return cached(`${absolute}\0${places.mainPrefix}\0${places.folders.join('/')}`, stats, problems, (found): PageSource | UnreadPage => {
    const text = readText(absolute, file, stats.size, found);
    if (text === undefined) return unread;
    const split = splitFrontMatter(text);
    if (split.kind === 'unclosed') {
      found.push({
        file,
        line: 1,
        rule: 'front-matter-unclosed',
        severity: 'error',
        message:
          'The settings at the top of this file start with "---" but never end. Add a line with just --- after the last setting (for example after the description line).',
      });
      return unread;
    }
    if (split.kind === 'missing') {
      found.push({
        file,
        line: 1,
        rule: 'front-matter-missing',
        severity: 'error',
        message:
          'This page has no settings at the top. Start the file with a line "---", then lines such as "type: page", "title: ..." and "description: ...", then another line "---".',
      });
      return unread;
    }
    if (split.kind === 'ambiguous') {
      found.push({
        file,
        line: split.line,
        rule: 'front-matter-form',
        severity: 'error',
        message:
          split.reason === 'delimiter-inside'
            ? 'A line inside the settings at the top starts with --- or +++, which the site builder would take as the end of the settings. Put that value in quotes, or remove the dashes.'
            : split.reason === 'toml'
              ? 'The settings at the top are written between +++ lines. Write them between two lines of exactly --- instead, as "name: value".'
              : 'The settings must start on the very first line of the file, with a line of exactly --- (no spaces before or after it, no blank lines above it). Move them up, or delete the spaces.',
      });
      return unread;
    }
    const syntax = yamlSyntaxProblems(file, split.frontMatter);
    found.push(...syntax);
    if (syntax.length > 0) return unread;
    const data = yamlData(split.frontMatter);
    if (data !== null && data !== undefined && asRecord(data) !== data) {
      found.push({
        file,
        line: 2,
        rule: 'yaml-syntax',
        severity: 'error',
        message: 'The settings at the top must be written as "name: value", one per line, for example type: page.',
      });
      return unread;
    }
    if (address.isMdx) {
      // MDX compilation reads the settings block again with Astro's own parser. Its values are
      // never shown (the page data comes from here), but a block it cannot read stops the build.
      try {
        astroParseFrontmatter(text);
      } catch (error) {
        found.push({
          file,
          line: 2,
          rule: 'yaml-syntax',
          severity: 'error',
          message: `The settings at the top of this .mdx page cannot be read by the site builder (${String((error as Error).message)
            .split('\n')[0]!
            .slice(0, 100)}). Put text values in quotes, or rename the file to end in .md.`,
        });
        return unread;
      }
    }
    return {
      ...address,
      text,
      digest: digestOf(text),
      yaml: split.frontMatter,
      data: asRecord(data),
      body: split.body,
      bodyLine: split.bodyLine,
    };
  });
}
