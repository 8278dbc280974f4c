/**
 * Examples of ProgressReport for tests/components/fixtures.test.ts: each goal's status is read as
 * words (never colour alone), the period and dates in words, and who agreed the report only when
 * the trust said.
 */
import type { ComponentProps } from 'astro/types';
import { dataOf, fixtureSite, type ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type ProgressReport from './ProgressReport.astro';

const everyPart = fixtureSite({
  pages: {
    'progress-2026': {
      type: 'progress-report',
      title: 'Our first year',
      period: { start: '2026-04', end: '2027-03' },
      published: '2027-06-24',
      agreedAt: {
        meeting: 'Public board meeting',
        date: '2027-06-24',
        paper: 'Paper 9',
        link: 'https://www.riverside.example/board-papers/',
      },
      goals: [
        { goal: 'Shorter waits', status: 'on-track', progress: 'We cut the longest waits for hip operations.' },
        { goal: 'Care at home', status: 'some-delay', progress: 'The new community team started three months late.' },
        { goal: 'A good place to work', status: 'not-started', progress: 'We will start this work next spring.' },
        { goal: 'A new front door', status: 'done', progress: 'The new entrance opened in May.' },
      ],
      changes: ['We opened a clinic in Northgate.'],
      next: ['We will open a second clinic in Southbay.'],
    },
  },
});

const noBoard = fixtureSite({
  pages: {
    'progress-2026': {
      type: 'progress-report',
      title: 'Our first year',
      period: { start: '2026-01', end: '2026-12' },
      published: '2027-02-01',
      goals: [{ goal: 'Shorter waits', status: 'on-track', progress: 'Waits fell every month.' }],
    },
  },
});

export default [
  {
    name: 'every part: the period and dates in words, who agreed it with a link to the papers, each status as words, what changed and what comes next',
    props: { data: dataOf(everyPart, 'progress-report'), site: everyPart },
    reads: [
      'Covers',
      'April 2026 to March 2027',
      'Published',
      '24 June 2027',
      'Agreed by',
      'Public board meeting, 24 June 2027, Paper 9',
      'Read the board papers',
      'How each goal is going',
      'Shorter waits',
      'Status: On track',
      'We cut the longest waits for hip operations.',
      'Care at home',
      'Status: Some delay',
      'A good place to work',
      'Status: Not started',
      'A new front door',
      'Status: Done',
      'What changed',
      'We opened a clinic in Northgate.',
      'What comes next',
      'We will open a second clinic in Southbay.',
    ],
    readsNot: ['undefined', 'on-track', 'some-delay'],
    links: [{ text: 'Read the board papers', href: 'https://www.riverside.example/board-papers/' }],
    linkCount: 1,
    headings: [
      'How each goal is going',
      'Shorter waits',
      'Care at home',
      'A good place to work',
      'A new front door',
      'What changed',
      'What comes next',
    ],
  },
  {
    name: 'a report that does not say who agreed it, nor what changed or comes next: nothing said for it, no heading over nothing',
    props: { data: dataOf(noBoard, 'progress-report'), site: noBoard },
    reads: ['January 2026 to December 2026', '1 February 2027', 'Shorter waits', 'Status: On track', 'Waits fell every month.'],
    readsNot: ['Agreed by', 'board papers', 'What changed', 'What comes next', 'undefined'],
    linkCount: 0,
    headings: ['How each goal is going', 'Shorter waits'],
  },
] satisfies ComponentFixture<ComponentProps<typeof ProgressReport>>[];
