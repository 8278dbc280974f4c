/**
 * Examples of EngagementHighlight for tests/components/fixtures.test.ts, on the tests' fixed build
 * date (23 November 2026): the open survey first, or else the next event, or nothing at all when
 * the trust is not asking for views.
 */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type EngagementHighlight from './EngagementHighlight.astro';

const pastEvent = { title: 'Summer fair stall', date: '2026-07-04', format: 'in-person', place: 'Riverside Park' };
const eveningEvent = { title: 'Evening conversation online', date: '2027-01-13', start: '18:00', end: '19:30', format: 'online' };
const morningEvent = { title: 'Walk-in morning', date: '2026-12-05', start: '10:30', format: 'in-person', place: 'Westgate Library' };
const surveyFields = { title: 'Tell us about your care', audience: 'patients and carers' };

const engagementPage = (fields: Record<string, unknown>) =>
  fixtureSite({ pages: { 'share-your-views': { type: 'engagement', title: 'Share your views', ...fields } } });

export default [
  {
    name: 'an open survey with a form: the survey, not the events, with the form to fill in and the page to read more',
    props: {
      site: engagementPage({
        survey: { ...surveyFields, closes: '2027-01-31', link: 'https://forms.example/riverside-care' },
        events: [morningEvent, eveningEvent],
      }),
    },
    reads: [
      'Have your say',
      'Tell us about your care is open to patients and carers until 31 January 2027.',
      'Fill in the survey',
      'Or find out more on our page Share your views.',
    ],
    readsNot: ['Walk-in morning', 'Our next event'],
    links: [
      { text: 'Fill in the survey', href: 'https://forms.example/riverside-care' },
      { text: 'Share your views', href: '/our-strategy/share-your-views/' },
    ],
    linkCount: 2,
  },
  {
    name: 'a survey closing today, with no online form: still open, pointing only to the page',
    props: { site: engagementPage({ survey: { ...surveyFields, closes: '2026-11-23' } }) },
    reads: [
      'Have your say',
      'Tell us about your care is open to patients and carers until 23 November 2026.',
      'Find out more on our page Share your views.',
    ],
    readsNot: ['Fill in the survey', 'Or find out more'],
    links: [{ text: 'Share your views', href: '/our-strategy/share-your-views/' }],
    linkCount: 1,
  },
  {
    name: 'the survey has closed: the soonest upcoming event, with its day, date and start time',
    props: {
      site: engagementPage({
        survey: { ...surveyFields, closes: '2026-11-01', link: 'https://forms.example/riverside-care' },
        events: [pastEvent, eveningEvent, morningEvent],
      }),
    },
    reads: ['Have your say', 'Our next event is Walk-in morning on Saturday 5 December 2026 at 10:30am.', 'Find out more about our events'],
    readsNot: ['Tell us about your care', 'Fill in the survey', 'Evening conversation online', 'Summer fair stall'],
    links: [{ text: 'Find out more about our events', href: '/our-strategy/share-your-views/' }],
    linkCount: 1,
  },
  {
    name: 'the next event has no time given: its date only, no time made up',
    props: { site: engagementPage({ events: [{ ...morningEvent, start: undefined }] }) },
    reads: ['Our next event is Walk-in morning on Saturday 5 December 2026.'],
    readsNot: [' at ', 'midnight', 'undefined'],
    linkCount: 1,
  },
  {
    name: 'a closed survey and past events only: nothing shown',
    props: { site: engagementPage({ survey: { ...surveyFields, closes: '2026-11-22' }, events: [pastEvent] }) },
    readsNot: ['Have your say', 'Tell us about your care', 'Summer fair stall', 'Our next event'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof EngagementHighlight>>[];
