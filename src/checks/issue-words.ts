/**
 * Plain words for every kind of problem zod can find, used where a field declares no message of
 * its own: a comms officer never reads zod's own words ("Invalid input: expected object, received
 * undefined"). Given to every check of content against a schema as its error map
 * (`judge`), so it only fills the gaps the fields' own messages leave.
 */
import { z } from 'astro/zod';
import { fieldLabel } from '../problems/plain-words.ts';

type RawIssue = z.core.$ZodRawIssue;

/** What a value of each kind looks like, in the words the editor's guide uses. */
const KIND_WORDS: Record<string, string> = {
  object: 'a group of settings, each on its own line below it, indented by two spaces',
  array: 'a list, with each item on its own line starting with "- "',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date written as YYYY-MM-DD, for example 2026-03-31',
  literal: 'one particular value',
};

/** What was written instead, in words: "nothing", "the text "x"", "a list". */
function writtenWords(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return `${input}`;
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date';
  return 'a group of settings';
}

/** The fields of a group (an object schema), the required ones first: "brand (and, if wanted, accent)". */
function fieldsOf(schema: unknown): string | undefined {
  const shape = (schema as { _zod?: { def?: { shape?: Record<string, { _zod?: { optin?: string } }> } } })?._zod?.def?.shape;
  if (!shape) return undefined;
  const keys = Object.keys(shape);
  const needed = keys.filter((key) => shape[key]?._zod?.optin !== 'optional');
  const optional = keys.filter((key) => shape[key]?._zod?.optin === 'optional');
  if (needed.length === 0) return undefined;
  return `${needed.join(', ')}${optional.length ? ` (and, if the trust has them, ${optional.join(', ')})` : ''}`;
}

const GUIDE = 'The editor’s guide (docs/editors-guide.md) shows an example of every field.';

/** A problem in plain words, naming the field by its place ("strategy → period"). */
export function plainIssueMessage(issue: RawIssue): string {
  const path = issue.path ?? [];
  const field = path.length ? fieldLabel(path) : 'This file';
  switch (issue.code) {
    case 'invalid_type': {
      const wanted = KIND_WORDS[issue.expected] ?? 'a different kind of value';
      if (issue.input === undefined) {
        const fields = issue.expected === 'object' ? fieldsOf(issue.inst) : undefined;
        return fields
          ? `${field} is missing. Add it, with ${fields} on the lines below it, each indented by two spaces. ${GUIDE}`
          : `${field} is missing. Add it as ${wanted}. ${GUIDE}`;
      }
      return `${field} must be ${wanted}, but it is ${writtenWords(issue.input)}. ${GUIDE}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return `${field} is too short: write at least ${issue.minimum} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${field} needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}, each on its own line starting with "- ".`;
      return `${field} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `${field} is too long: keep it to ${issue.maximum} characters or fewer.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `${field} has too many items: keep it to ${issue.maximum} or fewer, the ones that matter most.`;
      return `${field} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${issue.maximum}.`;
    case 'invalid_format':
      return `${field} is not written the way it should be (${formatWords(issue.format)}). ${GUIDE}`;
    case 'not_multiple_of':
      return `${field} must be a multiple of ${issue.divisor}.`;
    case 'unrecognized_keys':
      return `${field} has ${issue.keys.length === 1 ? 'a setting' : 'settings'} it does not use: ${issue.keys.join(', ')}. Check the spelling, or delete ${issue.keys.length === 1 ? 'it' : 'them'}.`;
    case 'invalid_union':
      return `${field} is not in any of the forms it can take. ${GUIDE}`;
    case 'invalid_key':
      return `${field} has a setting name it does not use. ${GUIDE}`;
    case 'invalid_element':
      return `${field} has an item that is not right. ${GUIDE}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `${field} can only be ${String(issue.values[0])}.`
        : `${field} must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'custom':
    default:
      return `${field} is not right. ${GUIDE}`;
  }
}

/** "an email address", "a web address starting with https://", or the format's name. */
function formatWords(format: string): string {
  const words: Record<string, string> = {
    email: 'an email address, for example strategy@example.nhs.uk',
    url: 'a web address starting with https://',
    regex: 'see the field in the editor’s guide for what is allowed',
    date: 'a date written as YYYY-MM-DD',
  };
  return words[format] ?? `it should be ${format}`;
}

/** A schema's verdict on content, with plain words wherever a field has no message of its own. */
export function judge<Schema extends z.ZodType>(schema: Schema, data: unknown): z.ZodSafeParseResult<z.output<Schema>> {
  return schema.safeParse(data, { error: (issue) => plainIssueMessage(issue) });
}
