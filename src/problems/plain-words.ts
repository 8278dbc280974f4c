/**
 * Plain words for the content check's messages, for comms officers rather than developers:
 * where a problem is ("goal 1 → statement", not "goals.0.statment"), what a date should look
 * like with the date they typed rewritten, and how to quote a value that holds a colon.
 * Pure functions: the check builds its messages with them.
 */
import { distance } from 'fastest-levenshtein';
import { pageSchemas } from '../page-types/registry.ts';
import { trustSchema } from '../schemas/trust.ts';

/** One item of a list field, in words: "goals" → "goal". Fields not listed lose a final "s". */
const ITEM_NAMES: Record<string, string> = {
  address: 'address line',
  behaviours: 'behaviour',
  faq: 'question',
  heard: 'point heard',
  knownIssues: 'known issue',
  priorities: 'priority',
  reporting: 'report',
  youSaidWeDid: '"you said, we did" pair',
  allowedAcronyms: 'allowed acronym',
};

/** "knownIssues" → "known issues", "responseTime" → "response time". */
export function fieldWords(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function itemName(key: string): string {
  if (ITEM_NAMES[key]) return ITEM_NAMES[key];
  const words = fieldWords(key);
  if (words.endsWith('ies')) return `${words.slice(0, -3)}y`;
  return words.endsWith('s') ? words.slice(0, -1) : words;
}

interface Walkable {
  _zod?: { def: Record<string, unknown> };
}

/** Every field name declared anywhere in the trust settings and the page types. */
function declaredFieldNames(schema: unknown, found: Set<string>): Set<string> {
  const def = (schema as Walkable | undefined)?._zod?.def;
  if (!def) return found;
  const shape = def.shape as Record<string, unknown> | undefined;
  if (shape) for (const key of Object.keys(shape)) found.add(key);
  const children = [
    def.innerType,
    def.in,
    def.out,
    def.element,
    ...(Array.isArray(def.options) ? def.options : []),
    ...Object.values(shape ?? {}),
  ];
  for (const child of children) if (child) declaredFieldNames(child, found);
  return found;
}

let knownFields: string[] | undefined;
function fieldNames(): string[] {
  knownFields ??= [
    ...[trustSchema, ...Object.values(pageSchemas)].reduce((found, schema) => declaredFieldNames(schema, found), new Set<string>()),
  ];
  return knownFields;
}

/**
 * A misspelt field name ("statment") is shown as the declared field it is one or two letters
 * away from ("statement"), so the label points to the field the writer meant; a name near
 * none, or near two, is shown as typed.
 */
function nearestField(key: string): string {
  const names = fieldNames();
  if (names.includes(key) || key.length < 4) return key;
  const near = names.filter((name) => distance(name.toLowerCase(), key.toLowerCase()) <= (key.length > 7 ? 2 : 1));
  return near.length === 1 ? near[0]! : key;
}

/**
 * Where a problem is, in words: list positions counted from 1 and named by their list, field
 * names split into words, parts joined by arrows. ["goals", 0, "statment"] → "goal 1 → statement".
 */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((segment, index) => {
    if (typeof segment === 'number') return;
    const key = nearestField(String(segment));
    const next = path[index + 1];
    parts.push(typeof next === 'number' ? `${itemName(key)} ${next + 1}` : fieldWords(key));
  });
  // A path that is only positions (a list at the top) still says which item.
  if (parts.length === 0 && typeof path[0] === 'number') return `item ${path[0] + 1}`;
  return parts.join(' → ');
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower) && (lower.length >= 3 || month === lower));
  return index === -1 ? undefined : index + 1;
}

const pad = (value: number) => String(value).padStart(2, '0');

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The date someone typed, rewritten as YYYY-MM-DD (or YYYY-MM for a month alone, when
 * `allowMonth`). Numbers are read day first, as dates are written in the UK: 03/04/2026 is
 * 3 April. Undefined when it cannot be read as one real date.
 */
export function rewriteDate(typed: string, allowMonth = false): string | undefined {
  const value = typed
    .trim()
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ');
  const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));
  const day = (year: number, month: number, dayOfMonth: number) =>
    year >= 1900 && year <= 2199 && isRealDay(year, month, dayOfMonth) ? `${year}-${pad(month)}-${pad(dayOfMonth)}` : undefined;
  let match = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$/.exec(value);
  if (match) return day(fullYear(match[3]!), Number(match[2]), Number(match[1]));
  match = /^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})$/.exec(value);
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2}) ([A-Za-z.]+) (\d{4})$/.exec(value);
  if (match && monthNumber(match[2]!)) return day(Number(match[3]), monthNumber(match[2]!)!, Number(match[1]));
  match = /^([A-Za-z.]+) (\d{1,2}) (\d{4})$/.exec(value);
  if (match && monthNumber(match[1]!)) return day(Number(match[3]), monthNumber(match[1]!)!, Number(match[2]));
  if (allowMonth) {
    match = /^([A-Za-z.]+) (\d{4})$/.exec(value) ?? null;
    if (match && monthNumber(match[1]!)) return `${match[2]}-${pad(monthNumber(match[1]!)!)}`;
    match = /^(\d{1,2})[/.\-](\d{4})$/.exec(value);
    if (match && Number(match[1]) >= 1 && Number(match[1]) <= 12) return `${match[2]}-${pad(Number(match[1]))}`;
  }
  return undefined;
}

export interface DateProblem {
  /** The field's path, as the schema reports it. */
  path: readonly PropertyKey[];
  /** What the writer typed, as it appears in the file. */
  typed: string;
  /** Whether a month alone (YYYY-MM) is accepted here. */
  allowMonth?: boolean;
}

/**
 * A wrong date, in words: repeats what was typed and shows the line to write, with that date
 * rewritten ("date: 2026-03-31"), or a general example when it cannot be read as a date.
 */
export function dateMessage({ path, typed, allowMonth = false }: DateProblem): string {
  const key = [...path].reverse().find((segment) => typeof segment === 'string');
  const form = allowMonth ? 'year-month-day (YYYY-MM-DD) or year-month (YYYY-MM)' : 'year-month-day (YYYY-MM-DD)';
  const rewritten = rewriteDate(typed, allowMonth);
  // The field is named where the problem is shown ("goal 1 → date: ..."), so the message starts with what was typed.
  const start = `You wrote "${typed.trim()}". Dates here are written as ${form}`;
  if (rewritten) return `${start}, so write it as:\n    ${String(key ?? 'date')}: ${rewritten}`;
  return `${start}, for example:\n    ${String(key ?? 'date')}: 2026-03-31${allowMonth ? ' (or 2026-03 for a month)' : ''}`;
}

/**
 * A YAML line whose value holds a colon ("title: Our goals: the next five years"), rewritten
 * with the value in quotes. Undefined when the line has no unquoted value with a colon in it.
 */
export function quoteValueLine(line: string): string | undefined {
  const match = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*):\s+(.*?)\s*$/.exec(line);
  if (!match) return undefined;
  const [, lead, key, value] = match as unknown as [string, string, string, string];
  if (!value || /^["'|>[{]/.test(value) || !/:(\s|$)/.test(value)) return undefined;
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/\\/g, '\\\\')}"`;
  return `${lead}${key}: ${quoted}`;
}

/** Advice for a value with a colon in it: why it broke, and the line rewritten with quotes. */
export function colonInValueHint(line: string): string | undefined {
  const rewritten = quoteValueLine(line);
  if (!rewritten) return undefined;
  return `The text after the field name has a colon (:) in it, which the settings read as the start of another field. Put the text in quotes:\n    ${rewritten.trim()}`;
}
