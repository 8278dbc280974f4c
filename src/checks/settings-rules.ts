/** A trust's settings (trust.yaml), judged: guidance left in, the schema, the folder name and the logo file. */
import { trustSchema, type TrustSettings } from '../schemas/trust.ts';
import { lineOfPath } from '../reader/source-text.ts';
import { hasPublishedFile, type TrustSource } from '../reader/read-content.ts';
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

/** The slug must be the folder's name: the site's address and the folder are the same trust. */
export function slugMismatch(trust: TrustSource): Problem[] {
  const source = trust.settings;
  if (!source || typeof source.data.slug !== 'string' || source.data.slug === trust.slug) return [];
  return [
    {
      file: source.file,
      line: lineOfPath(source.yaml, ['slug']),
      field: 'slug',
      ...ruleOf('slug-mismatch'),
      message: `slug is "${source.data.slug}" but the folder is called "${trust.slug}". Make them the same, for example slug: ${trust.slug}`,
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
