/** Examples of Breadcrumbs for tests/components/fixtures.test.ts: nothing on the home page, then each crumb as a link and a "Back to" link to the nearest parent. */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type Breadcrumbs from './Breadcrumbs.astro';

// Crumbs are made as the page routes make them: from the trust's address and its easy read home.
const site = fixtureSite({ twins: ['index'] });
const home = { label: 'Home', href: site.href('') };
const easyReadHome = { label: 'Easy read', href: site.homeTwin!.href };

export default [
  {
    name: 'the home page: no crumbs, so no breadcrumb and no back link',
    props: { crumbs: [] },
    readsNot: ['Back to', 'Home'],
    linkCount: 0,
  },
  {
    name: 'a standard page: one crumb, home, and a link back to it',
    props: { crumbs: [home] },
    reads: ['Home', 'Back to Home'],
    links: [
      { text: 'Home', href: '/our-strategy/' },
      { text: 'Back to Home', href: '/our-strategy/' },
    ],
    linkCount: 2,
  },
  {
    name: 'an easy read page: home then the easy read home, and the back link goes to the nearest, the easy read home',
    props: { crumbs: [home, easyReadHome] },
    reads: ['Home', 'Easy read', 'Back to Easy read'],
    readsNot: ['Back to Home'],
    links: [
      { text: 'Home', href: '/our-strategy/' },
      { text: 'Easy read', href: '/our-strategy/easy-read/' },
      { text: 'Back to Easy read', href: '/our-strategy/easy-read/' },
    ],
    linkCount: 3,
  },
] satisfies ComponentFixture<ComponentProps<typeof Breadcrumbs>>[];
