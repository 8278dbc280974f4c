/**
 * A schema's verdict on a file's values, as problems with the line of each field: every issue
 * zod found, with "did you mean" for a field name the schema does not know.
 */
import { closest } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { lineOfPath, type YamlSource } from '../reader/source-text.ts';
import { dateMessage } from './plain-words.ts';
import type { Problem } from './problem.ts';

export function schemaProblems(file: string, source: YamlSource, result: z.ZodSafeParseResult<unknown>, schema: unknown): Problem[] {
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem[] => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const keyPath = [...issue.path, key];
        const known = keysAt(schema, issue.path);
        const suggestion = known.length ? ` Did you mean "${closest(key, known)}"? The fields here are: ${known.join(', ')}.` : '';
        return {
          file,
          line: lineOfPath(source, keyPath),
          field: keyPath.map(String).join('.'),
          rule: 'unknown-field',
          severity: 'error',
          message: `"${key}" is not a field this page uses.${suggestion}`,
        };
      });
    }
    return [
      {
        file,
        line: lineOfPath(source, issue.path),
        field: field || undefined,
        rule: 'invalid-field',
        severity: 'error',
        message: dateAdvice(source, issue.path, issue.message) ?? issue.message,
      },
    ];
  });
}

/**
 * A date written another way ("31/03/2026", "March 2026"): the message repeats what was typed
 * and shows the line to write with that date rewritten, where the schema asked for a date.
 */
function dateAdvice(source: YamlSource, fieldPath: PropertyKey[], message: string): string | undefined {
  if (!message.includes('YYYY-MM-DD')) return undefined;
  const typed = source.document.getIn(fieldPath as unknown[]);
  if (typeof typed !== 'string' && typeof typed !== 'number') return undefined;
  // A message that already repeats what was typed ("… is not a real date") says it best.
  if (message.includes(`"${String(typed)}"`)) return undefined;
  return dateMessage({ path: fieldPath, typed: String(typed), allowMonth: /YYYY-MM\b(?!-)/.test(message) });
}

/** The field names a schema allows at a path, for "did you mean" suggestions. */
function keysAt(schema: unknown, fieldPath: PropertyKey[]): string[] {
  let current = schema as { shape?: Record<string, unknown>; def?: { element?: unknown; innerType?: unknown; type?: string } } | undefined;
  for (const key of fieldPath) {
    while (current?.def?.innerType) current = current.def.innerType as typeof current;
    if (typeof key === 'number') current = current?.def?.element as typeof current;
    else current = current?.shape?.[String(key)] as typeof current;
  }
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  if (current?.def?.element) current = current.def.element as typeof current;
  return Object.keys(current?.shape ?? {});
}
