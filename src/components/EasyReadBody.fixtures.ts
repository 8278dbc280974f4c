/**
 * Examples of EasyReadBody for tests/components/fixtures.test.ts: an easy read page's words in reading
 * order with its "Hard words" list (each bold word with the sentence that explains it), no list when
 * nothing is bold, and on the all-in-one page its relative links written again so they still lead
 * where they did. Bodies are Markdown as an editor writes it, rendered by the build's own pipeline.
 */
import type { ComponentProps } from 'astro/types';
import { fixtureSite, type ComponentFixture } from '../fixtures/component-fixtures.ts';
import { withRenderedBody } from '../fixtures/rendered-body.ts';
import type { EasyReadPage } from '../site/site-model.ts';
import type EasyReadBody from './EasyReadBody.astro';

/** The twin with its body, as the content layer renders content/riverside/easy-read/<name>.md. */
const withBody = (twin: EasyReadPage, markdown: string) => withRenderedBody(twin, `easy-read/${twin.standardPath}.md`, markdown);

const site = fixtureSite({
  pages: { goals: { type: 'goals', title: 'Our goals', goals: [{ title: 'Shorter waits' }, { title: 'Care at home' }] } },
  twins: ['index', 'goals', 'contact'],
});

const home = await withBody(
  site.homeTwin!,
  `![A map of our area](../files/pictures/map.svg)

This is our plan for the next five years.

Read about [what we want to do](goals/).

![A letter](../files/pictures/letter.svg)

You can ask us for this page on paper. Email [strategy@riverside.example](mailto:strategy@riverside.example).

Go back to the [standard website](../).
`,
);

const goals = await withBody(
  site.twinOf('goals')!,
  `![A clock](../files/pictures/clock.svg)

We want you to wait less time to see us.

We will open more **clinics**. A clinic is a place where you see a nurse or a doctor.

## Care in your home

![A front door](../files/pictures/door.svg)

Some of our nurses will come to your home.

We will make a **care plan** with you. This means we write down what help you need.

Tell us what you think on the [contact page](../contact/).
`,
);

const contact = await withBody(
  site.twinOf('contact')!,
  `![An envelope](../files/pictures/envelope.svg)

Send us an email: [strategy@riverside.example](mailto:strategy@riverside.example).

![A phone](../files/pictures/phone.svg)

Or call us. Our number is 0300 555 0100.
`,
);

export default [
  {
    name: 'on its own page: the words in order, a heading over later rows, then each bold word with the sentence that explains it',
    props: { twin: goals },
    reads: [
      'We want you to wait less time to see us.',
      'We will open more clinics. A clinic is a place where you see a nurse or a doctor.',
      'Care in your home',
      'Some of our nurses will come to your home.',
      'Tell us what you think on the contact page.',
      'Hard words',
      'clinics A clinic is a place where you see a nurse or a doctor.',
      'care plan We will make a care plan with you. This means we write down what help you need.',
    ],
    readsNot: ['undefined'],
    links: [{ text: 'contact page', href: '../contact/' }],
    linkCount: 1,
  },
  {
    name: 'the easy read home on the all-in-one page: relative links written again from there, full addresses left alone',
    props: { twin: home, level: 3, idPrefix: 'part-1-', shownAt: 'easy-read/all/' },
    reads: ['This is our plan for the next five years.', 'Read about what we want to do.', 'You can ask us for this page on paper.'],
    readsNot: ['Hard words'],
    links: [
      // goals/ from easy-read/ is the easy read goals page; ../ from there is the home page.
      { text: 'what we want to do', href: '../../easy-read/goals/' },
      { text: 'strategy@riverside.example', href: 'mailto:strategy@riverside.example' },
      { text: 'standard website', href: '../../' },
    ],
    linkCount: 3,
  },
  {
    name: 'nothing in bold: no hard words list and no heading over nothing',
    props: { twin: contact },
    reads: ['Send us an email: strategy@riverside.example.', 'Or call us. Our number is 0300 555 0100.'],
    readsNot: ['Hard words', 'undefined'],
    links: [{ text: 'strategy@riverside.example', href: 'mailto:strategy@riverside.example' }],
    linkCount: 1,
  },
] satisfies ComponentFixture<ComponentProps<typeof EasyReadBody>>[];
