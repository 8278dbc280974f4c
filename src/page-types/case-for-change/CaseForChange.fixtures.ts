/** Examples of CaseForChange for tests/components/fixtures.test.ts: only the parts a trust wrote, under its own headings or the defaults. */
import type { ComponentProps } from 'astro/types';
import { pageData, type ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type CaseForChange from './CaseForChange.astro';

export default [
  {
    name: 'summary, figures with their source, reasons with and without a description, and what people said',
    props: {
      data: pageData('case-for-change', {
        summary: 'Our population is growing older.',
        facts: [{ value: '1 in 4', label: 'people in our area are over 65', source: 'Census 2021' }],
        reasons: [
          { title: 'More long-term conditions', description: 'More people live with two or more conditions.' },
          { title: 'Ageing buildings' },
        ],
        heard: ['Care should be closer to home.'],
        heardHeading: 'What you told us',
      }),
    },
    reads: [
      'Our population is growing older.',
      'Where we are now',
      '1 in 4 people in our area are over 65',
      'Source: Census 2021',
      'Why we need to change',
      'More long-term conditions',
      'More people live with two or more conditions.',
      'Ageing buildings',
      'What you told us',
      'Care should be closer to home.',
    ],
    readsNot: ['What people told us'],
  },
  {
    name: 'nothing but the page itself: no headings over nothing',
    props: { data: pageData('case-for-change', {}) },
    readsNot: ['Where we are now', 'Why we need to change', 'What people told us'],
  },
] satisfies ComponentFixture<ComponentProps<typeof CaseForChange>>[];
