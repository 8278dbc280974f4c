/** Examples of StrategyOnAPage for tests/components/fixtures.test.ts: the centre, the items around it and the values, in reading order. */
import type { ComponentProps } from 'astro/types';
import type { ComponentFixture } from '../fixtures/component-fixtures.ts';
import { fixtureSite } from '../fixtures/component-fixtures.ts';
import { fullStrategy, prioritiesOnly } from '../fixtures/fixture-trusts.ts';
import type StrategyOnAPage from './StrategyOnAPage.astro';

export default [
  {
    name: 'on the home page: the mission at the centre, the goals around it, the values beneath, and where to print it',
    props: { site: fullStrategy() },
    reads: [
      'Our strategy on a page',
      'Our mission',
      'Good care, close to home, for everyone.',
      'Our goals',
      'Shorter waits',
      'We will see people sooner.',
      'Care at home',
      'A good place to work',
      'Our values',
      'Kind',
      'Open',
      'Open the strategy on a page to print it or download it as a picture for slides and newsletters',
    ],
    links: [
      { text: 'Open the strategy on a page to print it', href: '/our-strategy/strategy-on-a-page/' },
      { text: 'download it as a picture for slides and newsletters', href: '/our-strategy/strategy-on-a-page.svg' },
    ],
    linkCount: 2,
  },
  {
    name: 'on its own page: no heading of its own and no link to itself',
    props: { site: fullStrategy(), standalone: true },
    reads: [
      'Our mission',
      'Good care, close to home, for everyone.',
      'Shorter waits',
      'Download it as a picture for slides and newsletters',
    ],
    readsNot: ['Our strategy on a page', 'Open the strategy on a page'],
    links: [{ text: 'Download it as a picture for slides and newsletters', href: '/our-strategy/strategy-on-a-page.svg' }],
    linkCount: 1,
  },
  {
    name: 'themes around their own centre when there is no mission or vision',
    props: {
      site: fixtureSite({
        pages: {
          themes: {
            type: 'themes',
            title: 'What we have heard so far',
            centre: 'People at the heart of everything',
            themes: [{ title: 'Fair access' }, { title: 'Joined-up care', description: 'One team around each person.' }],
          },
        },
      }),
    },
    reads: [
      'At the centre',
      'People at the heart of everything',
      'What we have heard so far',
      'Fair access',
      'Joined-up care',
      'One team around each person.',
    ],
  },
  {
    name: 'priorities with no group names: nothing to put around the centre, so nothing is shown',
    props: { site: prioritiesOnly() },
    readsNot: ['Our strategy on a page', 'Fair rotas'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof StrategyOnAPage>>[];
