/**
 * A schema's verdict on a file's values, as problems with the line of each field: every issue
 * zod found, with "did you mean" for a field name the schema does not know.
 */
import { closest } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { lineOfPath, type YamlSource } from '../reader/source-text.ts';
import { dateMessage } from '../problems/plain-words.ts';
import type { Problem } from '../problems/problem.ts';
import { ruleOf } from './rule-of.ts';

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
          ...ruleOf('unknown-field'),
          message: `"${key}" is not a field this page uses.${suggestion}`,
        };
      });
    }
    return [
      {
        file,
        line: lineOfPath(source, issue.path),
        field: field || undefined,
        ...ruleOf('invalid-field'),
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

type SchemaNode =
  { shape?: Record<string, unknown>; def?: { element?: unknown; innerType?: unknown; in?: unknown; type?: string } } | undefined;

/** Past the wrappers around a field: optional, default, and a transform (a pipe, whose input is what the editor writes). */
function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  while (current?.def?.innerType || current?.def?.type === 'pipe')
    current = (current.def.type === 'pipe' ? current.def.in : current.def.innerType) as SchemaNode;
  return current;
}

/** The field names a schema allows at a path, for "did you mean" suggestions. */
function keysAt(schema: unknown, fieldPath: PropertyKey[]): string[] {
  let current = schema as SchemaNode;
  for (const key of fieldPath) {
    current = unwrap(current);
    if (typeof key === 'number') current = current?.def?.element as SchemaNode;
    else current = current?.shape?.[String(key)] as SchemaNode;
  }
  current = unwrap(current);
  if (current?.def?.element) current = unwrap(current.def.element as SchemaNode);
  return Object.keys(current?.shape ?? {});
}

/**
 * Whether an editor may delete the line of a field and still pass: the field is optional (or
 * has a default). Undefined for a path the schema does not declare, or one inside a list.
 */
export function fieldIsOptional(schema: unknown, fieldPath: readonly string[]): boolean | undefined {
  let current = schema as SchemaNode;
  for (const key of fieldPath) {
    if (/^\d+$/.test(key)) return undefined;
    current = unwrap(current)?.shape?.[key] as SchemaNode;
    if (!current) return undefined;
  }
  return (current as { _zod?: { optin?: string } })._zod?.optin === 'optional';
}
