/**
 * Examples of LanguageNavigation for tests/components/fixtures.test.ts: the page's language as
 * text marked current, every other language a link to the same page in it, named and explained in
 * its own language (spoken in that language, right to left where its script is), and nothing for a
 * site in one language. English words come from the catalogue; Welsh and Urdu are as the contract
 * for their catalogues (/work/lang-spec.md) gives them.
 */
import type { ComponentProps } from 'astro/types';
import type { ComponentFixture } from '../fixtures/component-fixtures.ts';
import { wordsFor } from '../words/index.ts';
import type LanguageNavigation from './LanguageNavigation.astro';

type Link = ComponentProps<typeof LanguageNavigation>['links'][number];

/** A language's link as the layout makes it: its name and hidden text from its own catalogue. */
const linkOf = (language: string, href: string) => {
  const words = wordsFor(language);
  return { language, name: words.language.name, href, switchTo: words.languageNavigation.switchTo, direction: words.language.direction };
};
/** Each language as the layout gives it, on a page at /goals/ (Welsh at /cy/goals/, Urdu at /ur/goals/). */
const languages = {
  english: linkOf('en-GB', '/goals/'),
  welsh: linkOf('cy-GB', '/cy/goals/'),
  urdu: linkOf('ur-PK', '/ur/goals/'),
} satisfies Record<string, Omit<Link, 'current'>>;

const current = (language: Omit<Link, 'current'>): Link => ({ ...language, current: true });
const other = (language: Omit<Link, 'current'>): Link => ({ ...language, current: false });

export default [
  {
    name: 'a Welsh page: Cymraeg as the current language, not a link; English a link, explained in English',
    props: { label: wordsFor('cy-GB').languageNavigation.label, links: [other(languages.english), current(languages.welsh)] },
    reads: ['English Change the language to English', 'Cymraeg'],
    readsNot: ['Newid yr iaith'],
    links: [{ text: 'English Change the language to English', href: '/goals/' }],
    linkCount: 1,
    attributes: [
      { text: 'Cymraeg', has: { lang: 'cy-GB', dir: 'ltr', 'aria-current': 'true' } },
      { text: 'English Change the language to English', has: { lang: 'en-GB', hreflang: 'en-GB', dir: 'ltr', rel: 'alternate' } },
    ],
  },
  {
    name: 'an Urdu page: اردو current, right to left; English a link, left to right, explained in English',
    props: { label: wordsFor('ur-PK').languageNavigation.label, links: [other(languages.english), current(languages.urdu)] },
    reads: ['English Change the language to English', 'اردو'],
    readsNot: ['زبان تبدیل'],
    links: [{ text: 'English Change the language to English', href: '/goals/' }],
    linkCount: 1,
    attributes: [
      { text: 'اردو', has: { lang: 'ur-PK', dir: 'rtl', 'aria-current': 'true' } },
      { text: 'English Change the language to English', has: { lang: 'en-GB', hreflang: 'en-GB', dir: 'ltr', rel: 'alternate' } },
    ],
  },
  {
    name: 'an English page of a site in three languages: each other language linked and explained in its own words and script',
    props: {
      label: wordsFor('en-GB').languageNavigation.label,
      links: [current(languages.english), other(languages.welsh), other(languages.urdu)],
    },
    reads: ['English', 'Cymraeg Newid yr iaith i Gymraeg', 'اردو زبان تبدیل کر کے اردو کریں'],
    readsNot: ['Change the language to English'],
    links: [
      { text: 'Cymraeg Newid yr iaith i Gymraeg', href: '/cy/goals/' },
      { text: 'اردو زبان تبدیل کر کے اردو کریں', href: '/ur/goals/' },
    ],
    linkCount: 2,
    attributes: [
      { text: 'English', has: { lang: 'en-GB', 'aria-current': 'true' } },
      { text: 'Cymraeg Newid yr iaith i Gymraeg', has: { lang: 'cy-GB', hreflang: 'cy-GB', dir: 'ltr', rel: 'alternate' } },
      { text: 'اردو زبان تبدیل کر کے اردو کریں', has: { lang: 'ur-PK', hreflang: 'ur-PK', dir: 'rtl', rel: 'alternate' } },
    ],
  },
  {
    name: 'a site in one language: no language navigation at all',
    props: { label: wordsFor('en-GB').languageNavigation.label, links: [current(languages.english)] },
    readsNot: ['English'],
    linkCount: 0,
  },
] satisfies ComponentFixture<ComponentProps<typeof LanguageNavigation>>[];
