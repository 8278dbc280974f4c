/**
 * A translation's stamp: which version of its source page (the main language's page of the same
 * name) it translates. The translator's page says `translates: <stamp>` in its settings; the
 * stamp is worked out from the source file's text, so any change to the source (its settings or
 * its words) makes the translation's stamp old.
 *
 * One definition, used by the content check (src/checks/settings-rules.ts), the site model (the
 * notice on an out-of-date page) and `npm run stamp-translations` (scripts/stamp-translations.ts).
 *
 * The stamp is the first 12 hexadecimal characters of the SHA-256 of the source file's text,
 * read as UTF-8 without a byte order mark, with Windows (CRLF) and old Mac (CR) line endings
 * made "\n". So an editor on Windows and one on a Mac, or git's line-ending conversion, give
 * the same stamp for the same words; every other change (a space, a comma) is a change to check.
 * 12 characters (48 bits) is plenty to tell versions of one page apart and short to read.
 */
import { createHash } from 'node:crypto';

/** The field a translation's settings carry its stamp in. */
export const STAMP_FIELD = 'translates';

/** How long a stamp is: 12 hexadecimal characters. */
export const STAMP_LENGTH = 12;

/** The stamp of a source page's file text (as read, byte order mark or not). */
export function translationStamp(sourceText: string): string {
  const normalised = sourceText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normalised, 'utf8').digest('hex').slice(0, STAMP_LENGTH);
}

/**
 * A translation's file text with its stamp set to `stamp`, every other byte unchanged: the
 * `translates:` line of its settings is rewritten, or, when it has none, a line is added after
 * the `type:` line (or, for an easy read page, which has no type, after the opening `---`).
 * Undefined when the text has no settings block to write into.
 */
export function withStamp(text: string, stamp: string): string | undefined {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const opening = /^---(\r?\n)/.exec(body);
  if (!opening) return undefined;
  const newline = opening[1]!;
  const start = opening[0].length;
  const rest = body.slice(start);
  const end = rest.search(/^---[ \t]*(\r?\n|$)/m);
  if (end < 0) return undefined;
  const settings = rest.slice(0, end);
  // In quotes: a stamp of digits alone would otherwise be read as a number.
  const line = `${STAMP_FIELD}: "${stamp}"`;
  const existing = new RegExp(`^${STAMP_FIELD}:[^\\r\\n]*`, 'm');
  let written: string;
  if (existing.test(settings)) written = settings.replace(existing, line);
  else {
    const type = /^type:[^\r\n]*\r?\n/m.exec(settings);
    const at = type ? type.index + type[0].length : 0;
    written = `${settings.slice(0, at)}${line}${newline}${settings.slice(at)}`;
  }
  return `${bom}${body.slice(0, start)}${written}${rest.slice(end)}`;
}
