/**
 * A page's relative links are written from its own address: "contact/" on the easy read home
 * (easy-read/) leads to easy-read/contact/. Where a page's body is shown at another address
 * (every easy read page joined on easy-read/all/), each relative link is resolved from the
 * page's own address, with the same resolution the content check judged it by, and written
 * again from the address it is shown at, so it leads where it did on its own page.
 */
import { relativeLink, resolveLink } from '../checks/body-rules.ts';

/** The link rewritten for a body written at `writtenAt` and shown at `shownAt` (paths from the site root). */
export function linkShownElsewhere(writtenAt: string, shownAt: string): (href: string) => string {
  return (href) => {
    // A full address (https:, mailto:, tel:), one from the host's root or one within the page is not relative to the page's address.
    if (URL.canParse(href) || href.startsWith('/') || href.startsWith('#')) return href;
    const resolved = resolveLink(writtenAt, href);
    if (resolved === undefined || resolved === 'outside') return href;
    const end = href.search(/[?#]/);
    return `${relativeLink(shownAt, resolved)}${end === -1 ? '' : href.slice(end)}`;
  };
}
