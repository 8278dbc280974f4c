/** Examples of GoalsList for tests/components/fixtures.test.ts: each goal with whatever the trust wrote for it, under the trust's own word and headings, and no heading over nothing. */
import type { ComponentProps } from 'astro/types';
import { pageData, type ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type GoalsList from './GoalsList.astro';

export default [
  {
    name: 'every part given: the trust’s word before each number, its own headings over outcomes and measures',
    props: {
      data: pageData('goals', {
        itemName: 'focus area',
        outcomesHeading: 'What changes for you',
        measuresHeading: 'How we will track it',
        goals: [
          {
            title: 'Quicker answers after a scan',
            statement: 'We will tell people their results within a week.',
            outcomes: ['Less time spent worrying.', 'Treatment starts sooner.'],
            measures: ['Results sent within 7 days', 'Complaints about delays'],
          },
          {
            title: 'Stronger teams in the community',
            statement: 'We will give district nurses the time they need for each visit.',
            measures: ['Visits that run to time'],
          },
        ],
      }),
    },
    reads: [
      'Focus area 1: Quicker answers after a scan',
      'We will tell people their results within a week.',
      'What changes for you',
      'Less time spent worrying.',
      'Treatment starts sooner.',
      'How we will track it',
      'Results sent within 7 days',
      'Complaints about delays',
      'Focus area 2: Stronger teams in the community',
      'We will give district nurses the time they need for each visit.',
      'How we will track it',
      'Visits that run to time',
    ],
    // The second goal has no outcomes: no outcomes heading under it, and the defaults are never used.
    readsNot: ['What this will mean', 'How we will know', 'undefined'],
    linkCount: 0,
  },
  {
    name: 'no word for an item and the default headings: each read by its name alone; a goal with outcomes only, a goal with a statement only',
    props: {
      data: pageData('goals', {
        goals: [
          { title: 'Fewer trips to hospital', outcomes: ['More check-ups done by video.'] },
          { title: 'Fairer access', statement: 'We will open clinics in the evenings.' },
        ],
      }),
    },
    reads: [
      'Fewer trips to hospital',
      'What this will mean',
      'More check-ups done by video.',
      'Fairer access',
      'We will open clinics in the evenings.',
    ],
    readsNot: ['1: ', '2: ', 'How we will know', 'undefined'],
  },
  {
    name: 'one goal that is a name only: the name and nothing invented under it',
    props: { data: pageData('goals', { itemName: 'ambition', goals: [{ title: 'A greener estate' }] }) },
    reads: ['A greener estate'],
    readsNot: ['Ambition 1', 'What this will mean', 'How we will know', 'undefined'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof GoalsList>>[];
