/**
 * A rendered page's route flags, sent with the page to the publishing step as a response header
 * (set by src/integrations/trust-paths-middleware.ts from the route the page was rendered for),
 * so the sitemap, the search index and its easy read part follow the route's declaration, not
 * what the HTML happens to contain. The header is removed before anything is written.
 */
import { editionList, type Edition } from '../addresses/editions.ts';

export const ROUTE_FLAGS_HEADER = 'x-strategy-route';

/** The same page in one language, for search engines: hreflang and its absolute address. */
export interface LanguageAlternate {
  language: string;
  url: string;
}

export interface RouteFlags {
  edition: Edition;
  /** In the trust's search index. */
  search: boolean;
  /** Listed in sitemap.xml. */
  sitemap: boolean;
  /** The page in every language it is translated into, itself included (a trust in several languages). */
  alternates?: LanguageAlternate[] | undefined;
}

export function routeFlagsHeader({ edition, search, sitemap, alternates }: RouteFlags): string {
  // encodeURIComponent keeps any character a header cannot carry out of it (an address with letters of another script).
  return encodeURIComponent(JSON.stringify({ edition, search, sitemap, ...(alternates?.length ? { alternates } : {}) }));
}

export function routeFlagsOf(headers: Headers): RouteFlags | undefined {
  const value = headers.get(ROUTE_FLAGS_HEADER);
  headers.delete(ROUTE_FLAGS_HEADER);
  if (!value) return undefined;
  const flags = JSON.parse(decodeURIComponent(value)) as Partial<RouteFlags>;
  return {
    edition: editionList.find((edition) => edition === flags.edition) ?? 'standard',
    search: flags.search === true,
    sitemap: flags.sitemap === true,
    ...(Array.isArray(flags.alternates) ? { alternates: flags.alternates } : {}),
  };
}
