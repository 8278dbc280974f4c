/**
 * What publishing needs to know about a trust (its public address, language, name and old
 * addresses), sent with
 * each rendered page as a response header by the middleware, from the same site model the page
 * was rendered from. Publishing never reads the trust's settings a second time; the header is
 * removed before anything is written.
 */
export const PUBLISHING_FACTS_HEADER = 'x-strategy-publishing';

export interface PublishingFacts {
  /** The trust's public URL, from its settings. */
  url: string;
  /** Two-letter language code, for search word-stemming. */
  language: string;
  /** Published in more than one language: search then keeps one index per language, by each page's `<html lang>`. */
  multilingual?: boolean | undefined;
  /** The trust's name, for the page that links an old address to its new one. */
  name: string;
  /** Old addresses and where they now live (trust.yaml `redirects`). */
  redirects: Array<{ from: string; to: string }>;
}

export function publishingFactsHeader(facts: PublishingFacts): string {
  // encodeURIComponent keeps any character a header cannot carry out of it.
  return encodeURIComponent(JSON.stringify({ ...facts, language: facts.language.slice(0, 2) }));
}

export function publishingFactsOf(headers: Headers): PublishingFacts | undefined {
  const value = headers.get(PUBLISHING_FACTS_HEADER);
  headers.delete(PUBLISHING_FACTS_HEADER);
  if (!value) return undefined;
  try {
    const facts = JSON.parse(decodeURIComponent(value)) as Partial<PublishingFacts>;
    return typeof facts.url === 'string' && typeof facts.language === 'string'
      ? {
          url: facts.url,
          language: facts.language,
          multilingual: facts.multilingual === true,
          name: String(facts.name ?? ''),
          redirects: Array.isArray(facts.redirects) ? facts.redirects : [],
        }
      : undefined;
  } catch {
    return undefined;
  }
}
