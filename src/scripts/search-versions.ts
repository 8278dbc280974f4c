/**
 * Which version of the pages search lists first. Standard and easy read pages are in two
 * Pagefind indexes (src/publishing/search-index.ts); the search page merges them with
 * Pagefind's own index weights, so the reader's version comes first and a twin that shares
 * its words follows. The reader's version is the standard one, unless the search was started
 * from an easy read page, whose header search box sends SEARCH_FROM_EASY_READ with the words.
 */

/** The form field an easy read page adds to the header's search, and its value. */
export const SEARCH_FROM_EASY_READ = { name: 'from', value: 'easy-read' } as const;

/**
 * How much a result of the other version counts against one of the reader's. Small enough that
 * no page of the other version outranks one of the reader's: an easy read page is short and
 * says the same words more often, which Pagefind's ranking would otherwise put first.
 */
export const OTHER_VERSION_WEIGHT = 0.01;

interface PagefindComponents {
  configureInstance: (name: string, options: Record<string, unknown>) => unknown;
}

/** Merges the easy read index (at bundlePath) into the search page's Pagefind instance. */
export function mergeEasyReadIndex(bundlePath: string | undefined, fromEasyRead: boolean): void {
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  if (!bundlePath || !components) return;
  const ellipsis = document.querySelector('pagefind-config')?.getAttribute('excerpt-ellipsis') ?? '';
  components.configureInstance('default', {
    indexWeight: fromEasyRead ? OTHER_VERSION_WEIGHT : 1,
    // A merged index takes none of <pagefind-config>'s excerpt settings: it is given the same ellipsis.
    mergeIndex: [{ bundlePath, indexWeight: fromEasyRead ? 1 : OTHER_VERSION_WEIGHT, excerptEllipsis: ellipsis }],
  });
  // A search typed again here, in the header's box, keeps the reader's version.
  const headerSearch = document.querySelector<HTMLFormElement>('form#search');
  if (fromEasyRead && headerSearch && !headerSearch.elements.namedItem(SEARCH_FROM_EASY_READ.name)) {
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = SEARCH_FROM_EASY_READ.name;
    field.value = SEARCH_FROM_EASY_READ.value;
    headerSearch.append(field);
  }
}
