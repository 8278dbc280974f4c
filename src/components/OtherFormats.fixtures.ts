/**
 * Examples of OtherFormats for tests/components/fixtures.test.ts: how to ask for another format
 * (Accessible Information Standard) by the routes the trust gave, with a reply time only when the
 * trust promised one.
 */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../../tests/support/component-fixtures.ts';
import type OtherFormats from './OtherFormats.astro';

const noContact = { email: undefined, phone: undefined };

export default [
  {
    name: 'email and phone with a promised reply time',
    props: { site: fixtureSite({ settings: { contact: { responseTime: 'within 5 working days' } } }) },
    reads: [
      'If you need this information in another format, such as large print, easy read, audio, braille or another language, email strategy@riverside.example or phone 0300 555 0100.',
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
    reads: [
      "If you need this plan in another format, such as large print, easy read, audio, braille or another language, use Riverside Community NHS Trust's contact page.",
    ],
    readsNot: ['We will reply', 'this information', 'email', 'phone', 'undefined'],
    links: [{ text: "Riverside Community NHS Trust's contact page", href: 'https://www.riverside.example/get-in-touch/' }],
    linkCount: 1,
  },
  {
    name: 'no contact details and no reply time: ask the trust by name, nothing promised',
    props: { site: fixtureSite({ settings: { contact: noContact } }) },
    reads: ['If you need this information in another format,', 'or another language, contact Riverside Community NHS Trust.'],
    readsNot: ['We will reply', 'email', 'phone', 'undefined'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof OtherFormats>>[];
