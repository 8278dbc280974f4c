/**
 * The work of `npm run stamp-translations`: writes into each chosen translation the stamp of its
 * source page as it is now (src/reader/translation-stamp.ts), editing only the `translates:`
 * line (or adding it after `type:`), so the rest of the file stays byte for byte as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isReadPage, readContent, type PageSource, type UnreadPage } from '../../src/reader/read-content.ts';
import { listTrustFolders, unknownTrustMessage } from '../../src/reader/trust-folders.ts';
import { translationStamp, withStamp } from '../../src/reader/translation-stamp.ts';

export interface StampOptions {
  /** The folder with one folder per trust. */
  contentDir: string;
  /** Where file names are shown from: the content folder's parent, so files read "content/<trust>/cy/goals.md". */
  displayRoot: string;
  slug: string;
  /** Translations to stamp, as shown ("content/acme/cy/goals.md"), inside the trust's folder ("cy/goals.md") or as paths; none: every translation. */
  files: string[];
}

export interface StampResult {
  /** One line per translation: what changed, or that it was already up to date. */
  lines: string[];
  /** How many files were written. */
  changed: number;
  /** Set when nothing could be done: one plain sentence for the person who typed the command. */
  refused?: string;
}

type Page = PageSource | UnreadPage;
const keyOf = (page: Page) => `${page.isEasyRead ? 'easy-read/' : ''}${page.languagePath}`;

export function stampTranslations(options: StampOptions): StampResult {
  const where = path.relative(options.displayRoot, options.contentDir) || options.contentDir;
  const unknown = unknownTrustMessage([options.slug], listTrustFolders(options.contentDir), where);
  if (unknown) return { lines: [], changed: 0, refused: unknown };
  const model = readContent({ contentDir: options.contentDir, displayRoot: options.displayRoot, trusts: [options.slug] });
  const trust = model.trusts[0]!;
  if (trust.languageFolders.length === 0)
    return {
      lines: [],
      changed: 0,
      refused: `${trust.folder} has no other languages (no languages: in its trust.yaml), so it has no translations to stamp.`,
    };
  const translations = trust.pages.filter((page) => page.languageFolder !== '');
  const main = new Map(trust.pages.filter((page) => page.languageFolder === '').map((page) => [keyOf(page), page]));

  let chosen: Page[] = translations;
  if (options.files.length > 0) {
    chosen = [];
    for (const asked of options.files) {
      const absolute = path.resolve(asked.startsWith(`${trust.folder}/`) ? path.join(options.displayRoot, asked) : asked);
      const inTrust = path.resolve(trust.dir, asked);
      const page = trust.pages.find((each) => each.absolute === absolute || each.absolute === inTrust || each.file === asked);
      if (!page)
        return {
          lines: [],
          changed: 0,
          refused: `There is no page "${asked}" in ${trust.folder}. Name a translated page, for example ${translations[0]?.file ?? `${trust.folder}/${trust.languageFolders[0]!.folder}/index.md`}, or leave the files out to stamp every translation.`,
        };
      if (page.languageFolder === '')
        return {
          lines: [],
          changed: 0,
          refused: `${page.file} is a page in the main language, not a translation: stamp its translations instead (the same file name inside ${trust.languageFolders.map((each) => `${each.folder}/`).join(' or ')}).`,
        };
      chosen.push(page);
    }
  }

  const lines: string[] = [];
  let changed = 0;
  const problems: string[] = [];
  for (const page of chosen) {
    const source = main.get(keyOf(page));
    if (!source) {
      problems.push(
        `${page.file} translates no page: there is no ${trust.folder}/${keyOf(page)}.md(x) in the main language. Nothing was stamped.`,
      );
      continue;
    }
    if (!isReadPage(source) || !isReadPage(page)) {
      problems.push(
        `${isReadPage(source) ? page.file : source.file} could not be read: run npm run check to see why. Nothing was stamped.`,
      );
      continue;
    }
    const stamp = translationStamp(source.text);
    const before = page.data.translates;
    if (before === stamp) {
      lines.push(`${page.file}: already up to date with ${source.file} (translates: "${stamp}").`);
      continue;
    }
    const text = readFileSync(page.absolute, 'utf8');
    const written = withStamp(text, stamp);
    if (written === undefined) {
      problems.push(`${page.file} has no settings block (--- lines) at the top to write the stamp into. Nothing was stamped.`);
      continue;
    }
    writeFileSync(page.absolute, written);
    changed += 1;
    lines.push(
      `${page.file}: now translates ${source.file} as it is now (translates: "${stamp}", ${typeof before === 'string' ? `was "${before}"` : 'not stamped before'}).`,
    );
  }
  return problems.length > 0 ? { lines, changed, refused: problems.join('\n') } : { lines, changed };
}
