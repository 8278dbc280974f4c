/**
 * What one page type declares, in its own folder (src/page-types/<type>/page-type.ts). The
 * registry (registry.ts) lists every folder once; the schema union, the page body, the search
 * filter, the browser editor, the editor's guide, the new-trust scaffold and the README's table
 * all read these declarations, so a type is added or changed in its folder alone.
 *
 * This file and page-type.ts are plain TypeScript (no Astro imports), so node scripts (the
 * check, the scaffold, the guide) can read them; the component is named by its file and found
 * by Astro (src/components/PageBody.astro).
 */
import type { z } from 'astro/zod';

/** A page type's schema: a strict object whose `type` is the folder's name. */
export type PageTypeSchema = z.ZodObject<{ type: z.ZodLiteral<string> } & z.ZodRawShape>;

export interface PageTypeDefinition<Schema extends PageTypeSchema = PageTypeSchema> {
  /** The front matter a page of this type accepts, every field described where declared (schema.ts). */
  schema: Schema;
  /**
   * The component drawn with the page's Markdown text: a `.astro` file in this folder, given
   * `data` (the parsed front matter) and `site`. `before-text` for a statement the text explains,
   * `after-text` for lists. Left out, the page is its text alone.
   */
  component?: { file: string; place: 'before-text' | 'after-text' };
  /** The words editors and readers see for this type, kept together so they move to the words catalogue in one go. */
  labels: {
    /** The kind readers see in the search filter, grouping pages of this type across trusts. */
    kind: string;
    /** The browser editor's collection, as a comms officer would name it (no "Page pages"). */
    editor: string;
    /** One page of the collection, for the editor's "New ..." button. */
    editorSingular: string;
    /** A few words in the new-trust scaffold's list of types. */
    scaffold: string;
  };
  /** The file the scaffold writes into a new trust's folder, and into its easy-read/ (from template.md and easy-read.md in this folder). */
  scaffoldFile: string;
  /** A complete sample page of this type under content/, shown whole in the editor's guide; `also`, a second example with words before it. */
  guide: { example: string; also?: { words: string; example: string } };
}

/** Declares a page type, keeping its schema's exact type so the union of pages stays typed. */
export function definePageType<Schema extends PageTypeSchema>(definition: PageTypeDefinition<Schema>): PageTypeDefinition<Schema> {
  return definition;
}

/** The type's name, as written after `type:` in front matter: its schema's `type` literal (and its folder's name). */
export const typeName = (definition: { schema: PageTypeSchema }): string => definition.schema.shape.type.value;
