/** Examples of KeyFigure for tests/components/fixtures.test.ts: the number written as people read it, with commas, then what was counted. */
import type { ComponentProps } from 'astro/types';
import type { ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type KeyFigure from './KeyFigure.astro';

export default [
  {
    name: 'a count in the thousands, with a comma',
    props: { value: 1450, label: 'people told us what matters to them' },
    reads: ['1,450 people told us what matters to them'],
    readsNot: ['1450'],
    linkCount: 0,
  },
  {
    name: 'a count in the millions, with a comma between each group of three',
    props: { value: 2300000, label: 'appointments a year' },
    reads: ['2,300,000 appointments a year'],
    readsNot: ['2300000', '2.3'],
  },
  {
    name: 'a small number: nothing added to it',
    props: { value: 7, label: 'community hubs' },
    reads: ['7 community hubs'],
    readsNot: ['7.0', '07', 'undefined'],
  },
  {
    name: 'a number with a decimal part keeps it',
    props: { value: 4.5, label: 'hours, the longest wait we want anyone to have' },
    reads: ['4.5 hours, the longest wait we want anyone to have'],
    readsNot: ['4,5'],
  },
] satisfies ComponentFixture<ComponentProps<typeof KeyFigure>>[];
