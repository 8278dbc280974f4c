/**
 * The editions of a strategy: the same pages written again for another readership. Today the
 * standard pages and their easy read twins; a language would be declared here the same way.
 * A page's edition travels on its route (src/routes/routes.ts), and pairing, the layout, the
 * search index and the search page read what differs between editions from this one table,
 * not from easy read checks of their own.
 */

export type Edition = 'standard' | 'easy-read';

export interface EditionDeclaration {
  /**
   * The folder its pages are written in under content/<trust>/ and published under, pairing
   * each with the standard page of the same name; none for the standard edition.
   */
  folder: string | undefined;
  /** The folder of its own search index inside the trust's pagefind/ folder; none for the standard edition's, which holds the search code. */
  searchIndexFolder: string | undefined;
}

export const editions = {
  standard: { folder: undefined, searchIndexFolder: undefined },
  'easy-read': { folder: 'easy-read', searchIndexFolder: 'easy-read/' },
} as const satisfies Record<Edition, EditionDeclaration>;

/** Every edition, the standard one first. */
export const editionList = Object.keys(editions) as Edition[];
