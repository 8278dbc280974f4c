/**
 * Examples of PageBody for tests/components/fixtures.test.ts: the page's own words with the part its
 * type brings, in reading order (a mission's statement before the words, a goals or documents list
 * after them), and a plain page with its words only. Bodies are Markdown as an editor writes it,
 * rendered by the build's own pipeline.
 */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import { withRenderedBody } from '../fixtures/rendered-body.ts';
import type { StandardPage } from '../site/site-model.ts';
import type PageBody from './PageBody.astro';

const site = fixtureSite({
  pages: {
    mission: { type: 'mission', title: 'Our mission', order: 10, statement: 'Good care, close to home, for everyone.' },
    goals: {
      type: 'goals',
      title: 'Our goals',
      order: 20,
      goals: [
        { title: 'Shorter waits', statement: 'We will see people sooner.' },
        { title: 'Care at home', statement: 'We will bring more care to where people live.' },
      ],
    },
    documents: {
      type: 'documents',
      title: 'Documents',
      order: 30,
      documents: [{ title: 'Our strategy in full', kind: 'full', link: 'https://www.riverside.example/strategy-in-full.pdf' }],
    },
    'about-this-site': { type: 'page', title: 'About this site', order: 40 },
  },
});

/** The page with its body, as the content layer renders content/riverside/<path>.md. */
function withBody(type: StandardPage['type'], markdown: string): Promise<StandardPage> {
  const page = site.firstOfType[type]!;
  return withRenderedBody(page, `${page.pagePath.replace(/\/$/, '')}.md`, markdown);
}

const mission = await withBody('mission', 'We wrote this with patients, carers and staff from across the valley.\n');
const goals = await withBody('goals', 'These are the things we will work on first.\n');
const documents = await withBody('documents', 'You can read the strategy in full on our main website.\n');
const plain = await withBody(
  'page',
  'The strategy team looks after this site.\n\nTo tell us about a mistake, [contact us](../contact/) or call [0300 555 0199](tel:03005550199).\n',
);

export default [
  {
    name: 'a mission page: the statement first, then the page’s own words',
    props: { page: mission, site },
    reads: ['Good care, close to home, for everyone.', 'We wrote this with patients, carers and staff from across the valley.'],
    readsNot: ['undefined'],
    linkCount: 0,
  },
  {
    name: 'a goals page: the page’s own words, then each goal',
    props: { page: goals, site },
    reads: ['These are the things we will work on first.', 'Shorter waits', 'We will see people sooner.', 'Care at home'],
    readsNot: ['Good care, close to home', 'undefined'],
  },
  {
    name: 'a documents page: the page’s own words, then the documents and how to ask for another format',
    props: { page: documents, site },
    reads: [
      'You can read the strategy in full on our main website.',
      'Our strategy in full',
      'in large print, braille or another language',
    ],
    links: [{ text: 'Our strategy in full', href: 'https://www.riverside.example/strategy-in-full.pdf' }],
  },
  {
    name: 'a plain page: its own words only, with no statement or list added',
    props: { page: plain, site },
    reads: ['The strategy team looks after this site.', 'To tell us about a mistake, contact us or call 0300 555 0199.'],
    readsNot: ['Good care, close to home', 'Shorter waits', 'Our strategy in full', 'large print', 'undefined'],
    // A phone number written as a link stays on one line: html-validate refuses a tel: link whose words have plain spaces.
    links: [
      { text: 'contact us', href: '../contact/' },
      { text: '0300 555 0199', href: 'tel:03005550199' },
    ],
    linkCount: 2,
  },
] satisfies ComponentFixture<ComponentProps<typeof PageBody>>[];
