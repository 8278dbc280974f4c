/**
 * Examples of SiteFooter for tests/components/fixtures.test.ts: how to ask for the other formats the
 * trust offers by the routes it gave (left out where the page already asks or the trust lists none;
 * in easy read words on easy read pages), the support pages at the trust's own
 * address, the easy read version only when there is an easy read home, and the trust's name.
 */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type SiteFooter from './SiteFooter.astro';

// A trust with an easy read home that has promised a reply time.
const withEasyRead = fixtureSite({
  settings: { contact: { responseTime: 'within 10 working days' } },
  twins: ['index'],
});

// A foundation trust under a folder of its own website, with an easy read page but no easy read home, and no reply time promised.
const elsewhere = fixtureSite({
  settings: {
    name: 'Northbank Hospitals NHS Foundation Trust',
    shortName: 'Northbank Hospitals',
    descriptor: 'NHS Foundation Trust',
    slug: 'northbank',
    url: 'https://www.northbank.example/strategy/',
    contact: { email: 'plans@northbank.example', phone: '0300 555 0142' },
  },
  pages: {
    goals: {
      type: 'goals',
      title: 'Our goals',
      goals: [{ title: 'Fewer missed appointments' }],
    },
  },
  twins: ['goals'],
});

export default [
  {
    name: 'every part: the request for other formats with a reply time, the support pages with the easy read home, the trust’s name',
    props: { site: withEasyRead },
    reads: [
      'If you need this information in large print, braille or another language, email strategy@riverside.example or phone 0300 555 0100.',
      'We will reply within 10 working days.',
      'Support links',
      'Contents (A to Z)',
      'Contact us',
      'Easy read',
      'Accessibility statement',
      'Cookies',
      '© Riverside Community NHS Trust',
    ],
    links: [
      {
        text: 'strategy@riverside.example',
        href: 'mailto:strategy@riverside.example',
      },
      { text: '0300 555 0100', href: 'tel:03005550100' },
      { text: 'Contents (A to Z)', href: '/our-strategy/contents/' },
      { text: 'Contact us', href: '/our-strategy/contact/' },
      { text: 'Easy read', href: '/our-strategy/easy-read/' },
      { text: 'Accessibility statement', href: '/our-strategy/accessibility/' },
      { text: 'Cookies', href: '/our-strategy/cookies/' },
    ],
    linkCount: 7,
  },
  {
    name: 'on a documents page, which asks for other formats itself: the support pages only, once',
    props: { site: withEasyRead, otherFormats: false },
    reads: [
      'Support links',
      'Contents (A to Z)',
      'Contact us',
      'Easy read',
      'Accessibility statement',
      'Cookies',
      '© Riverside Community NHS Trust',
    ],
    readsNot: ['another format', 'strategy@riverside.example', 'We will reply'],
    linkCount: 5,
  },
  {
    name: 'a trust with an easy read page but no easy read home, and no reply time: no easy read link, no promise, links under its own folder',
    props: { site: elsewhere },
    reads: [
      'email plans@northbank.example or phone 0300 555 0142.',
      'Contents (A to Z)',
      'Contact us',
      'Accessibility statement',
      'Cookies',
      '© Northbank Hospitals NHS Foundation Trust',
    ],
    readsNot: ['We will reply', 'Easy read', 'Riverside', 'undefined'],
    links: [
      { text: 'Contents (A to Z)', href: '/strategy/contents/' },
      { text: 'Contact us', href: '/strategy/contact/' },
      { text: 'Accessibility statement', href: '/strategy/accessibility/' },
      { text: 'Cookies', href: '/strategy/cookies/' },
    ],
    linkCount: 6,
  },
  {
    name: 'a trust that has not said which other formats it offers: no offer, the support pages only',
    props: { site: fixtureSite({ settings: { accessibility: { otherFormats: undefined } } }) },
    reads: ['Support links', 'Contents (A to Z)', 'Contact us', 'Accessibility statement', 'Cookies', '© Riverside Community NHS Trust'],
    readsNot: ['format', 'large print', 'braille', 'easy read', 'audio', 'another language', 'strategy@riverside.example'],
    linkCount: 4,
  },
  {
    name: 'on an easy read page: the offer in easy read words',
    props: { site: withEasyRead, easyRead: true },
    reads: [
      'You can ask for this in: large print braille another language',
      'To ask, you can: email strategy@riverside.example phone 0300 555 0100',
      'We will reply within 10 working days.',
      'Support links',
    ],
    readsNot: ['If you need', 'another format'],
    linkCount: 7,
  },
] satisfies ComponentFixture<ComponentProps<typeof SiteFooter>>[];
