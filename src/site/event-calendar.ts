/**
 * Calendar files (iCalendar, RFC 5545) for a trust's events, made with the `ics` library:
 * one file per upcoming event for "Add to calendar", and a feed of all upcoming events.
 * Times are written in UTC, computed from the Europe/London wall-clock time the trust wrote,
 * so every calendar app shows the right local time on either side of a clock change.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { londonToUtc } from './london-time.ts';
import type { TrustEvent } from './trust-events.ts';

export interface CalendarOwner {
  slug: string;
  origin: string;
  settings: { name: string; shortName: string; contact: { email?: string | undefined } };
  href: (pagePath: string) => string;
}

const formatWords = { 'in-person': 'In person', online: 'Online', hybrid: 'In person and online' } as const;

function utcArray(instant: Date): DateArray {
  return [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate(), instant.getUTCHours(), instant.getUTCMinutes()];
}

function dayArray(date: Date, addDays = 0): DateArray {
  const day = new Date(date.getTime() + addDays * 86_400_000);
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}

function eventAttributes(owner: CalendarOwner, item: TrustEvent, stamp: Date): EventAttributes {
  const { event } = item;
  const pageUrl = `${owner.origin}${owner.href(item.pagePath)}`;
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
  const description = [
    event.description,
    `${formatWords[event.format]}.`,
    event.link && `Book or join: ${event.link}`,
    `Details: ${pageUrl}`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    ...when,
    title: event.title,
    description,
    location: event.place ?? (event.format === 'online' ? 'Online' : undefined),
    url: event.link ?? pageUrl,
    uid: `${item.id}.${owner.slug}@${new URL(owner.origin).hostname}`,
    organizer: { name: owner.settings.name, ...(owner.settings.contact.email ? { email: owner.settings.contact.email } : {}) },
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
  return calendarText([eventAttributes(owner, item, stamp)], item.event.title);
}

/** The trust's feed: its upcoming events only. */
export function upcomingEventsCalendar(owner: CalendarOwner, events: TrustEvent[], stamp: Date): string {
  const upcoming = events.filter((item) => item.upcoming).map((item) => eventAttributes(owner, item, stamp));
  return calendarText(upcoming, `${owner.settings.shortName} events`);
}
