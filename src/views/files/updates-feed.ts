/** The trust's feed of page updates (updates.xml): each page's first publication and change notes, newest first, for feed readers. */
import { atomXml, siteFeedEntries } from '../../site/page-updates.ts';
import type { TrustSite } from '../../site/site-model.ts';

export const updatesFeed = (site: TrustSite): Response => {
  const xml = atomXml({
    url: `${site.origin}${site.href('updates.xml')}`,
    home: `${site.origin}${site.href('')}`,
    title: site.words.pageHistory.feedTitle(site.settings.name),
    author: site.settings.name,
    language: site.language.tag,
    entries: siteFeedEntries(site),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
