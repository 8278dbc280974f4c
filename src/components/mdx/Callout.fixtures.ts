/**
 * Examples of Callout for tests/components/fixtures.test.ts: a point set apart, announced as information,
 * under the editor's heading when one is given and with no empty heading when not. (The fixtures are
 * rendered without slot content, so the box's own text is not part of these examples.)
 */
import type { ComponentProps } from 'astro/types';
import type { ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type Callout from './Callout.astro';

export default [
  {
    name: 'with a heading: announced as information, then the heading',
    props: { title: 'What this means for you' },
    reads: ['Information:', 'What this means for you'],
    readsNot: ['undefined'],
  },
  {
    name: 'no heading given: announced as information, with no empty or made-up heading',
    props: {},
    reads: ['Information:'],
    readsNot: ['undefined', 'Note', 'Important'],
  },
] satisfies ComponentFixture<ComponentProps<typeof Callout>>[];
