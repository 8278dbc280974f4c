/**
 * Calendar files (iCalendar, RFC 5545) for a trust's events, made with the `ics` library:
 * one file per upcoming event for "Add to calendar", and a feed of all upcoming events.
 * Times are written in UTC, computed from the Europe/London wall-clock time the trust wrote,
 * so every calendar app shows the right local time on either side of a clock change.
 */
import type { TrustSite } from './site-model.ts';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { londonToUtc } from './london-time.ts';
import type { TrustEvent } from './trust-events.ts';
import type { Words } from '../words/index.ts';

export interface CalendarOwner {
  slug: string;
  origin: string;
  settings: { name: string; shortName: string; contact: { email?: string | undefined } };
  href: TrustSite['href'];
  /** The trust's words, for the lines a calendar app shows under the event. */
  words: Words;
}

/** Every kind of line break a value may hold: CRLF, CR, LF, vertical tab, form feed, NEL, line and paragraph separators. */
const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;
/** Control characters RFC 5545 does not allow in a value (all but tab), and the bidirectional overrides. */
const NOT_ALLOWED = /[\u0000-\u0008\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A TEXT value (RFC 5545 3.3.11): each line break becomes one "\n", which `ics` writes as the
 * escaped "\\n" (it escapes "\\", ";" and "," too but leaves a lone CR, NEL and the separators
 * raw, and any of those would start a new property in some calendar apps); other control characters go.
 */
export function icalText(value: string): string {
  return value.replace(LINE_BREAKS, '\n').replace(NOT_ALLOWED, '');
}

/**
 * A parameter value such as CN= (RFC 5545 3.2): `ics` quotes it but escapes nothing. Quotes and
 * line breaks cannot appear there, so they are written with RFC 6868's "^" escapes ("^'", "^n",
 * "^^"), which calendar apps read back; a backslash, which parsers disagree about there, becomes "/".
 */
export function icalParameter(value: string): string {
  return icalText(value).replace(/[\^\n"\\]/g, (character) => ({ '^': '^^', '\n': '^n', '"': "^'", '\\': '/' })[character]!);
}

/** A URI value: the parsed form, so whitespace and line breaks are percent-encoded or gone. */
const icalUri = (value: string) => (URL.canParse(value) ? new URL(value).href : undefined);

function utcArray(instant: Date): DateArray {
  return [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate(), instant.getUTCHours(), instant.getUTCMinutes()];
}

function dayArray(date: Date, addDays = 0): DateArray {
  const day = new Date(date.getTime() + addDays * 86_400_000);
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}

function eventAttributes(owner: CalendarOwner, item: TrustEvent, stamp: Date): EventAttributes {
  const { event } = item;
  const pageUrl = `${owner.origin}${owner.href(item)}`;
  const when: Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType' | 'endInputType' | 'endOutputType'> & {
    end: DateArray;
  } = event.start
    ? {
        start: utcArray(londonToUtc(event.date, event.start)),
        // An event with no end time is written as ending when it starts (RFC 5545's reading of a lone start).
        end: utcArray(londonToUtc(event.date, event.end ?? event.start)),
        startInputType: 'utc',
        startOutputType: 'utc',
        endInputType: 'utc',
        endOutputType: 'utc',
      }
    : { start: dayArray(event.date), end: dayArray(event.date, 1) };
  const link = event.link ? icalUri(event.link) : undefined;
  const words = owner.words.event;
  const description = [event.description, `${words.formats[event.format]}.`, link && words.bookOrJoin(link), words.details(pageUrl)]
    .filter(Boolean)
    .join('\n');
  const place = event.place ?? (event.format === 'online' ? words.formats.online : undefined);
  return {
    ...when,
    title: icalText(event.title),
    description: icalText(description),
    location: place === undefined ? undefined : icalText(place),
    url: link ?? icalUri(pageUrl),
    uid: `${item.id}.${owner.slug}@${new URL(owner.origin).hostname}`,
    organizer: {
      name: icalParameter(owner.settings.name),
      ...(owner.settings.contact.email ? { email: owner.settings.contact.email } : {}),
    },
    status: 'CONFIRMED',
    productId: 'nhs-strategy-microsites',
    // Stamped with the build date, so rebuilding the same content gives the same file.
    timestamp: stamp.getTime(),
  } as EventAttributes;
}

function calendarText(events: EventAttributes[], calName: string): string {
  const { error, value } = createEvents(events, { productId: 'nhs-strategy-microsites', calName });
  if (error || value === null) throw new Error(`Could not write the calendar "${calName}": ${error?.message ?? 'no output'}`);
  return value;
}

/** One event's calendar file. */
export function eventCalendar(owner: CalendarOwner, item: TrustEvent, stamp: Date): string {
  return calendarText([eventAttributes(owner, item, stamp)], icalText(item.event.title));
}

/** The trust's feed: its upcoming events only. */
export function upcomingEventsCalendar(owner: CalendarOwner, events: TrustEvent[], stamp: Date): string {
  const upcoming = events.filter((item) => item.upcoming).map((item) => eventAttributes(owner, item, stamp));
  return calendarText(upcoming, icalText(owner.words.event.calendarName(owner.settings.shortName)));
}
