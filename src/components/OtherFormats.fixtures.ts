/**
 * Examples of OtherFormats for tests/components/fixtures.test.ts: how to ask for another format
 * (Accessible Information Standard), only the formats the trust offers and nothing when it lists
 * none, by the routes the trust gave, with a reply time only when the trust promised one, and in
 * easy read words on easy read pages.
 */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type OtherFormats from './OtherFormats.astro';

const noContact = { email: undefined, phone: undefined };

export default [
  {
    name: 'email and phone with a promised reply time',
    props: { site: fixtureSite({ settings: { contact: { responseTime: 'within 5 working days' } } }) },
    reads: [
      'If you need this information in large print, braille or another language, email strategy@riverside.example or phone 0300 555 0100.',
      'We will reply within 5 working days.',
    ],
    links: [
      { text: 'strategy@riverside.example', href: 'mailto:strategy@riverside.example' },
      { text: '0300 555 0100', href: 'tel:03005550100' },
    ],
    linkCount: 2,
  },
  {
    name: 'beside a download, with only a contact page and no reply time promised: no time is invented',
    props: {
      site: fixtureSite({ settings: { contact: { ...noContact, page: 'https://www.riverside.example/get-in-touch/' } } }),
      subject: 'this plan',
    },
    reads: ["If you need this plan in large print, braille or another language, use Riverside Community NHS Trust's contact page."],
    readsNot: ['We will reply', 'this information', 'email', 'phone', 'undefined'],
    links: [{ text: "Riverside Community NHS Trust's contact page", href: 'https://www.riverside.example/get-in-touch/' }],
    linkCount: 1,
  },
  {
    name: 'no contact details and no reply time: ask the trust by name, nothing promised',
    props: { site: fixtureSite({ settings: { contact: noContact } }) },
    reads: ['If you need this information in large print, braille or another language, contact Riverside Community NHS Trust.'],
    readsNot: ['We will reply', 'email', 'phone', 'undefined'],
    linkCount: 0,
  },
  {
    name: 'one format offered: only that one, with no list words around it',
    props: { site: fixtureSite({ settings: { accessibility: { otherFormats: ['british-sign-language'] } } }) },
    reads: ['If you need this information in British Sign Language, email strategy@riverside.example or phone 0300 555 0100.'],
    readsNot: ['large print', 'braille', 'another language', 'such as', ' or British'],
    linkCount: 2,
  },
  {
    name: 'one format offered, on an easy read page, with no contact details: one sentence each',
    props: {
      site: fixtureSite({
        settings: { contact: { email: undefined, phone: undefined }, accessibility: { otherFormats: ['large-print'] } },
      }),
      easyRead: true,
    },
    reads: ['You can ask for this in large print.', 'To ask, contact Riverside Community NHS Trust.'],
    readsNot: ['You can ask for this in:', 'To ask, you can:', 'We will reply'],
    linkCount: 0,
  },
  {
    name: 'the trust has not said what it offers: no offer at all',
    props: { site: fixtureSite({ settings: { accessibility: { otherFormats: undefined } } }) },
    readsNot: ['format', 'large print', 'braille', 'easy read', 'audio', 'another language', 'If you need'],
    linkCount: 0,
  },
  {
    name: 'on an easy read page: short sentences in easy words',
    props: { site: fixtureSite({ settings: { contact: { responseTime: 'within 10 working days' } } }), easyRead: true },
    reads: [
      'You can ask for this in: large print braille another language',
      'To ask, you can: email strategy@riverside.example phone 0300 555 0100',
      'We will reply within 10 working days.',
    ],
    readsNot: ['If you need', 'format', 'easy read'],
    linkCount: 2,
  },
] satisfies ComponentFixture<ComponentProps<typeof OtherFormats>>[];
