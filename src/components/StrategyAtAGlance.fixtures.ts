/** Examples of StrategyAtAGlance for tests/components/fixtures.test.ts: a summary of whichever parts a trust has, and no heading over nothing. */
import type { ComponentProps } from 'astro/types';
import type { ComponentFixture } from '../fixtures/component-fixtures.ts';
import { fullStrategy, itemsOf, plainOnly, prioritiesOnly } from '../fixtures/fixture-trusts.ts';
import type StrategyAtAGlance from './StrategyAtAGlance.astro';

export default [
  {
    name: 'every part, in the order of the strategy, each linking to its page',
    props: { site: fullStrategy() },
    reads: [
      'The strategy at a glance',
      'Our mission',
      'Good care, close to home, for everyone.',
      'Read about our mission',
      'Our vision',
      'A healthier riverside by 2030.',
      'Read about our vision',
      'Our goals',
      'Shorter waits',
      'We will see people sooner.',
      'Care at home',
      'A good place to work',
      'Our goals in full',
      'Our values',
      'Kind',
      'We treat everyone with warmth.',
      'Open',
      'Our values in full',
      'How we are doing',
      'People seen within 18 weeks. Latest figure: 72% (March 2026); the target is 92% by 2029/30.',
      'Read how we are doing',
    ],
    links: [
      { text: 'Read about our mission', href: '/our-strategy/mission/' },
      { text: 'Read about our vision', href: '/our-strategy/vision/' },
      { text: 'Our goals in full', href: '/our-strategy/goals/' },
      { text: 'Our values in full', href: '/our-strategy/values/' },
      { text: 'Read how we are doing', href: '/our-strategy/delivery/' },
    ],
    linkCount: 5,
  },
  {
    name: 'priorities as sentences with no group names, values being refreshed with words for when',
    props: { site: prioritiesOnly() },
    reads: [
      'The strategy at a glance',
      'Our priorities',
      'We will treat people as partners in their care.',
      'Shared care plans',
      'Clear letters',
      'We will look after our staff.',
      'Fair rotas',
      'Our priorities in full',
      'Our values are being refreshed. We expect to publish the new values in our next annual report.',
      'Our values in full',
    ],
    readsNot: ['Our mission', 'Our goals', 'undefined'],
    links: [
      { text: 'Our priorities in full', href: '/strategy/priorities/' },
      { text: 'Our values in full', href: '/strategy/values/' },
    ],
  },
  {
    name: 'one goal and one value: each a card of its own, with its sentence',
    props: { site: itemsOf(1) },
    reads: [
      'Our goals',
      'Goal 1',
      'What goal 1 will change.',
      'Our goals in full',
      'Our values',
      'Value 1',
      'What value 1 means.',
      'Our values in full',
    ],
    readsNot: ['Goal 2', 'Value 2', 'undefined'],
    links: [
      { text: 'Our goals in full', href: '/our-strategy/goals/' },
      { text: 'Our values in full', href: '/our-strategy/values/' },
    ],
    linkCount: 2,
  },
  {
    name: 'eight goals and eight values: every one, in order, each with its sentence',
    props: { site: itemsOf(8) },
    reads: [
      'Our goals',
      ...Array.from({ length: 8 }, (_, index) => [`Goal ${index + 1}`, `What goal ${index + 1} will change.`]).flat(),
      'Our goals in full',
      'Our values',
      ...Array.from({ length: 8 }, (_, index) => [`Value ${index + 1}`, `What value ${index + 1} means.`]).flat(),
      'Our values in full',
    ],
    readsNot: ['Goal 9', 'undefined'],
    linkCount: 2,
  },
  {
    name: 'nothing to summarise: no heading at all',
    props: { site: plainOnly() },
    readsNot: ['The strategy at a glance'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof StrategyAtAGlance>>[];
