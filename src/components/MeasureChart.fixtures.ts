/** Examples of MeasureChart for tests/components/fixtures.test.ts: what the chart says in words, bar by bar. */
import type { ComponentProps } from 'astro/types';
import { pageData, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type MeasureChart from './MeasureChart.astro';

const measuresOf = (measures: Array<Record<string, unknown>>) => pageData('delivery', { measures }).measures!;
const [waits, noTarget, notYet, lower] = measuresOf([
  {
    name: 'People seen within 18 weeks',
    unit: '%',
    better: 'higher',
    baseline: { value: 61, date: 'March 2025' },
    values: [
      { value: 66, date: 'September 2025' },
      { value: 72, date: 'March 2026' },
    ],
    target: { value: 92, date: '2029/30' },
  },
  { name: 'Volunteers', unit: 'people', values: [{ value: 1450, date: '2025/26' }] },
  { name: 'Staff who would recommend us', notYetMeasured: 'We will publish the first figures in our 2026 annual report.' },
  {
    name: 'Days from referral to first visit',
    unit: 'days',
    better: 'lower',
    baseline: { value: 30, date: '2024/25' },
    values: [{ value: 21, date: '2025/26' }],
  },
]);

export default [
  {
    name: 'starting point, two measurements and a target, each bar labelled in words, with a text alternative',
    props: { measure: waits!, id: 'waits' },
    reads: [
      'Chart: People seen within 18 weeks',
      'Latest figure: 72% (March 2026); the target is 92% by 2029/30. Up from 61% (March 2025); higher is better, so this is improving.',
      'Target 92%',
      // Each bar is labelled with what it is and when, its value at the end of the bar.
      'Starting point, March 2025',
      '61%',
      'Measured, September 2025',
      '66%',
      'Measured, March 2026',
      '72%',
      'Target, 2029/30',
      '92%',
      // Which way it has moved, in words under the chart, for everyone.
      'Up from 61% (March 2025); higher is better, so this is improving.',
      'The same figures are in the table below.',
    ],
    // Percentages are drawn on a 0 to 100 scale, so no scale is stated.
    readsNot: ['Bars are drawn from'],
    linkCount: 0,
  },
  {
    name: 'one figure and no target: no target line, and numbers written with a comma',
    props: { measure: noTarget!, id: 'volunteers' },
    reads: [
      'Chart: Volunteers',
      'Latest figure: 1,450 people (2025/26).',
      'Measured, 2025/26',
      '1,450 people',
      'Bars are drawn from 0 to 2,000 people.',
    ],
    // With one figure there is no direction to tell.
    readsNot: ['Target', 'Starting point', 'Up from', 'Down from'],
  },
  {
    name: 'lower is better: a fall is improving',
    props: { measure: lower!, id: 'referral' },
    reads: [
      'Down from 30 days (2024/25); lower is better, so this is improving.',
      'Starting point, 2024/25',
      '30 days',
      'Measured, 2025/26',
      '21 days',
      'Down from 30 days (2024/25); lower is better, so this is improving.',
      'Bars are drawn from 0 to 50 days.',
    ],
  },
  {
    name: 'not measured yet: no chart at all',
    props: { measure: notYet!, id: 'recommend' },
    readsNot: ['Chart', 'Staff who would recommend us', 'table below'],
  },
] satisfies ComponentFixture<ComponentProps<typeof MeasureChart>>[];
