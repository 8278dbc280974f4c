/**
 * Page history as readers get it from the built sample trusts (built with "today" pinned to
 * 2026-11-23): Harbourside's goals page says when it was published, its last update, every update
 * newest first and its review dates; its easy read twin says the same in easy read words; a page
 * with no history shows no dates; the trust's Atom feed lists the updates, and is linked from each
 * page's head. A trust whose pages give no history has no feed and no link to one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, inject, it } from 'vitest';
import { readPage, textOf } from '../support/built-sites.ts';

const dist = inject('builtSites');
const harbourside = path.join(dist, 'harbourside');
const ashdown = path.join(dist, 'ashdown-valley');

const child = (element: Element, name: string) => Array.from(element.childNodes).find((node) => node.nodeName === name) as Element;
const children = (element: Element, name: string) => Array.from(element.childNodes).filter((node) => node.nodeName === name) as Element[];

describe('page history on a built page', () => {
  it('shows when the goals page was published and updated, every update newest first, and its review dates', () => {
    const history = readPage(harbourside, 'goals/').querySelector('main .page-history');
    expect(textOf(history)).toBe(
      'Published 1 April 2025 Last updated 3 June 2026 See all updates ' +
        '3 June 2026 Added what people will see in 2026/27 under each goal. ' +
        '14 October 2025 Reworded our second goal after our autumn listening events, so it now says "Care close to home". ' +
        '1 April 2025 First published. ' +
        'Page last reviewed: 3 June 2026 Next review due: 3 June 2027',
    );
    expect(history!.querySelectorAll('time').map((time) => time.getAttribute('datetime'))).toEqual([
      '2025-04-01',
      '2026-06-03',
      '2026-06-03',
      '2025-10-14',
      '2025-04-01',
      '2026-06-03',
      '2027-06-03',
    ]);
    expect(history!.querySelector('details.nhsuk-details summary')).not.toBeNull();
    expect(history!.getAttribute('data-pagefind-ignore')).not.toBeNull();
  });

  it('says it in easy read words on the easy read page', () => {
    expect(textOf(readPage(harbourside, 'easy-read/goals/').querySelector('main .page-history'))).toBe(
      'We put this page online on 1 April 2025. We last changed this page on 3 June 2026. What we changed ' +
        '3 June 2026 We added what you will see this year. 1 April 2025 We put this page online. ' +
        'We checked this page on 3 June 2026. We will check it again by 3 June 2027.',
    );
  });

  it('shows a page published and never updated with its date alone, and nothing on a page with no history', () => {
    expect(textOf(readPage(harbourside, 'mission/').querySelector('main .page-history'))).toBe('Published 1 April 2025');
    expect(readPage(harbourside, 'values/').querySelector('.page-history')).toBeNull();
  });
});

describe("the trust's feed of page updates", () => {
  it('is linked from the head of every page, and lists the updates and first publications newest first', () => {
    const link = readPage(harbourside, 'values/').querySelector('head link[type="application/atom+xml"]');
    expect(link?.getAttribute('rel')).toBe('alternate');
    expect(link?.getAttribute('href')).toBe('/our-strategy/updates.xml');
    const errors: string[] = [];
    const feed = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(
      readFileSync(path.join(harbourside, 'updates.xml'), 'utf8'),
      'application/xml',
    ).documentElement!;
    expect(errors).toEqual([]);
    expect(child(feed, 'title').textContent).toBe('Harbourside Hospitals NHS Foundation Trust: page updates');
    expect(child(feed, 'updated').textContent).toBe('2026-06-03T00:00:00Z');
    const entries = children(feed, 'entry').map((entry) => [
      child(entry, 'title').textContent,
      child(entry, 'updated').textContent!.slice(0, 10),
      child(entry, 'link').getAttribute('href'),
    ]);
    expect(entries).toEqual([
      ['Updated: Our goals', '2026-06-03', 'https://harbourside.example/our-strategy/goals/'],
      ['Updated: How we will know we are getting there', '2026-05-20', 'https://harbourside.example/our-strategy/delivery/'],
      ['Updated: Our goals', '2025-10-14', 'https://harbourside.example/our-strategy/goals/'],
      ['New page: Our mission', '2025-04-01', 'https://harbourside.example/our-strategy/mission/'],
      ['New page: Our goals', '2025-04-01', 'https://harbourside.example/our-strategy/goals/'],
      ['New page: How we will know we are getting there', '2025-04-01', 'https://harbourside.example/our-strategy/delivery/'],
    ]);
    expect(child(children(feed, 'entry')[0]!, 'id').textContent).toBe('tag:harbourside.example,2026-06-03:/our-strategy/goals/updates/0');
  });

  it('is not made, nor linked, for a trust whose pages give no history', () => {
    expect(existsSync(path.join(ashdown, 'updates.xml'))).toBe(false);
    expect(readPage(ashdown, '').querySelector('head link[type="application/atom+xml"]')).toBeNull();
  });
});
