/**
 * Scaffold placeholders: `npm run new-trust` fills every page with guidance that starts
 * "Replace this" and addresses at example.nhs.uk. Publishing it would put instructions on the trust's public site, so the
 * build refuses it, and so does `npm run check`, which fails exactly when the build would. Only the
 * live preview (`npm run dev`) shows it as a warning, because a trust being drafted is full of it.
 */
import type { Problem } from '../problems/problem.ts';
import { ruleOf } from './rule-of.ts';

/** The words every placeholder in the new-trust templates starts with (src/page-types/<type>/template.md, scripts/new-trust/template/trust.yaml), and their made-up web addresses. */
export const PLACEHOLDER = /\bReplace this\b|\bexample\.nhs\.uk\b/;

export type PlaceholderSeverity = 'warning' | 'error';

const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z][\w-]*):/;
const DASH_LINE = /^(\s*)-\s/;

/** Where a line's key starts, and where its list dash is when it starts a list item. */
function shape(line: string): { key?: string; keyColumn: number; dash?: number } {
  const key = KEY_LINE.exec(line);
  const dash = DASH_LINE.exec(line);
  const keyColumn = key ? key[1]!.length + (key[2]?.length ?? 0) : line.length - line.trimStart().length;
  return { ...(key ? { key: key[3]! } : {}), keyColumn, ...(dash ? { dash: dash[1]!.length } : {}) };
}

/**
 * The field a line of YAML sets, as a dotted path ("strategy.period.start", "goals.0.title"),
 * worked out from the indentation above it, so a fact left as guidance is named. Undefined for
 * a line that sets no field (a page's body, a list item of plain text).
 */
export function yamlFieldAt(lines: string[], index: number): string | undefined {
  const own = shape(lines[index]!);
  if (!own.key) return undefined;
  const path: string[] = [own.key];
  let column = own.keyColumn;
  // The dash of the list item the path is inside, and how many items come before it.
  let itemDash = own.dash;
  let items = 0;
  for (let above = index - 1; above >= 0 && column > 0; above--) {
    const line = lines[above]!;
    if (/^---\s*$/.test(line)) break;
    if (!line.trim() || /^\s*#/.test(line)) continue;
    const here = shape(line);
    if (here.dash !== undefined && here.dash === itemDash) {
      items++;
      continue;
    }
    if (here.dash !== undefined && itemDash === undefined && here.dash < column && here.keyColumn >= column) {
      itemDash = here.dash; // the first line of the item this path is inside
      continue;
    }
    if (here.keyColumn >= column || !here.key) continue;
    if (itemDash !== undefined) path.unshift(String(items));
    path.unshift(here.key);
    column = here.keyColumn;
    itemDash = here.dash;
    items = 0;
  }
  return path.join('.');
}

/**
 * How to put a line of guidance right. A line of the page's text may go; a setting may only be
 * deleted where the schema lets it be left out (`optional` says so, for a dotted field path), and
 * a needed setting inside a group that may be left out is deleted with its whole group.
 */
function fixFor(field: string | undefined, inSettings: boolean, optional: (field: string) => boolean | undefined): string {
  const replace = "Replace it with the trust's own words";
  if (!inSettings) return `${replace}, or delete it.`;
  if (!field) return `${replace}.`;
  const parts = field.split('.');
  if (optional(field)) return `${replace}, or delete the line if the trust has not said.`;
  for (let length = parts.length - 1; length > 0; length--) {
    const group = parts.slice(0, length).join('.');
    if (optional(group)) return `${replace}, or, if the trust has not said, delete ${parts[length - 1]} and every line under it.`;
  }
  return `${replace}: ${field} is needed.`;
}

/**
 * One problem per line that still holds scaffold guidance. `firstLine` is the line of the file
 * `text` starts at; `optional` says whether a setting may be left out (by the file's schema).
 */
export function placeholderProblems(
  file: string,
  text: string,
  firstLine: number,
  severity: PlaceholderSeverity,
  optional: (field: string) => boolean | undefined = () => undefined,
): Problem[] {
  const lines = text.split('\n');
  // Only settings name fields: all of a YAML file, or a page's front matter between its "---" lines.
  const yamlEnd = /\.ya?ml$/.test(file)
    ? lines.length
    : /^---\s*$/.test(lines[0] ?? '')
      ? lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line))
      : 0;
  return lines.flatMap((line, index): Problem[] => {
    const match = PLACEHOLDER.exec(line);
    if (!match) return [];
    const field = index < yamlEnd ? yamlFieldAt(lines, index) : undefined;
    return [
      {
        file,
        line: firstLine + index,
        column: match.index + 1,
        field,
        ...ruleOf('placeholder'),
        // An error by default; the live preview asks for a warning while the editor drafts.
        severity,
        message: `This line still has the guidance text from the new trust template ("${line.trim().slice(0, 60)}"). ${fixFor(field, index < yamlEnd, optional)} The build will not publish a page with guidance text left in.`,
      },
    ];
  });
}
