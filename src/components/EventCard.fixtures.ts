/**
 * Examples of EventCard for tests/components/fixtures.test.ts: an upcoming event with its times,
 * place, booking and calendar file; an online one with only a start time; and a past event,
 * which offers nothing to book.
 */
import type { ComponentProps } from 'astro/types';
import { pageData, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type EventCard from './EventCard.astro';

const { events } = pageData('engagement', {
  events: [
    {
      title: 'Coffee morning at Harbour Road',
      date: '2026-12-09',
      start: '09:30',
      end: '12:00',
      format: 'hybrid',
      place: 'Harbour Road Health Centre, Room 2',
      link: 'https://events.example/coffee-morning',
      description: 'Bring a friend and tell us what would make your visits easier.',
    },
    {
      title: 'Evening call with our nurses',
      date: '2027-02-03',
      start: '19:00',
      format: 'online',
      link: 'https://events.example/nurses-call',
    },
    {
      title: 'Market stall',
      date: '2026-08-15',
      format: 'in-person',
      place: 'Saturday market, Quay Street, RV2 7QS',
      link: 'https://events.example/market',
    },
  ],
});
const [coffee, call, market] = events!;

export default [
  {
    name: 'upcoming, in person and online, with every detail: times, place, description, booking and calendar links naming the event',
    props: { event: coffee!, calendarHref: '/our-strategy/calendar/2026-12-09-coffee-morning-at-harbour-road.ics' },
    reads: [
      'Coffee morning at Harbour Road',
      'Date',
      'Wednesday 9 December 2026',
      'Time',
      '9:30am to midday',
      'How',
      'In person and online',
      'Where',
      'Harbour Road Health Centre, Room 2',
      'Bring a friend and tell us what would make your visits easier.',
      'Book a place',
      'Add to your calendar',
    ],
    readsNot: ['Past', 'Join or book'],
    links: [
      { text: 'Book a place for Coffee morning at Harbour Road', href: 'https://events.example/coffee-morning' },
      {
        text: 'Add to your calendar: Coffee morning at Harbour Road',
        href: '/our-strategy/calendar/2026-12-09-coffee-morning-at-harbour-road.ics',
      },
    ],
    linkCount: 2,
  },
  {
    name: 'online with a start time only and no calendar file: no end time, no place, one link to join',
    props: { event: call! },
    reads: ['Evening call with our nurses', 'Date', 'Wednesday 3 February 2027', 'Time', '7pm', 'How', 'Online', 'Join or book'],
    readsNot: ['Where', '7pm to', 'Book a place', 'Add to your calendar', 'Past', 'undefined'],
    links: [{ text: 'Join or book for Evening call with our nurses', href: 'https://events.example/nurses-call' }],
    linkCount: 1,
  },
  {
    name: 'past, with no time given: marked past, no time row, nothing to book even though it had a link; its postcode reads left to right in any language',
    props: { event: market!, past: true, calendarHref: '/our-strategy/calendar/2026-08-15-market-stall.ics' },
    reads: [
      'Past',
      'Market stall',
      'Date',
      'Saturday 15 August 2026',
      'How',
      'In person',
      'Where',
      'Saturday market, Quay Street, RV2 7QS',
    ],
    leftToRight: ['RV2 7QS'],
    readsNot: ['Time', 'Book a place', 'Add to your calendar', 'undefined'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof EventCard>>[];
