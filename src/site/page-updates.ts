/**
 * A page's history as readers and feeds list it: its updates newest first (the order GOV.UK's
 * "See all updates" uses), and the entries of a trust's updates feed across its pages.
 */
import type { PageHistory } from '../schemas/pages/common.ts';
import type { TrustSite } from './build-site-model.ts';

export interface PageUpdate {
  date: Date;
  note: string;
  /** Its place in the page's history.updates as written, which with the page and date makes its feed id stable. */
  index: number;
}

/** The page's updates, newest first; two on one day keep the later-written first. */
export function updatesNewestFirst(history: PageHistory): PageUpdate[] {
  return (history.updates ?? [])
    .map((update, index) => ({ ...update, index }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || b.index - a.index);
}

/** Most entries the updates feed holds, newest kept: feed readers want the latest, and the file stays small. */
export const MAX_FEED_ENTRIES = 100;

export interface FeedEntry {
  /** A tag: URI (RFC 4151) from the trust's address, the page's path, the entry's date and its place among that day's updates: the same in every build. */
  id: string;
  title: string;
  date: Date;
  /** The page's address, absolute. */
  url: string;
  summary: string;
}

/** A page with a history, as the feed needs it. */
export interface PageWithHistory {
  title: string;
  description: string;
  /** Its address from the host's root, "/our-strategy/goals/". */
  href: string;
  history: PageHistory;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The feed's entries across a trust's pages: each page's first publication and each of its updates,
 * newest first (pages and updates of one day in a stable order), at most MAX_FEED_ENTRIES.
 */
export function feedEntries(
  origin: string,
  pages: PageWithHistory[],
  words: { newPage: (title: string) => string; updated: (title: string) => string },
): FeedEntry[] {
  const host = new URL(origin).hostname;
  const tag = (date: Date, specific: string) => `tag:${host},${isoDay(date)}:${encodeURI(specific)}`;
  const entries = pages.flatMap((page) => {
    const url = `${origin}${page.href}`;
    const sameDay = new Map<string, number>();
    const updates = (page.history.updates ?? []).map((update) => {
      const day = isoDay(update.date);
      // Its place among the page's updates of that day as written: adding an update on another day never changes it.
      const nth = sameDay.get(day) ?? 0;
      sameDay.set(day, nth + 1);
      return {
        id: tag(update.date, `${page.href}updates/${nth}`),
        title: words.updated(page.title),
        date: update.date,
        url,
        summary: update.note,
      };
    });
    const published = {
      id: tag(page.history.published, `${page.href}published`),
      title: words.newPage(page.title),
      date: page.history.published,
      url,
      summary: page.description,
    };
    return [published, ...updates];
  });
  return entries.sort((a, b) => b.date.getTime() - a.date.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).slice(0, MAX_FEED_ENTRIES);
}

/**
 * Text for XML 1.0 character data and attribute values: made well formed, stripped of the
 * characters XML 1.0 does not allow at all (controls but tab and line ends, U+FFFE, U+FFFF),
 * and with &, <, >, " and ' written as entities. "]]>" and "<script>" come out as plain text.
 */
export function xmlText(value: string): string {
  return value
    .toWellFormed()
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!);
}

export interface AtomFeed {
  /** The feed's own address, absolute: its id and rel="self". */
  url: string;
  /** The site's home page, absolute. */
  home: string;
  title: string;
  author: string;
  language: string;
  entries: FeedEntry[];
}

/** An Atom feed (RFC 4287): the feed's id, title, updated, author and links, then each entry's id, title, updated, link and summary. */
export function atomXml(feed: AtomFeed): string {
  const stamp = (date: Date) => `${isoDay(date)}T00:00:00Z`;
  const updated = feed.entries[0]?.date;
  const entries = feed.entries.map(
    (entry) =>
      `  <entry>\n    <id>${xmlText(entry.id)}</id>\n    <title type="text">${xmlText(entry.title)}</title>\n    <updated>${stamp(entry.date)}</updated>\n    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>\n    <summary type="text">${xmlText(entry.summary)}</summary>\n  </entry>\n`,
  );
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.language)}">\n` +
    `  <id>${xmlText(feed.url)}</id>\n  <title type="text">${xmlText(feed.title)}</title>\n` +
    `  <updated>${updated ? stamp(updated) : '1970-01-01T00:00:00Z'}</updated>\n` +
    `  <author>\n    <name>${xmlText(feed.author)}</name>\n  </author>\n` +
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.url)}"/>\n  <link rel="alternate" type="text/html" href="${xmlText(feed.home)}"/>\n` +
    entries.join('') +
    `</feed>\n`
  );
}

/** The feed's entries for a trust's site: its own pages with a history (a page not yet translated is the main language's). */
export function siteFeedEntries(site: TrustSite) {
  const pages = site.pages
    .filter((page) => !page.fallback && page.entry.data.history)
    .map((page) => ({
      title: page.entry.data.title,
      description: page.entry.data.description,
      href: page.href,
      history: page.entry.data.history!,
    }));
  return feedEntries(site.origin, pages, site.words.pageHistory);
}
