/**
 * How dates, times and numbers are written for readers: "6 August 2026", "6:30pm",
 * "1,450", as the NHS content style guide asks. Formatted in UTC so a build gives the
 * same text on any machine.
 */
import type { When } from '../schemas/fields.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "Wednesday 20 January 2027" (no comma, as GOV.UK and the NHS write it). */
export function formatDayAndDate(date: Date): string {
  return `${weekdayFormat.format(date)} ${dateFormat.format(date)}`;
}

/** "18:30" becomes "6:30pm"; "09:00" becomes "9am"; "12:00" becomes "midday". */
export function formatTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (hours === 12 && minutes === 0) return 'midday';
  if (hours === 0 && minutes === 0) return 'midnight';
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB');
}

/** ISO date "2026-08-06" for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A `when` field as readers see it, to follow a phrase such as "We expect to publish the new
 * values": "by 31 March 2026", "by March 2026", or the trust's own words unchanged.
 */
export function formatWhen(value: When): string {
  if (value.kind === 'date') return `by ${formatDate(value.date)}`;
  if (value.kind === 'month') return `by ${monthFormat.format(new Date(Date.UTC(value.year, value.month - 1, 1)))}`;
  return value.text;
}

/** The last day a `when` can mean, if it names one: the date itself, or a month's last day. */
export function lastDayOf(value: When): Date | undefined {
  if (value.kind === 'date') return value.date;
  if (value.kind === 'month') return new Date(Date.UTC(value.year, value.month, 0));
  return undefined;
}
