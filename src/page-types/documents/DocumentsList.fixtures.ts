/**
 * Examples of DocumentsList for tests/components/fixtures.test.ts: what each file is (read from
 * the file by the build), the page of this site with the same content when there is one, no date line
 * for an undated document, and how to ask for another format.
 */
import type { ComponentProps } from 'astro/types';
import { dataOf, fixtureSite, type ComponentFixture } from '../../fixtures/component-fixtures.ts';
import type DocumentsList from './DocumentsList.astro';

const site = fixtureSite({
  pages: {
    goals: { type: 'goals', title: 'Our goals', goals: [{ title: 'Shorter waits' }, { title: 'Care at home' }] },
    documents: {
      type: 'documents',
      title: 'Documents',
      documents: [
        {
          title: 'Our strategy 2025 to 2030',
          kind: 'full',
          file: 'files/strategy.pdf',
          date: '2025-04-01',
          description: 'Everything in one document.',
        },
        { title: 'Our goals on one page', kind: 'summary', file: 'files/goals-summary.docx', page: 'goals' },
        { title: 'Our strategy in easy read', kind: 'easy-read', link: 'https://www.riverside.example/easy-read.pdf' },
        { title: 'Ein strategaeth 2025 i 2030', kind: 'full', link: 'https://www.riverside.example/strategaeth.pdf', language: 'cy-GB' },
        { title: 'Our strategy summary', kind: 'summary', link: 'https://www.riverside.example/summary.pdf', language: 'en' },
      ],
    },
  },
  documentFiles: {
    'files/strategy.pdf': { format: 'pdf', bytes: 1_234_567, pages: 24 },
    'files/goals-summary.docx': { format: 'docx', bytes: 48_000 },
  },
});

const onRequest = fixtureSite({
  settings: { contact: { email: undefined, phone: '0300 555 0177', page: 'https://www.riverside.example/contact-us/' } },
  pages: {
    documents: {
      type: 'documents',
      title: 'Documents',
      documents: [{ title: 'Our strategy 2020 to 2025', kind: 'full', onRequest: true }],
    },
  },
});

export default [
  {
    name: 'a document on request: says how to ask for it, by the routes the trust gives, beside it',
    props: { data: dataOf(onRequest, 'documents'), site: onRequest },
    reads: [
      'Our strategy 2020 to 2025',
      "Available on request. To ask for a copy, phone 0300 555 0177 or use Riverside Community NHS Trust's contact page.",
    ],
    readsNot: ['the box below', 'Download'],
    links: [
      { text: '0300 555 0177', href: 'tel:03005550177' },
      { text: "Riverside Community NHS Trust's contact page", href: 'https://www.riverside.example/contact-us/' },
    ],
  },
  {
    name: 'a dated PDF, a summary with the same content as a page, and an undated link elsewhere',
    props: { data: dataOf(site, 'documents'), site },
    reads: [
      'Full strategy',
      'Our strategy 2025 to 2030',
      // The file's facts and its date are read apart, not run together ("24 pagesPublished").
      'PDF, 1.2 MB, 24 pages Published 1 April 2025',
      'Everything in one document.',
      'Summary',
      'Our goals on one page',
      'MS Word Document, 47 KB',
      'Also on this site: Our goals',
      'Easy read',
      'Our strategy in easy read',
      'On another website',
      // A document in another language says which, in the reader's words and its own.
      'Ein strategaeth 2025 i 2030 On another website Language: Welsh (Cymraeg)',
      // One in the page's own language says nothing of its language.
      'Our strategy summary On another website',
      // The request for other formats is made once, after the list, by the routes the trust gave.
      'If you need any of these documents in large print, braille or another language, email strategy@riverside.example or phone 0300 555 0100.',
    ],
    links: [
      { text: 'Our strategy 2025 to 2030', href: '/our-strategy/files/strategy.pdf' },
      { text: 'Our goals on one page', href: '/our-strategy/files/goals-summary.docx' },
      { text: 'Our goals', href: '/our-strategy/goals/' },
      { text: 'Our strategy in easy read', href: 'https://www.riverside.example/easy-read.pdf' },
      { text: 'strategy@riverside.example', href: 'mailto:strategy@riverside.example' },
      { text: '0300 555 0100', href: 'tel:03005550100' },
    ],
    // Only the dated document says when it was published.
    // No reply time is published when the trust has not promised one.
    readsNot: ['Published 1 January', 'undefined', 'We will reply', 'Language: English'],
    attributes: [
      { text: 'Ein strategaeth 2025 i 2030', has: { lang: 'cy-GB', dir: 'auto' } },
      { text: 'Ein strategaeth 2025 i 2030', has: { hreflang: 'cy-GB' } },
    ],
  },
] satisfies ComponentFixture<ComponentProps<typeof DocumentsList>>[];
