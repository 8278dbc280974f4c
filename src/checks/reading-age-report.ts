/**
 * The plain English report of a trust's standard pages: each page's reading age, its long
 * sentences, and which pages are above the trust's target. Printed by the check command and
 * the build; the same figures appear on reading-age/ in the live preview, and on a trust's site where it publishes them (plainEnglish.publishReport).
 */
import { trustSchema } from '../schemas/trust.ts';
import { isReadPage, type ContentModel } from '../reader/read-content.ts';
import { DEFAULT_TARGET_READING_AGE, readingAge, type ReadingAge } from './reading-age.ts';

export interface PageReadingAge extends ReadingAge {
  file: string;
  title: string;
}

export interface TrustReadingAges {
  slug: string;
  target: number;
  pages: PageReadingAge[];
  /** Standard pages in a language other than English: SMOG is a formula for English, so they are not measured. */
  notMeasured: number;
}

/** SMOG counts English syllables: a language tag starting "en" is the only kind it measures. */
const isEnglish = (language: string) => /^en(-|$)/i.test(language);

/**
 * What a trust's settings (trust.yaml, as read) say about reading ages: the target, the main
 * language, and whether pages in it are measured. The report and the browser editor both use it.
 */
export function readingAgeSettings(settingsData: unknown): { target: number; language: string; measured: boolean } {
  const settings = settingsData === undefined ? undefined : trustSchema.safeParse(settingsData);
  const target = settings?.success ? settings.data.plainEnglish.targetReadingAge : DEFAULT_TARGET_READING_AGE;
  const language = settings?.success ? settings.data.language : 'en-GB';
  return { target, language, measured: isEnglish(language) };
}

/** Reading ages of every standard page of every trust in the model (content is assumed to pass the check). */
export function readingAgeReport(model: ContentModel): TrustReadingAges[] {
  return model.trusts.map((trust) => {
    const { target, language: mainLanguage } = readingAgeSettings(trust.settings?.data);
    const standard = trust.pages.filter(isReadPage).filter((page) => !page.isEasyRead);
    const measured = standard.filter((page) => page.languageFolder === '' && isEnglish(mainLanguage));
    const pages = measured.map((page) => {
      const title = typeof page.data.title === 'string' ? page.data.title : page.relativePath;
      return { file: page.file, title, ...readingAge(page.body, page.data, page.bodyLine) };
    });
    return { slug: trust.slug, target, pages, notMeasured: standard.length - measured.length };
  });
}

export function formatReadingAges(report: TrustReadingAges[]): string {
  return report
    .map(({ slug, target, pages, notMeasured }) => {
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
        ...(notMeasured
          ? [`  ${notMeasured} pages in other languages not measured: the reading age (SMOG) is worked out for English only.`]
          : []),
        ...(long.length ? ['  Sentences over 20 words (split them):', ...long.map((line) => `  ${line}`)] : []),
      ].join('\n');
    })
    .join('\n\n');
}
