/** Examples of MeasuresList for tests/components/fixtures.test.ts: each measure's chart with the same figures in a table, or the trust's words while nothing is measured. */
import type { ComponentProps } from 'astro/types';
import { pageData, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type MeasuresList from './MeasuresList.astro';

const { measures } = pageData('delivery', {
  measures: [
    {
      name: 'People seen within 18 weeks',
      goal: 'Shorter waits',
      unit: '%',
      baseline: { value: 61, date: 'March 2025' },
      values: [{ value: 72, date: 'March 2026' }],
      target: { value: 92 },
      source: 'Monthly waiting list data',
    },
    { name: 'Staff who would recommend us', notYetMeasured: 'We will publish the first figures in our 2026 annual report.' },
  ],
});

export default [
  {
    name: 'a measure with figures: chart, then the same figures in a table, the summary and the source; a measure not yet measured: its words only',
    props: { measures: measures! },
    reads: [
      'People seen within 18 weeks',
      'Part of: Shorter waits',
      'Chart: People seen within 18 weeks',
      'Figures for People seen within 18 weeks',
      'Figure When Value',
      'Starting point March 2025 61%',
      'Measured March 2026 72%',
      // A target with no date says so, rather than inventing one.
      'Target Not set 92%',
      'Latest figure: 72% (March 2026); the target is 92%.',
      'Source: Monthly waiting list data',
      'Staff who would recommend us',
      'We will publish the first figures in our 2026 annual report.',
    ],
    readsNot: ['Figures for Staff who would recommend us', 'Chart: Staff'],
    linkCount: 0,
  },
  {
    name: 'measures named only: a plain list of the names, with no heading over nothing',
    props: {
      measures: pageData('delivery', {
        measures: [{ name: 'Waiting times' }, { name: 'Staff survey results' }, { name: 'Patient feedback' }],
      }).measures!,
    },
    reads: ['Waiting times', 'Staff survey results', 'Patient feedback'],
    readsNot: ['Figures for', 'Not measured yet'],
    headings: [],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof MeasuresList>>[];
