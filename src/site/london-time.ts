/**
 * Trusts write event times as they read on a clock in England. Calendars need the instant,
 * so a local date and time is turned into UTC with the Europe/London rules (GMT in winter,
 * BST in summer) from the platform's time zone data, never the build machine's own zone.
 */
// Only the numbers of the parts are read, so the locale is any that writes them in digits.
const londonParts = new Intl.DateTimeFormat('en', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Minutes London is ahead of UTC at an instant: 0 (GMT) or 60 (BST). */
export function londonOffsetMinutes(instant: Date): number {
  const parts = Object.fromEntries(londonParts.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const asIfUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asIfUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant of a London wall-clock time on a calendar date (the date as parsed from content:
 * midnight UTC of that day). A time skipped when the clocks go forward is read as BST.
 */
export function londonToUtc(date: Date, time: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const wallClock = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hours, minutes);
  // The offset at the wall-clock reading is right except within an hour of a change; a second look settles it.
  const first = wallClock - londonOffsetMinutes(new Date(wallClock)) * 60_000;
  return new Date(wallClock - londonOffsetMinutes(new Date(first)) * 60_000);
}

/** "2027-01-20T18:30:00+00:00": the local time with its offset, as schema.org and HTML <time> expect. */
export function londonIsoDateTime(date: Date, time: string): string {
  const offset = londonOffsetMinutes(londonToUtc(date, time));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${date.toISOString().slice(0, 10)}T${time}:00${zone}`;
}
