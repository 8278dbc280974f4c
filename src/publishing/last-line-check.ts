/**
 * The last line of defence, on every page as it is rendered: a `<meta>` element inside the
 * body. Nothing the product renders puts one there, and `<meta http-equiv="refresh">` would
 * send readers to another site even where the content check and the HTML allow-list were
 * somehow passed. A page that has one is refused as content and nothing is published.
 */
import type { Problem } from '../checks/problem.ts';
import { ContentCheckFailed } from '../checks/content-check-failed.ts';

/**
 * True when the body holds a `<meta` tag. A linear scan, not a parse: it runs on every page of
 * the fleet. Text and attribute values cannot hold a raw "<meta" in rendered pages (Astro and
 * the Markdown renderer escape "<"), so any match is markup.
 */
export function hasMetaInBody(html: string): boolean {
  const lower = html.toLowerCase();
  const body = lower.search(/<body[\s>]/);
  if (body < 0) return false;
  for (let at = lower.indexOf('<meta', body); at >= 0; at = lower.indexOf('<meta', at + 5)) {
    const next = lower.charCodeAt(at + 5);
    // "<meta" followed by a space, "/", ">" or the end: a tag; "<metadata" and the like are not.
    if (Number.isNaN(next) || /[\s/>]/.test(String.fromCharCode(next))) return true;
  }
  return false;
}

/** Checks one rendered page; a refused page stops the build as the content's problem. */
export function checkRenderedPage(slug: string, pagePath: string, html: string): void {
  if (!hasMetaInBody(html)) return;
  const problem: Problem = {
    file: `content/${slug}/`,
    rule: 'unsafe-html',
    severity: 'error',
    message: `The page at ${pagePath || 'the home page'} came out with a <meta> element in its body, which could send readers to another site. Remove the raw HTML on that page and write it as Markdown instead.`,
  };
  throw new ContentCheckFailed([problem]);
}
