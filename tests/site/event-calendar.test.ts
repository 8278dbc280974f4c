/**
 * Calendar files: times written in Europe/London come back as the same local times from a
 * real calendar parser (ical.js) on both sides of a clock change, and the feed holds only
 * upcoming events.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventCalendar, upcomingEventsCalendar, type CalendarOwner } from '../../src/site/event-calendar.ts';
import { londonIsoDateTime, londonToUtc } from '../../src/site/london-time.ts';
import { defaultLanguage, wordsFor } from '../../src/words/index.ts';
import { trustEvents, type EngagementEvent } from '../../src/site/trust-events.ts';
import { pathOf } from '../../src/routes/link-target.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const owner: CalendarOwner = {
  slug: 'riverside',
  origin: 'https://www.riverside.example',
  settings: { name: 'Riverside Community NHS Trust', shortName: 'Riverside', contact: { email: 'talk@riverside.example' } },
  href: (target) => `/strategy/${pathOf(target)}`,
  words: wordsFor(defaultLanguage),
};
const londonClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function event(title: string, date: string, start?: string, end?: string): EngagementEvent {
  return { title, date: day(date), format: 'in-person', place: 'Riverside Library', ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

function eventsOf(events: EngagementEvent[], today: string) {
  return trustEvents(
    [{ pagePath: 'have-your-say/', entry: { data: { type: 'engagement', title: 'Have your say', events } as never } }],
    day(today),
  );
}

/** Each VEVENT as summary with start and end read on a London clock, as a calendar app in the UK shows it. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const parsed = new ICAL.Event(component);
    const show = (time: ICAL.Time) => (time.isDate ? time.toString() : londonClock.format(time.toJSDate()));
    return { summary: parsed.summary, start: show(parsed.startDate), end: show(parsed.endDate), uid: parsed.uid };
  });
}

describe('Europe/London times', () => {
  it('turns wall-clock times into the right instants either side of both clock changes', () => {
    expect(londonToUtc(day('2027-03-27'), '18:30').toISOString()).toBe('2027-03-27T18:30:00.000Z'); // GMT, the day before
    expect(londonToUtc(day('2027-03-28'), '18:30').toISOString()).toBe('2027-03-28T17:30:00.000Z'); // BST from 1am that day
    expect(londonToUtc(day('2026-10-24'), '10:00').toISOString()).toBe('2026-10-24T09:00:00.000Z'); // BST, the day before
    expect(londonToUtc(day('2026-10-25'), '10:00').toISOString()).toBe('2026-10-25T10:00:00.000Z'); // GMT again
    expect(londonIsoDateTime(day('2027-04-15'), '09:30')).toBe('2027-04-15T09:30:00+01:00');
    expect(londonIsoDateTime(day('2027-01-20'), '18:30')).toBe('2027-01-20T18:30:00+00:00');
  });
});

describe('calendar files', () => {
  const written = [
    event('Autumn drop-in', '2026-10-14', '10:00', '13:00'),
    event('Winter evening talk', '2027-03-27', '18:30', '20:00'),
    event('Spring evening talk', '2027-03-28', '18:30', '20:00'),
    event('Open day', '2027-05-01'),
  ];
  const events = eventsOf(written, '2026-11-23');

  it('gives each event a file whose local times read back the same on both sides of the clock change', () => {
    const winter = parseCalendar(
      eventCalendar(
        owner,
        events.find((item) => item.event.title === 'Winter evening talk')!,
        day('2026-11-23'),
      ),
    );
    const spring = parseCalendar(
      eventCalendar(
        owner,
        events.find((item) => item.event.title === 'Spring evening talk')!,
        day('2026-11-23'),
      ),
    );
    expect(winter).toEqual([
      expect.objectContaining({ summary: 'Winter evening talk', start: '27/03/2027, 18:30', end: '27/03/2027, 20:00' }),
    ]);
    expect(spring).toEqual([
      expect.objectContaining({ summary: 'Spring evening talk', start: '28/03/2027, 18:30', end: '28/03/2027, 20:00' }),
    ]);
  });

  it('writes an event without a time as an all-day event', () => {
    const [openDay] = parseCalendar(
      eventCalendar(
        owner,
        events.find((item) => item.event.title === 'Open day')!,
        day('2026-11-23'),
      ),
    );
    expect(openDay).toMatchObject({ start: '2027-05-01', end: '2027-05-02' });
  });

  it('lists only upcoming events in the feed, each with its own stable id', () => {
    const feed = parseCalendar(upcomingEventsCalendar(owner, events, day('2026-11-23')));
    expect(feed.map((item) => item.summary)).toEqual(['Winter evening talk', 'Spring evening talk', 'Open day']);
    expect(new Set(feed.map((item) => item.uid)).size).toBe(3);
    expect(feed[0]!.uid).toBe('2027-03-27-winter-evening-talk.riverside@www.riverside.example');
    // Past the last event, the feed is a valid calendar with nothing in it.
    expect(parseCalendar(upcomingEventsCalendar(owner, eventsOf(written, '2027-06-01'), day('2027-06-01')))).toEqual([]);
  });

  it('gives two events with the same title and date different files', () => {
    const twice = eventsOf([event('Drop-in', '2027-01-05', '10:00'), event('Drop-in', '2027-01-05', '14:00')], '2026-11-23');
    expect(twice.map((item) => item.calendarPath)).toEqual(['calendar/2027-01-05-drop-in.ics', 'calendar/2027-01-05-drop-in-2.ics']);
  });
});
