/**
 * The trust's Atom feed of page updates (src/site/page-updates.ts): a well-formed feed with the
 * elements RFC 4287 requires, entries newest first with ids that stay the same from build to
 * build, and change notes that come out as inert text whatever they contain.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { atomXml, feedEntries, MAX_FEED_ENTRIES, xmlText, type PageWithHistory } from '../../src/site/page-updates.ts';
import { pageHistory } from '../../src/schemas/pages/common.ts';
import { wordsFor } from '../../src/words/index.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const words = wordsFor('en-GB').pageHistory;

const hostile = 'We fixed <script>alert(1)</script> & "quotes" ]]> \u0000\u0007\u001b bells\ud800 and \uffff';
const pages = (): PageWithHistory[] => [
  {
    title: 'Our goals',
    description: 'Three goals for 2025 to 2030.',
    href: '/our-strategy/goals/',
    history: pageHistory.parse({
      published: '2025-04-01',
      updates: [
        { date: '2026-06-03', note: 'Added what people will see in 2026/27.' },
        { date: '2026-06-03', note: hostile },
      ],
    }),
  },
  {
    title: 'Our vision',
    description: 'Where we want to be.',
    href: '/our-strategy/vision/',
    history: pageHistory.parse({ published: '2025-05-01' }),
  },
];

const feedOf = (entries = feedEntries('https://harbourside.example', pages(), words)) =>
  atomXml({
    url: 'https://harbourside.example/our-strategy/updates.xml',
    home: 'https://harbourside.example/our-strategy/',
    title: words.feedTitle('Harbourside <Hospitals> & Co'),
    author: 'Harbourside Hospitals NHS Foundation Trust',
    language: 'en-GB',
    entries,
  });

function parse(xml: string) {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(
    xml,
    'application/xml',
  );
  expect(errors).toEqual([]);
  return document.documentElement!;
}
const child = (element: Element, name: string) =>
  Array.from(element.childNodes).find((node) => node.nodeName === name) as Element | undefined;
const children = (element: Element, name: string) => Array.from(element.childNodes).filter((node) => node.nodeName === name) as Element[];

describe('the updates feed', () => {
  it('has the feed elements RFC 4287 requires: id, title, updated (the newest entry), author, and a link to itself', () => {
    const feed = parse(feedOf());
    expect(feed.namespaceURI).toBe(ATOM);
    expect(child(feed, 'id')!.textContent).toBe('https://harbourside.example/our-strategy/updates.xml');
    expect(child(feed, 'title')!.textContent).toBe('Harbourside <Hospitals> & Co: page updates');
    expect(child(feed, 'updated')!.textContent).toBe('2026-06-03T00:00:00Z');
    expect(child(child(feed, 'author')!, 'name')!.textContent).toBe('Harbourside Hospitals NHS Foundation Trust');
    expect(children(feed, 'link').map((link) => link.getAttribute('rel'))).toEqual(['self', 'alternate']);
  });

  it('lists each update and first publication newest first, each with id, title, updated, link and summary', () => {
    const entries = children(parse(feedOf()), 'entry');
    expect(entries).toHaveLength(4);
    const read = entries.map((entry) => ({
      title: child(entry, 'title')!.textContent,
      updated: child(entry, 'updated')!.textContent,
      link: child(entry, 'link')!.getAttribute('href'),
      id: child(entry, 'id')!.textContent,
    }));
    expect(read.map((entry) => [entry.title, entry.updated])).toEqual([
      ['Updated: Our goals', '2026-06-03T00:00:00Z'],
      ['Updated: Our goals', '2026-06-03T00:00:00Z'],
      ['New page: Our vision', '2025-05-01T00:00:00Z'],
      ['New page: Our goals', '2025-04-01T00:00:00Z'],
    ]);
    expect(read[3]).toMatchObject({
      link: 'https://harbourside.example/our-strategy/goals/',
      id: 'tag:harbourside.example,2025-04-01:/our-strategy/goals/published',
    });
    expect(new Set(read.map((entry) => entry.id)).size).toBe(4);
    for (const entry of entries) expect(child(entry, 'summary')!.textContent).not.toBe('');
  });

  it('gives each entry the same id in every build, and the same id to an update when another day is added', () => {
    const ids = (list: PageWithHistory[]) =>
      feedEntries('https://harbourside.example', list, words)
        .map((entry) => entry.id)
        .sort();
    expect(ids(pages())).toEqual(ids(pages()));
    expect(feedOf()).toBe(feedOf());
    const more = pages();
    more[0]!.history.updates!.unshift({ date: new Date('2026-09-01T00:00:00Z'), note: 'A newer change.' });
    expect(ids(more)).toEqual(expect.arrayContaining(ids(pages())));
  });

  it('writes a hostile change note as inert text: no element, no CDATA end, no characters XML forbids', () => {
    const xml = feedOf();
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain(']]>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uffff]/u);
    const summaries = children(parse(xml), 'entry').map((entry) => child(entry, 'summary')!);
    const note = summaries.find((summary) => summary.textContent!.includes('script'))!;
    expect(note.textContent).toBe('We fixed <script>alert(1)</script> & "quotes" ]]>  bells\ufffd and ');
    expect(Array.from(note.childNodes).every((node) => node.nodeType === 3)).toBe(true);
    expect(xmlText('a\u2028b')).toBe('a\u2028b');
  });

  it(`keeps the newest ${MAX_FEED_ENTRIES} entries`, () => {
    const many = Array.from({ length: 3 }, (_, page) => ({
      ...pages()[0]!,
      href: `/our-strategy/page-${page}/`,
      history: pageHistory.parse({
        published: '2020-01-01',
        updates: Array.from({ length: 50 }, (_, day) => ({
          date: `2021-01-${String((day % 28) + 1).padStart(2, '0')}`,
          note: 'A change.',
        })),
      }),
    }));
    expect(feedEntries('https://harbourside.example', many, words)).toHaveLength(MAX_FEED_ENTRIES);
  });
});
