/** Examples of ValuesList for tests/components/fixtures.test.ts: values with behaviours in the trust's words, or that they are being refreshed and when, if the trust said. */
import type { ComponentProps } from 'astro/types';
import { pageData, type ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type ValuesList from './ValuesList.astro';

export default [
  {
    name: 'values with behaviours under the trust’s own heading; a value named only has no behaviours heading',
    props: {
      data: pageData('values', {
        behavioursHeading: 'How you will see it',
        values: [
          { name: 'Kind', meaning: 'We treat everyone with warmth.', behaviours: ['We listen first.', 'We say thank you.'] },
          { name: 'Brave' },
        ],
      }),
    },
    reads: ['Kind', 'We treat everyone with warmth.', 'How you will see it', 'We listen first.', 'We say thank you.', 'Brave'],
    readsNot: ['What this looks like', 'being refreshed'],
  },
  {
    name: 'values named only: a plain list of the names, with no heading over nothing',
    props: { data: pageData('values', { values: [{ name: 'Kind' }, { name: 'Brave' }, { name: 'Open' }] }) },
    reads: ['Kind', 'Brave', 'Open'],
    readsNot: ['What this looks like'],
    headings: [],
  },
  {
    name: 'being refreshed, expected in a month the trust gave',
    props: { data: pageData('values', { refresh: { explanation: 'Staff are choosing new values with patients.', expected: '2027-03' } }) },
    reads: [
      'Our values are being refreshed',
      'Staff are choosing new values with patients.',
      'We expect to publish the new values by March 2027.',
    ],
  },
  {
    name: 'being refreshed with no time given: nothing said about when',
    props: { data: pageData('values', { refresh: { heading: 'New values are coming', explanation: 'Staff are choosing new values.' } }) },
    reads: ['New values are coming', 'Staff are choosing new values.'],
    readsNot: ['We expect', 'Our values are being refreshed'],
  },
] satisfies ComponentFixture<ComponentProps<typeof ValuesList>>[];
