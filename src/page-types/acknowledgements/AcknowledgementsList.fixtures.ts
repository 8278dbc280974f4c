/** Examples of AcknowledgementsList for tests/components/fixtures.test.ts: every group thanked by name, in order, with what it did where the trust said. */
import type { ComponentProps } from 'astro/types';
import { pageData, type ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type AcknowledgementsList from './AcknowledgementsList.astro';

export default [
  {
    name: 'some groups with what they did, one without: each name, then its own words only',
    props: {
      data: pageData('acknowledgements', {
        groups: [
          { name: 'Millbrook Youth Panel', contribution: 'Tested our plans with young people in six schools.' },
          { name: 'Riverside Hospital Volunteers' },
          { name: 'The Deaf Community Forum', contribution: 'Helped us film a summary in British Sign Language.' },
        ],
      }),
    },
    reads: [
      'Millbrook Youth Panel',
      'Tested our plans with young people in six schools.',
      'Riverside Hospital Volunteers',
      'The Deaf Community Forum',
      'Helped us film a summary in British Sign Language.',
    ],
    readsNot: ['undefined'],
    linkCount: 0,
  },
  {
    name: 'names only: a plain list of every name, in order',
    props: {
      data: pageData('acknowledgements', {
        groups: [{ name: 'Our carers’ group' }, { name: 'Hillside Patient Voices' }, { name: 'Staff network for disabled colleagues' }],
      }),
    },
    reads: ['Our carers’ group', 'Hillside Patient Voices', 'Staff network for disabled colleagues'],
    readsNot: ['undefined'],
    linkCount: 0,
  },
  {
    name: 'one group thanked, with what it did',
    props: {
      data: pageData('acknowledgements', {
        groups: [{ name: 'Eastfield Pharmacy Team', contribution: 'Ran our survey stall for a month.' }],
      }),
    },
    reads: ['Eastfield Pharmacy Team', 'Ran our survey stall for a month.'],
    readsNot: ['undefined'],
  },
] satisfies ComponentFixture<ComponentProps<typeof AcknowledgementsList>>[];
