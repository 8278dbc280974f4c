/** Examples of PhoneLink for tests/components/fixtures.test.ts: a number read as the trust wrote it, dialled without its spaces, and any words written with it shown beside the link. */
import type { ComponentProps } from 'astro/types';
import type { ComponentFixture } from '../fixtures/component-fixtures.ts';
import type PhoneLink from './PhoneLink.astro';

export default [
  {
    name: 'a number written in groups: read in its groups, dialled as one run of digits, its groups in order in any language',
    props: { number: '0300 555 0142' },
    reads: ['0300 555 0142'],
    links: [{ text: '0300 555 0142', href: 'tel:03005550142' }],
    linkCount: 1,
    leftToRight: ['0300 555 0142'],
  },
  {
    name: 'an international number with uneven spacing: every space left out of the number dialled',
    props: { number: '+44 1632  960 018' },
    reads: ['+44 1632 960 018'],
    links: [{ text: '+44 1632 960 018', href: 'tel:+441632960018' }],
    linkCount: 1,
  },
  {
    name: 'words written with the number: shown as written, only the number dialled',
    props: { number: '0300 555 0177 (option 3)' },
    reads: ['0300 555 0177 (option 3)'],
    links: [{ text: '0300 555 0177', href: 'tel:03005550177' }],
    linkCount: 1,
  },
  {
    name: 'a number with a word before it and brackets around the area code',
    props: { number: 'Textphone (01632) 960 018' },
    reads: ['Textphone (01632) 960 018'],
    links: [{ text: '(01632) 960 018', href: 'tel:01632960018' }],
    linkCount: 1,
  },
  {
    name: 'no number to dial: the words as written, with no link',
    props: { number: 'Ask at any reception desk' },
    reads: ['Ask at any reception desk'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof PhoneLink>>[];
