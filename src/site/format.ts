/**
 * Dates and numbers in the words of the product's own messages to editors (the content check
 * quotes them). What readers see is formatted in the page's language by `site.words`
 * (src/words/format.ts); this module only keeps the names the checks use, and date arithmetic.
 */
import type { When } from '../schemas/fields.ts';
import { defaultLanguage, wordsFor } from '../words/index.ts';

const words = wordsFor(defaultLanguage);

export const formatDate = (date: Date): string => words.date(date);

/** "Wednesday 20 January 2027". */
export const formatDayAndDate = (date: Date): string => words.dayAndDate(date);

/** "18:30" becomes "6:30pm"; "09:00" becomes "9am"; "12:00" becomes "midday". */
export const formatTime = (time: string): string => words.time(time);

export const formatNumber = (value: number): string => words.number(value);

/** ISO date "2026-08-06" for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "by 31 March 2026", "by March 2026", or the trust's own words unchanged. */
export const formatWhen = (value: When): string => words.when(value);

/** The last day a `when` can mean, if it names one: the date itself, or a month's last day. */
export function lastDayOf(value: When): Date | undefined {
  if (value.kind === 'date') return value.date;
  if (value.kind === 'month') return new Date(Date.UTC(value.year, value.month, 0));
  return undefined;
}
