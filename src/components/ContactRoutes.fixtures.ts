/**
 * Examples of ContactRoutes for tests/components/fixtures.test.ts: the ways to reach the trust
 * that its settings give, as words that follow "please", and only those; the trust's name
 * when it gave none.
 */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import type ContactRoutes from './ContactRoutes.astro';

const noContact = { email: undefined, phone: undefined };

const everyRoute = fixtureSite({
  settings: {
    contact: {
      email: 'ourplans@riverside.example',
      phone: '0300 555 0177',
      page: 'https://www.riverside.example/contact-us/',
      address: ['Trust Offices', '4 Mill Lane', 'Riverside', 'RV1 4ML'],
    },
  },
});
const phoneOnly = fixtureSite({ settings: { contact: { ...noContact, phone: '0300 555 0177' } } });
const addressOnly = fixtureSite({
  settings: { contact: { ...noContact, address: ['Trust Offices', '4 Mill Lane', 'Riverside', 'RV1 4ML'] } },
});
const nothingGiven = fixtureSite({ settings: { contact: noContact } });
const pageOf = (name: string) =>
  fixtureSite({ settings: { name, contact: { ...noContact, page: 'https://www.example-trust.example/contact-us/' } } });

export default [
  {
    name: 'email, phone and contact page, joined as a list with "or"; the postal address is not offered beside them; the address and number read left to right in any language',
    props: { site: everyRoute },
    reads: ["email ourplans@riverside.example, phone 0300 555 0177 or use Riverside Community NHS Trust's contact page"],
    readsNot: ['write to', 'Mill Lane'],
    links: [
      { text: 'ourplans@riverside.example', href: 'mailto:ourplans@riverside.example' },
      { text: '0300 555 0177', href: 'tel:03005550177' },
      { text: "Riverside Community NHS Trust's contact page", href: 'https://www.riverside.example/contact-us/' },
    ],
    linkCount: 3,
    leftToRight: ['ourplans@riverside.example', '0300 555 0177'],
  },
  {
    name: "a page's own email replaces the trust's main one",
    props: { site: everyRoute, email: 'listening@riverside.example' },
    reads: ['email listening@riverside.example, phone 0300 555 0177 or use'],
    readsNot: ['ourplans@riverside.example'],
    links: [{ text: 'listening@riverside.example', href: 'mailto:listening@riverside.example' }],
    linkCount: 3,
  },
  {
    name: 'a phone number only: one route, with no list words around it',
    props: { site: phoneOnly },
    reads: ['phone 0300 555 0177'],
    readsNot: ['email', 'or phone', ',', 'contact page', 'undefined'],
    links: [{ text: '0300 555 0177', href: 'tel:03005550177' }],
    linkCount: 1,
  },
  {
    name: 'only a postal address: write to it, its lines joined with commas, the postcode reading left to right in any language',
    props: { site: addressOnly },
    reads: ['write to Trust Offices, 4 Mill Lane, Riverside, RV1 4ML'],
    readsNot: ['email', 'phone', 'contact page'],
    linkCount: 0,
    leftToRight: ['RV1 4ML'],
  },
  {
    name: 'no contact details at all: contact the trust by name, with no invented address or number',
    props: { site: nothingGiven },
    reads: ['contact Riverside Community NHS Trust'],
    readsNot: ['email', 'phone', 'write to', 'undefined', '@'],
    linkCount: 0,
  },
  ...[
    ['Blackpool Teaching Hospitals', "Blackpool Teaching Hospitals' contact page"],
    ["Guy's and St Thomas'", "Guy's and St Thomas' contact page"],
    ['Barts Health NHS Trust', "Barts Health NHS Trust's contact page"],
  ].map(([name, words]) => ({
    name: `a contact page named by a real name's possessive: ${words}`,
    props: { site: pageOf(name!) },
    reads: [`use ${words}`],
    readsNot: ["s's", "'s'"],
    links: [{ text: words!, href: 'https://www.example-trust.example/contact-us/' }],
    linkCount: 1,
  })),
] satisfies ComponentFixture<ComponentProps<typeof ContactRoutes>>[];
