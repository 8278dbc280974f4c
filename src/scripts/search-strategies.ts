/**
 * Which strategies search lists. A trust's previous strategies (previous/<years>/) are in its
 * search index, each page carrying the Pagefind filter STRATEGY_FILTER: "Previous strategies" on
 * an archived page, "Current strategy" on the current strategy's pages (src/layouts/BaseLayout.astro).
 * The search page starts filtered to the current strategy, as GOV.UK leaves withdrawn pages out
 * of its search; the reader's "Include previous strategies" box drops that filter, so archived
 * pages are listed too. Pagefind's own filter pane keeps every other filter the reader ticks, and
 * does not show this one (the box is its only control).
 */

/** The Pagefind filter that says which strategy a page is of. */
export const STRATEGY_FILTER = 'strategy';

/**
 * The form field a previous strategy's page adds to the header's search, and its value: a reader
 * searching from a previous strategy starts with the box ticked, so what they were reading is found.
 */
export const SEARCH_PREVIOUS_STRATEGIES = { name: 'strategies', value: 'all' } as const;

type Filters = Record<string, unknown>;

interface PagefindInstance {
  searchFilters: Filters | undefined;
  triggerFilters: (filters: Filters) => void;
}

interface PagefindComponents {
  getInstanceManager: () => { getInstance: (name: string) => PagefindInstance };
}

/**
 * Starts the search page's Pagefind instance filtered to the current strategy (before its first
 * search), and lets the box include previous strategies or leave them out again. The box carries
 * the filter's value for the current strategy's pages in data-current-filter.
 */
export function keepToCurrentStrategy(box: HTMLInputElement | null, fromPreviousStrategy = false): void {
  if (box && fromPreviousStrategy) box.checked = true;
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  const current = box?.dataset.currentFilter;
  if (!box || !components || !current) return;
  const instance = components.getInstanceManager().getInstance('default');
  const filtered = (include: boolean): Filters => {
    const { [STRATEGY_FILTER]: _strategy, ...others } = instance.searchFilters ?? {};
    return include ? others : { ...others, [STRATEGY_FILTER]: [current] };
  };
  // A box ticked already (the browser keeps it ticked when the reader comes back to the page) is honoured.
  instance.searchFilters = filtered(box.checked);
  box.addEventListener('change', () => instance.triggerFilters(filtered(box.checked)));
}
