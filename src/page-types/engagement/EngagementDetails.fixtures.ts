/**
 * Examples of EngagementDetails for tests/components/fixtures.test.ts, on the tests' fixed build
 * date (23 November 2026): an open survey and upcoming events with calendar files, then the
 * same engagement once it has closed.
 */
import type { ComponentProps } from 'astro/types';
import { dataOf, fixtureSite, type ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type EngagementDetails from './EngagementDetails.astro';

const events = [
  { title: 'Talk to us online', date: '2027-01-20', start: '18:30', end: '20:00', format: 'online', link: 'https://events.example/talk' },
  {
    title: 'Drop-in at the library',
    date: '2026-12-02',
    start: '10:00',
    end: '12:00',
    format: 'in-person',
    place: 'Central Library, Bridge Street',
  },
  {
    title: 'Staff listening event',
    date: '2026-09-10',
    start: '12:00',
    format: 'hybrid',
    place: 'Riverside General Hospital',
    link: 'https://events.example/staff',
  },
];

const open = fixtureSite({
  settings: { strategy: { status: 'engagement', launched: undefined } },
  pages: {
    'have-your-say': {
      type: 'engagement',
      title: 'Have your say',
      figures: [{ value: 1450, label: 'people took part' }],
      survey: {
        title: 'Our strategy survey',
        audience: 'patients, carers and staff',
        closes: '2026-12-15',
        link: 'https://survey.example/riverside',
      },
      events,
      questions: ['What matters most to you about your care?'],
      faq: [{ question: 'Why a new strategy?', answer: 'Our services have changed since the last one.' }],
    },
  },
});

const closed = fixtureSite({
  pages: {
    'what-you-told-us': {
      type: 'engagement',
      title: 'What you told us',
      heard: ['Waits are too long.', 'Letters are hard to read.'],
      youSaidWeDid: [{ youSaid: 'Letters are hard to read', weDid: 'We rewrote our letters with patients' }],
      survey: {
        title: 'Our strategy survey',
        audience: 'patients, carers and staff',
        closes: '2026-10-01',
        link: 'https://survey.example/riverside',
      },
      events: [events[2]],
      questions: ['What matters most to you about your care?'],
      contactEmail: 'listening@riverside.example',
    },
  },
});

export default [
  {
    name: 'while listening: figures, the open survey, upcoming events soonest first with calendar files, then past events without links',
    props: { data: dataOf(open, 'engagement'), site: open },
    reads: [
      '1,450 people took part',
      'Our strategy survey',
      'For patients, carers and staff.',
      'The survey closes on 15 December 2026.',
      'Fill in the survey',
      'Upcoming events',
      'Drop-in at the library',
      'Wednesday 2 December 2026',
      '10am to midday',
      'In person',
      'Central Library, Bridge Street',
      'Talk to us online',
      'Wednesday 20 January 2027',
      '6:30pm to 8pm',
      'Online',
      'Subscribe to all our upcoming events (calendar feed, ICS file)',
      'Past events',
      'Staff listening event',
      'Thursday 10 September 2026',
      'In person and online',
      'Questions we would like you to think about',
      'What matters most to you about your care?',
      'Frequently asked questions',
      'Why a new strategy?',
      'Our services have changed since the last one.',
      'Tell us what you think',
      'To send your comments and questions, email strategy@riverside.example or phone 0300 555 0100.',
    ],
    links: [
      { text: 'Fill in the survey', href: 'https://survey.example/riverside' },
      { text: 'Add to your calendar: Drop-in at the library', href: '/our-strategy/calendar/2026-12-02-drop-in-at-the-library.ics' },
      { text: 'Join or book for Talk to us online', href: 'https://events.example/talk' },
      { text: 'Add to your calendar: Talk to us online', href: '/our-strategy/calendar/2027-01-20-talk-to-us-online.ics' },
      { text: 'Subscribe to all our upcoming events', href: '/our-strategy/events.ics' },
      { text: 'strategy@riverside.example', href: 'mailto:strategy@riverside.example' },
      { text: '0300 555 0100', href: 'tel:03005550100' },
    ],
    // A past event offers no booking or calendar file.
    linkCount: 7,
    readsNot: ['This survey closed', 'The questions we asked'],
  },
  {
    name: 'after it closed: what we heard, you said and we did, the closed survey pointing to what we heard, the questions as a record',
    props: { data: dataOf(closed, 'engagement'), site: closed },
    reads: [
      'What we heard',
      'Waits are too long.',
      'Letters are hard to read.',
      'You said, we did',
      'You said',
      'Letters are hard to read',
      'We did',
      'We rewrote our letters with patients',
      'Our strategy survey',
      'This survey closed on 1 October 2026. Thank you to everyone who took part.',
      'Read what we heard',
      'Past events',
      'Staff listening event',
      'The questions we asked',
      'Tell us what you think',
      'To send your comments and questions, email listening@riverside.example or phone 0300 555 0100.',
    ],
    readsNot: ['Fill in the survey', 'Upcoming events', 'Subscribe', 'Add to calendar', 'Frequently asked questions', 'In numbers'],
    links: [
      { text: 'Read what we heard', href: '#heard-heading' },
      { text: 'listening@riverside.example', href: 'mailto:listening@riverside.example' },
      { text: '0300 555 0100', href: 'tel:03005550100' },
    ],
    linkCount: 3,
  },
] satisfies ComponentFixture<ComponentProps<typeof EngagementDetails>>[];
