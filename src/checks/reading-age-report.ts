/**
 * The plain English report of a trust's standard pages: each page's reading age, its long
 * sentences, and which pages are above the trust's target. Printed by the check command and
 * the build; the same figures appear on each trust's reading-age page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { trustSchema } from '../schemas/trust.ts';
import { isTwinPath } from '../site/easy-read-pairing.ts';
import { listPageFiles } from './content-files.ts';
import { parseYaml, splitFrontMatter } from './front-matter.ts';
import { DEFAULT_TARGET_READING_AGE, readingAge, type ReadingAge } from './reading-age.ts';

export interface PageReadingAge extends ReadingAge {
  file: string;
  title: string;
}

export interface TrustReadingAges {
  slug: string;
  target: number;
  pages: PageReadingAge[];
}

/** Reading ages of every standard page of the given trusts (content is assumed to pass the check). */
export function readingAgeReport(contentDir: string, slugs: string[]): TrustReadingAges[] {
  return slugs.map((slug) => {
    const trustDir = path.join(contentDir, slug);
    const settingsFile = path.join(trustDir, 'trust.yaml');
    const settings = existsSync(settingsFile)
      ? trustSchema.safeParse(parseYaml(readFileSync(settingsFile, 'utf8')).document.toJS())
      : undefined;
    const target = settings?.success ? settings.data.plainEnglish.targetReadingAge : DEFAULT_TARGET_READING_AGE;
    const pages = listPageFiles(trustDir)
      .filter((relative) => !isTwinPath(relative))
      .map((relative) => {
        const split = splitFrontMatter(readFileSync(path.join(trustDir, relative), 'utf8'));
        const data = (split.frontMatter?.document.toJS() ?? {}) as { title?: string };
        return { file: `content/${slug}/${relative}`, title: data.title ?? relative, ...readingAge(split.body, data, split.bodyLine) };
      });
    return { slug, target, pages };
  });
}

export function formatReadingAges(report: TrustReadingAges[]): string {
  return report
    .map(({ slug, target, pages }) => {
      const above = pages.filter((page) => page.age !== undefined && page.age > target);
      const rows = pages.map((page) => {
        const flag = page.age !== undefined && page.age > target ? '  above target' : '';
        return `  ${(page.age?.toFixed(1) ?? 'too short').padStart(9)}  ${page.file}${flag}`;
      });
      const long = pages.flatMap((page) =>
        page.longSentences.map(
          (sentence) =>
            `  ${page.file}:${sentence.line}  ${sentence.words} words: "${sentence.text.slice(0, 80)}${sentence.text.length > 80 ? '...' : ''}"`,
        ),
      );
      return [
        `Reading ages for ${slug} (SMOG; target ${target} or below): ${above.length} of ${pages.length} pages above target`,
        ...rows,
        ...(long.length ? ['  Sentences over 20 words (split them):', ...long.map((line) => `  ${line}`)] : []),
      ].join('\n');
    })
    .join('\n\n');
}
