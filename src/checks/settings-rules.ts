/** A trust's settings (trust.yaml), judged: the schema, the folder name and the logo file. */
import { trustSchema, type TrustSettings } from '../schemas/trust.ts';
import { lineOfPath } from '../reader/source-text.ts';
import { hasPublishedFile, type TrustSource } from '../reader/read-content.ts';
import { placeholderProblems, type PlaceholderSeverity } from './placeholders.ts';
import type { Problem } from './problem.ts';
import { judge } from './issue-words.ts';
import { fieldIsOptional, schemaProblems } from './schema-problems.ts';

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
  const logo = result.data.logo?.file;
  if (logo && !hasPublishedFile(trust, logo)) {
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
