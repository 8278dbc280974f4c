/**
 * The kinds of page readers can filter search by. The trust's own title is used for headings;
 * a kind only groups pages of one type across trusts. A page type's kind is declared in its
 * folder (src/page-types/<type>/page-type.ts, `labels.kind`), so a new type is one folder; the
 * kinds of the generated pages, and the strategy's status labels, are in the words catalogue
 * (src/words/en-GB.ts: pageKinds, status).
 */
import { typeName } from '../page-types/define.ts';
import { pageTypeDefinitions, type PageType } from '../page-types/registry.ts';
import type { Words } from '../words/index.ts';

/** A generated page's kind (its words are in the catalogue). */
export type GeneratedKind = keyof Words['pageKinds'];

export type PageKind = PageType | GeneratedKind;

const pageTypeKinds = new Map<string, string>(pageTypeDefinitions.map((definition) => [typeName(definition), definition.labels.kind]));

/** The words of a page's kind, in the trust's language. */
export function kindOf(kind: PageKind, words: Words): string {
  return pageTypeKinds.get(kind) ?? words.pageKinds[kind as GeneratedKind];
}
