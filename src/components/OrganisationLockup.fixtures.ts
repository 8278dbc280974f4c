/** Examples of OrganisationLockup for tests/components/fixtures.test.ts: the trust's name as text with its descriptor once, or its own logo instead, linking to the strategy's home at the trust's address. */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type OrganisationLockup from './OrganisationLockup.astro';

export default [
  {
    name: 'no logo: the name as text, split from its descriptor without saying it twice',
    props: { site: fixtureSite() },
    reads: ['Riverside Community NHS Trust - Caring together home'],
    readsNot: ['NHS Trust NHS Trust'],
    links: [{ text: 'Riverside Community NHS Trust - Caring together home', href: '/our-strategy/' }],
    linkCount: 1,
  },
  {
    name: 'a foundation trust under a folder of its own website: its own name, descriptor and strategy, its own home address',
    props: {
      site: fixtureSite({
        settings: {
          name: 'Northbank Hospitals NHS Foundation Trust',
          shortName: 'Northbank Hospitals',
          descriptor: 'NHS Foundation Trust',
          url: 'https://www.northbank.example/strategy/',
          strategy: { name: 'Better together' },
        },
      }),
    },
    reads: ['Northbank Hospitals NHS Foundation Trust - Better together home'],
    readsNot: ['Riverside', 'Caring together', 'Foundation Trust NHS Foundation Trust'],
    links: [{ text: 'Northbank Hospitals NHS Foundation Trust - Better together home', href: '/strategy/' }],
    linkCount: 1,
  },
  {
    name: 'no descriptor given: the whole name, with nothing made up under it',
    props: {
      site: fixtureSite({ settings: { name: 'Aneurin Bevan University Health Board', shortName: 'Aneurin Bevan', descriptor: undefined } }),
    },
    reads: ['Aneurin Bevan University Health Board - Caring together home'],
    readsNot: ['NHS Trust', 'undefined'],
    linkCount: 1,
  },
  {
    name: 'the trust’s own logo: the picture says the name, so the name is not written again beside it',
    props: { site: fixtureSite({ settings: { logo: { file: 'files/logo.svg', alt: 'Riverside Community NHS Trust' } } }) },
    reads: ['- Caring together home'],
    readsNot: ['Riverside Community', 'NHS Trust'],
    // The link's text beside the logo; the logo's alt text ("Riverside Community NHS Trust") comes first for a screen reader.
    links: [{ text: '- Caring together home', href: '/our-strategy/' }],
    linkCount: 1,
  },
] satisfies ComponentFixture<ComponentProps<typeof OrganisationLockup>>[];
