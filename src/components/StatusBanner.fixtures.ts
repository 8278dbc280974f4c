/** Examples of StatusBanner for tests/components/fixtures.test.ts: the strategy's name and years, then where it is in its life, in the words for each status, and in easy read words on easy read pages. */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type StatusBanner from './StatusBanner.astro';

const withStatus = (status: string, launched?: string) =>
  fixtureSite({ settings: { strategy: { name: 'Healthier together', period: { start: 2026, end: 2031 }, status, launched } } });

export default [
  {
    name: 'launched: the strategy in force',
    props: { site: withStatus('launched', '2026-04-01') },
    reads: ['Healthier together, 2026 to 2031.', 'Our current strategy.'],
    readsNot: ['Draft', 'listening', 'refreshing', '1 April 2026'],
    linkCount: 0,
  },
  {
    name: 'still listening, not launched: says it is being developed with people, and no launch date',
    props: { site: withStatus('engagement') },
    reads: ['Healthier together, 2026 to 2031.', 'We are listening: this strategy is being developed with you.'],
    readsNot: ['Our current strategy', 'Draft', 'undefined'],
    linkCount: 0,
  },
  {
    name: 'a draft: says it has not been agreed yet',
    props: { site: withStatus('draft') },
    reads: ['Healthier together, 2026 to 2031.', 'Draft: this strategy has not been agreed yet.'],
    readsNot: ['Our current strategy', 'listening'],
    linkCount: 0,
  },
  {
    name: 'being refreshed: asks people to have their say',
    props: { site: withStatus('refreshing', '2026-04-01') },
    reads: ['Healthier together, 2026 to 2031.', 'We are refreshing this strategy: have your say.'],
    readsNot: ['Our current strategy', 'Draft'],
    linkCount: 0,
  },
  {
    name: 'on an easy read page, launched: easy read words, the plan called by its name',
    props: { site: withStatus('launched', '2026-04-01'), easyRead: true },
    reads: ['Our plan is called Healthier together. It is for 2026 to 2031. We are using this plan now.'],
    readsNot: ['strategy', 'Our current'],
    linkCount: 0,
  },
  {
    name: 'on an easy read page, still listening: says people are being asked, in easy words',
    props: { site: withStatus('engagement'), easyRead: true },
    reads: [
      'Our plan is called Healthier together. It is for 2026 to 2031. We are still making this plan. We are asking people what they think.',
    ],
    readsNot: ['strategy', 'developed'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof StatusBanner>>[];
