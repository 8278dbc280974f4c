/** A trust's settings (trust.yaml), judged: guidance left in, the schema, the folder name and the logo file. */
import { languageSettingsSchema, trustSchema, type TrustSettings } from '../schemas/trust.ts';
import { defaultFolderOf } from '../addresses/languages.ts';
import { reservedPagePaths } from '../routes/generated-pages.ts';
import { lineOfPath } from '../reader/source-text.ts';
import { hasPublishedFile, isReadPage, type TrustSource } from '../reader/read-content.ts';
import { translationStamp } from '../reader/translation-stamp.ts';
import { placeholderProblems, type PlaceholderSeverity } from './placeholders.ts';
import type { Problem } from '../problems/problem.ts';
import { judge } from './issue-words.ts';
import { fieldIsOptional, schemaProblems } from './schema-problems.ts';
import { ruleOf } from './rule-of.ts';
import { availableLanguages, defaultLanguage, hasCatalogue } from '../words/index.ts';

/** Scaffold guidance ("Replace this…") left in trust.yaml. */
export function settingsPlaceholders(trust: TrustSource, placeholders: PlaceholderSeverity): Problem[] {
  const source = trust.settings;
  if (!source) return [];
  return placeholderProblems(source.file, source.text, 1, placeholders, (field) => fieldIsOptional(trustSchema, field.split('.')));
}

/** trust.yaml against the schema: the problems, and the settings when they pass. */
export function judgeSettings(trust: TrustSource): { problems: Problem[]; settings: TrustSettings | undefined } {
  const source = trust.settings;
  if (!source) return { problems: [], settings: undefined };
  const result = judge(trustSchema, source.data);
  return { problems: schemaProblems(source.file, source.yaml, result, trustSchema), settings: result.success ? result.data : undefined };
}

/**
 * The slug must be the folder's name: the site's address and the folder are the same trust. A
 * previous strategy ("harbourside/previous/2019-2024") keeps its trust's slug: the trust's folder name.
 */
export function slugMismatch(trust: TrustSource): Problem[] {
  const source = trust.settings;
  const folderName = trust.slug.split('/')[0]!;
  if (!source || typeof source.data.slug !== 'string' || source.data.slug === folderName) return [];
  return [
    {
      file: source.file,
      line: lineOfPath(source.yaml, ['slug']),
      field: 'slug',
      ...ruleOf('slug-mismatch'),
      message: `slug is "${source.data.slug}" but the folder is called "${folderName}". Make them the same, for example slug: ${folderName}`,
    },
  ];
}

/** The logo trust.yaml names must be in the trust's folder. */
export function missingLogo(trust: TrustSource, settings: TrustSettings | undefined): Problem[] {
  const source = trust.settings;
  const logo = settings?.logo?.file;
  if (!source || !logo || hasPublishedFile(trust, logo)) return [];
  return [
    {
      file: source.file,
      line: lineOfPath(source.yaml, ['logo', 'file']),
      field: 'logo.file',
      ...ruleOf('missing-file'),
      message: `The file "${logo}" does not exist. Put the logo in ${trust.folder}/files/ or correct the name, for example file: files/logo.svg`,
    },
  ];
}

/**
 * A language the site has no words for is refused: every heading, menu and date would stay in
 * English on pages marked as that language (src/words/).
 */
export function languageWithoutWords(trust: TrustSource, settings: TrustSettings | undefined): Problem[] {
  const source = trust.settings;
  if (!source || !settings || hasCatalogue(settings.language)) return [];
  const { language } = settings;
  return [
    {
      file: source.file,
      line: lineOfPath(source.yaml, ['language']),
      field: 'language',
      ...ruleOf('invalid-field'),
      message: `language is "${language}", but the site has no words in that language yet: every heading, menu and date would stay in English on pages marked as ${language}. Use one of the languages available (${availableLanguages.join(', ')}), for example language: ${defaultLanguage}, or leave language out.`,
    },
  ];
}

/**
 * A language's folder must be its own: a page of the main language with the folder's name, or a
 * page the site makes itself there (contents/, search/...), would be hidden behind the language.
 */
export function languageFolderClashes(trust: TrustSource, settings: TrustSettings | undefined): Problem[] {
  const source = trust.settings;
  if (!source || !settings) return [];
  return (settings.languages ?? []).flatMap((language, index): Problem[] => {
    const folder = language.folder ?? defaultFolderOf(language.language);
    const where = { file: source.file, line: lineOfPath(source.yaml, ['languages', index]), field: `languages.${index}.folder` };
    const page = trust.pages.find((each) => each.languageFolder === '' && !each.isEasyRead && each.languagePath.toLowerCase() === folder);
    if (page)
      return [
        {
          ...where,
          ...ruleOf('invalid-field'),
          message: `${language.language} would be published under ${folder}/, which is the address of the page ${page.file}. Rename that page, or give the language another folder, for example folder: ${folder}-lang.`,
        },
      ];
    if (reservedPagePaths.includes(folder))
      return [
        {
          ...where,
          ...ruleOf('invalid-field'),
          message: `${language.language} would be published under ${folder}/, where the site has a page of its own. Give the language another folder, for example folder: ${defaultFolderOf(language.language)}-lang.`,
        },
      ];
    return [];
  });
}

