/**
 * Examples of PageHistory for tests/components/fixtures.test.ts: when a page was published, its last
 * update and every update newest first, its review dates, in the page's language and in easy read
 * words; and nothing at all for a page that gives no dates.
 */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import { pageHistory, pageReview } from '../schemas/pages/common.ts';
import type PageHistory from './PageHistory.astro';

const site = fixtureSite();
const history = pageHistory.parse({
  published: '2025-04-01',
  updates: [
    { date: '2025-10-14', note: 'Reworded our second goal.' },
    { date: '2026-06-03', note: 'Added what people will see in 2026/27.' },
  ],
});
const review = pageReview.parse({ lastReviewed: '2026-06-03', nextDue: '2027-06-03' });

export default [
  {
    name: 'published, updated twice, reviewed: the last update, every update newest first ending with the first publication, the review dates',
    props: { site, history, review },
    reads: [
      'Published 1 April 2025',
      'Last updated 3 June 2026',
      'See all updates',
      '3 June 2026 Added what people will see in 2026/27.',
      '14 October 2025 Reworded our second goal.',
      '1 April 2025 First published.',
      'Page last reviewed: 3 June 2026',
      'Next review due: 3 June 2027',
    ],
    attributes: [
      { text: '1 April 2025', has: { datetime: '2025-04-01' } },
      { text: '3 June 2027', has: { datetime: '2027-06-03' } },
    ],
    linkCount: 0,
  },
  {
    name: 'published, never updated: the publication date alone, no "Last updated", no list of updates',
    props: { site, history: pageHistory.parse({ published: '2025-04-01' }) },
    reads: ['Published 1 April 2025'],
    readsNot: ['Last updated', 'See all updates', 'reviewed', 'review due'],
  },
  {
    name: 'review dates only: no publication date is made up',
    props: { site, review },
    reads: ['Page last reviewed: 3 June 2026', 'Next review due: 3 June 2027'],
    readsNot: ['Published', 'updated'],
  },
  {
    name: 'no history and no review: nothing at all',
    props: { site },
    readsNot: ['Published', 'updated', 'reviewed', 'undefined'],
  },
  {
    name: 'on an easy read page: short sentences with the dates in them',
    props: { site, history, review, easyRead: true },
    reads: [
      'We put this page online on 1 April 2025.',
      'We last changed this page on 3 June 2026.',
      'What we changed',
      '3 June 2026 Added what people will see in 2026/27.',
      'We put this page online.',
      'We checked this page on 3 June 2026.',
      'We will check it again by 3 June 2027.',
    ],
    readsNot: ['Published', 'Page last reviewed'],
  },
  {
    name: 'in Welsh: the dates in Welsh',
    props: { site: fixtureSite({ settings: { language: 'cy-GB' } }), history, review },
    reads: [
      'Cyhoeddwyd 1 Ebrill 2025',
      'Diweddarwyd ddiwethaf 3 Mehefin 2026',
      'Gweld pob diweddariad',
      'Dyddiad yr adolygiad nesaf: 3 Mehefin 2027',
    ],
    attributes: [{ text: '3 Mehefin 2026', has: { datetime: '2026-06-03' } }],
  },
  {
    name: 'in Urdu: the labels and dates in Urdu',
    props: { site: fixtureSite({ settings: { language: 'ur-PK' } }), history: pageHistory.parse({ published: '2025-04-01' }) },
    reads: ['شائع ہوا:'],
    readsNot: ['Published'],
  },
] satisfies ComponentFixture<ComponentProps<typeof PageHistory>>[];
