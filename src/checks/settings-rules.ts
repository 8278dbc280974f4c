/** A trust's settings (trust.yaml), judged: the schema, the folder name and the logo file. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { trustSchema, type TrustSettings } from '../schemas/trust.ts';
import { lineOfPath } from '../reader/source-text.ts';
import type { TrustSource } from '../reader/read-content.ts';
import { placeholderProblems, type PlaceholderSeverity } from './placeholders.ts';
import type { Problem } from './problem.ts';
import { judge } from './issue-words.ts';
import { fieldIsOptional, schemaProblems } from './schema-problems.ts';
import { availableLanguages, defaultLanguage, hasCatalogue } from '../words/index.ts';

export function checkSettings(trust: TrustSource, placeholders: PlaceholderSeverity, problems: Problem[]): TrustSettings | undefined {
  const source = trust.settings;
  if (!source) return undefined;
  const { file, yaml, data } = source;
  problems.push(...placeholderProblems(file, source.text, 1, placeholders, (field) => fieldIsOptional(trustSchema, field.split('.'))));
  const result = judge(trustSchema, data);
  problems.push(...schemaProblems(file, yaml, result, trustSchema));
  if (typeof data.slug === 'string' && data.slug !== trust.slug) {
    problems.push({
      file,
      line: lineOfPath(yaml, ['slug']),
      field: 'slug',
      rule: 'slug-mismatch',
      severity: 'error',
      message: `slug is "${data.slug}" but the folder is called "${trust.slug}". Make them the same, for example slug: ${trust.slug}`,
    });
  }
  if (!result.success) return undefined;
  const { language } = result.data;
  if (!hasCatalogue(language)) {
    problems.push({
      file,
      line: lineOfPath(yaml, ['language']),
      field: 'language',
      rule: 'invalid-field',
      severity: 'error',
      message: `language is "${language}", but the site has no words in that language yet: every heading, menu and date would stay in English on pages marked as ${language}. Use one of the languages available (${availableLanguages.join(', ')}), for example language: ${defaultLanguage}, or leave language out.`,
    });
    return undefined;
  }
  const logo = result.data.logo?.file;
  if (logo && !existsSync(path.join(trust.dir, logo))) {
    problems.push({
      file,
      line: lineOfPath(yaml, ['logo', 'file']),
      field: 'logo.file',
      rule: 'missing-file',
      severity: 'error',
      message: `The file "${logo}" does not exist. Put the logo in ${trust.folder}/files/ or correct the name, for example file: files/logo.svg`,
    });
  }
  return result.data;
}
