/** Examples of PriorityGroups for tests/components/fixtures.test.ts: groups with a name and a sentence, a sentence only, or neither, each priority with its description where the trust gave one. */
import type { ComponentProps } from 'astro/types';
import { pageData, type ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type PriorityGroups from './PriorityGroups.astro';

export default [
  {
    name: 'a named group with its sentence: the name, the sentence, then each priority with or without a description',
    props: {
      data: pageData('priorities', {
        groups: [
          {
            title: 'Our promise to families',
            statement: 'We will keep families informed at every step.',
            priorities: [
              { title: 'A named contact', description: 'Every family will know who to call, day or night.' },
              { title: 'Visiting that fits' },
            ],
          },
          { title: 'Our promise to staff', priorities: [{ title: 'Protected learning time' }] },
        ],
      }),
    },
    reads: [
      'Our promise to families',
      'We will keep families informed at every step.',
      'A named contact',
      'Every family will know who to call, day or night.',
      'Visiting that fits',
      'Our promise to staff',
      'Protected learning time',
    ],
    readsNot: ['undefined'],
    linkCount: 0,
  },
  {
    name: 'groups written as a sentence only: the sentence stands for the group, nothing invented as its name',
    props: {
      data: pageData('priorities', {
        groups: [
          {
            statement: 'We will make our buildings easier to find your way around.',
            priorities: [
              { title: 'Clearer signs', description: 'Signs in plain words and large print at every entrance.' },
              { title: 'Guides at the front door' },
            ],
          },
        ],
      }),
    },
    reads: [
      'We will make our buildings easier to find your way around.',
      'Clearer signs',
      'Signs in plain words and large print at every entrance.',
      'Guides at the front door',
    ],
    readsNot: ['undefined'],
  },
  {
    name: 'a group with neither a name nor a sentence: its priorities alone, each with its description where given',
    props: {
      data: pageData('priorities', {
        groups: [
          {
            priorities: [
              { title: 'Text message reminders', description: 'A reminder two days before each appointment.' },
              { title: 'Free parking for carers' },
            ],
          },
        ],
      }),
    },
    reads: ['Text message reminders', 'A reminder two days before each appointment.', 'Free parking for carers'],
    readsNot: ['undefined'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof PriorityGroups>>[];
