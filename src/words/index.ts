/**
 * Every word a reader sees, in the page's language, read through one function: `wordsFor(language)`.
 * One catalogue per language (./en-GB.ts), each satisfying the type of the English one, as
 * Starlight's `translations/` and GOV.UK Frontend's localisation do. The language is the trust's
 * (`language:` in trust.yaml); it reaches pages and components through the site model
 * (`site.words`) and, for components given no site (an .mdx page's <Callout>), through
 * `Astro.locals.words`, set from the same site model (src/integrations/trust-paths-middleware.ts).
 * Adding a language is a new catalogue file and one line in `catalogues` (docs/contributing.md).
 */
import enGB, { type Catalogue } from './en-GB.ts';
import { formatsFor, type Formats } from './format.ts';

export type { Catalogue } from './en-GB.ts';

/** The words of one language, with its dates and numbers. */
export type Words = Catalogue & Formats;

/** The catalogue of each language readers can be given, by language tag (trust.yaml's `language`). */
const catalogues: Record<string, Catalogue> = { 'en-GB': enGB };

/** The language of a trust that names none, and of the product's own messages to editors. */
export const defaultLanguage = 'en-GB';

/** The language tags that have a catalogue, for the check's message when a trust names another. */
export const availableLanguages: readonly string[] = Object.keys(catalogues);

export function hasCatalogue(language: string): boolean {
  return Object.hasOwn(catalogues, language);
}

/**
 * TEST SEAM (tests only, never called by the product): gives a language tag that has no
 * catalogue yet a stand-in, so tests of a site in two languages run whichever catalogues exist
 * (tests/support/second-language.ts). A real catalogue always wins. Returns what takes it away
 * again, so a test file leaves the catalogues as it found them.
 */
export function registerStandInCatalogue(language: string, catalogue: Catalogue): () => void {
  if (hasCatalogue(language)) return () => undefined;
  catalogues[language] = catalogue;
  return () => {
    delete catalogues[language];
    made.delete(language);
  };
}

const made = new Map<string, Words>();

/** The words of a language. The content check refuses a trust whose language has no catalogue, so this never falls back. */
export function wordsFor(language: string): Words {
  let words = made.get(language);
  if (!words) {
    const catalogue = catalogues[language];
    if (!catalogue) throw new Error(`There are no words for the language "${language}" (available: ${availableLanguages.join(', ')}).`);
    words = { ...catalogue, ...formatsFor(language, catalogue) };
    made.set(language, words);
  }
  return words;
}

/**
 * The words of the page being rendered, for a component given no site model (an .mdx page's
 * <Callout>, a page type's body): set for every trust page from its site model.
 */
export function pageWords(locals: App.Locals): Words {
  if (!locals.words) throw new Error('This component was rendered outside a trust page, so it has no words: give it Astro.locals.words.');
  return locals.words;
}
