/**
 * One page of each kind from a published trust, for browser walks that need every kind of page
 * but not every page: a page's kind is its search filter (standard or easy read, and its kind),
 * and a page outside search (search, contents, accessibility...) is a kind of its own. Of pages
 * of one kind, the one with the most expanders, then the most drawings (icons, charts), is taken.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pagePaths } from './built-sites.ts';

const filterOf = (html: string, name: string) =>
  new RegExp(`data-pagefind-filter="${name}\\[content\\]" content="([^"]*)"`).exec(html)?.[1];

export function onePagePerKind(siteDir: string): string[] {
  const chosen = new Map<string, { pagePath: string; score: number }>();
  for (const pagePath of pagePaths(siteDir)) {
    const html = readFileSync(path.join(siteDir, pagePath, 'index.html'), 'utf8');
    const kind = filterOf(html, 'kind');
    const key = kind ? `${filterOf(html, 'version')} ${kind}` : pagePath;
    const count = (tag: string) => html.split(tag).length - 1;
    const score = count('<details') * 1000 + count('<svg');
    const best = chosen.get(key);
    if (!best || score > best.score) chosen.set(key, { pagePath, score });
  }
  return [...chosen.values()].map((page) => page.pagePath).sort();
}