/** A language's own trust.yaml holds only what readers read in that language: the name, descriptor and strategy name. */
export function judgeLanguageSettings(trust: TrustSource): Problem[] {
  return Object.values(trust.languageSettings).flatMap((source) =>
    schemaProblems(source.file, source.yaml, judge(languageSettingsSchema, source.data), languageSettingsSchema),
  );
}

/**
 * Translations against the main language's pages: a complete language must have every page (and
 * easy read page) the main language has, and a page in a language folder must translate one.
 */
export function translationProblems(trust: TrustSource, settings: TrustSettings | undefined): Problem[] {
  if (!settings?.languages?.length) return [];
  const keyOf = (page: { isEasyRead: boolean; languagePath: string }) => `${page.isEasyRead ? 'easy-read/' : ''}${page.languagePath}`;
  const main = trust.pages.filter((page) => page.languageFolder === '');
  const mainByKey = new Map(main.map((page) => [keyOf(page), page]));
  const problems: Problem[] = [];
  for (const language of settings.languages) {
    const folder = language.folder ?? defaultFolderOf(language.language);
    const translated = trust.pages.filter((page) => page.languageFolder === folder);
    const translatedKeys = new Set(translated.map(keyOf));
    if (language.coverage === 'complete') {
      for (const page of main) {
        if (translatedKeys.has(keyOf(page))) continue;
        const missing = `${trust.folder}/${folder}/${page.relativePath}${page.isMdx ? '.mdx' : '.md'}`;
        problems.push({
          file: page.file,
          ...ruleOf('missing-translation'),
          message: `${language.language} is a complete language (coverage: complete), but this page has no translation: ${missing} does not exist. Write the translation there (the same file name inside the ${folder} folder), or set coverage: partial under ${language.language} in trust.yaml to show this page in the main language until it is translated.`,
        });
      }
    }
    for (const page of translated) {
      const source = mainByKey.get(keyOf(page));
      if (source) {
        problems.push(...outOfDate(trust, settings, language.language, page, source));
        continue;
      }
      const original = `${trust.folder}/${keyOf(page)}.md`;
      problems.push({
        file: page.file,
        ...ruleOf('translation-without-original'),
        message: `This page is in the ${folder} folder, so it is the ${language.language} translation of ${original}, but that page does not exist. Rename this file to match a page of the main language (the names must be the same), or write ${original} first.`,
      });
    }
  }
  return problems;
}

/**
 * A translation whose stamp (`translates:`) is not the stamp of its source page as it is now: the
 * source changed since it was translated, or the translation was never stamped. A warning; an
 * error for Welsh under the Welsh Language Standards, which ask for Welsh to be published at the
 * same time as English.
 */
function outOfDate(
  trust: TrustSource,
  settings: TrustSettings,
  language: string,
  page: TrustSource['pages'][number],
  source: TrustSource['pages'][number],
): Problem[] {
  if (!isReadPage(page) || !isReadPage(source)) return [];
  const current = translationStamp(source.text);
  const written = page.data.translates;
  if (written === current) return [];
  const standards = settings.welshLanguageStandards && language.split('-')[0]!.toLowerCase() === 'cy';
  const restamp = `npm run stamp-translations -- ${trust.slug} ${page.file}`;
  const then = standards
    ? ' Under the Welsh Language Standards (welshLanguageStandards: true in trust.yaml) the Welsh page must be published at the same time as the English one, so the site is not published until it is.'
    : ' Until then the page tells readers it may be out of date, with a link to the page in the main language.';
  const message =
    written === undefined
      ? `${page.file} is the ${language} translation of ${source.file}, but it does not say which version of that page it translates (it has no translates: line). Check that it matches ${source.file} as it is now (have it translated again if not), then run ${restamp} once to record it.${then}`
      : `${source.file} has changed since ${page.file} (its ${language} translation) was translated: the translation's translates: line does not match that page as it is now. Have the changes to ${source.file} translated into ${page.file}, then run ${restamp} to record that it is up to date.${then}`;
  return [
    {
      file: page.file,
      line: written === undefined ? undefined : lineOfPath(page.yaml, ['translates']),
      field: 'translates',
      ...ruleOf('translation-out-of-date'),
      severity: standards ? 'error' : 'warning',
      message,
    },
  ];
}
