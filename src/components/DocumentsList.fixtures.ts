/**
 * Examples of DocumentsList for tests/components/fixtures.test.ts: what each file is (read from
 * the file by the build), the page of this site offered first when there is one, no date line
 * for an undated document, and how to ask for another format.
 */
import type { ComponentProps } from 'astro/types';
import { dataOf, fixtureSite, type ComponentFixture } from '../../tests/support/component-fixtures.ts';
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
      ],
    },
  },
  documentFiles: {
    'files/strategy.pdf': { format: 'PDF', bytes: 1_234_567, pages: 24 },
    'files/goals-summary.docx': { format: 'MS Word Document', bytes: 48_000 },
  },
});

export default [
  {
    name: 'a dated PDF, a summary with the same content as a page, and an undated link elsewhere',
    props: { data: dataOf(site, 'documents'), site },
    reads: [
      'Full strategy',
      'Our strategy 2025 to 2030',
      'Everything in one document.',
      'PDF, 1.2 MB, 24 pages',
      'Published 1 April 2025',
      'If you need this document in another format',
      'Summary',
      'Our goals on one page',
      'Read it on this site: Our goals',
      'Download it: Our goals on one page (MS Word Document, 47 KB)',
      'Easy read',
      'Our strategy in easy read',
      'If you need this document in another format, such as large print, easy read, audio, braille or another language, email strategy@riverside.example or phone 0300 555 0100. We will reply within 10 working days.',
    ],
    links: [
      { text: 'Our strategy 2025 to 2030', href: '/our-strategy/files/strategy.pdf' },
      { text: 'Read it on this site: Our goals', href: '/our-strategy/goals/' },
      { text: 'Download it: Our goals on one page', href: '/our-strategy/files/goals-summary.docx' },
      { text: 'Our strategy in easy read', href: 'https://www.riverside.example/easy-read.pdf' },
      { text: 'strategy@riverside.example', href: 'mailto:strategy@riverside.example' },
      { text: '0300 555 0100', href: 'tel:03005550100' },
    ],
    // Only the dated document says when it was published.
    readsNot: ['Published 1 January', 'undefined'],
  },
] satisfies ComponentFixture<ComponentProps<typeof DocumentsList>>[];
