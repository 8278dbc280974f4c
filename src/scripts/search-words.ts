/**
 * Pagefind's Component UI draws its own words (the "Clear" button, the count of results, "Load
 * more results"), from its own translations, which have no Welsh or Urdu. The search page of a
 * site in another language than English hands it that language's words from the catalogue
 * (`searchInterface` in src/words/), as JSON in the search area's `data-words`.
 */
interface PagefindComponents {
  getInstanceManager: () => { getInstance: (name: string) => { setTranslations: (words: Record<string, string>) => void } };
}

/** Gives the search page's Pagefind the page's words, when the page has some to give. */
export function givePagefindWords(json: string | undefined): void {
  const components = (window as unknown as { PagefindComponents?: PagefindComponents }).PagefindComponents;
  if (!json || !components) return;
  components
    .getInstanceManager()
    .getInstance('default')
    .setTranslations(JSON.parse(json) as Record<string, string>);
}
