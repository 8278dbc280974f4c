/**
 * The content layer's entries, as plain values: what the loader stores for each collection,
 * taken from the source model. Plain so a share of the fleet can be read and judged in a
 * worker thread and handed back (src/checks/check-worker.ts).
 */
import { isReadPage, type ContentModel, type TrustSource } from './read-content.ts';

export type CollectionName = 'trusts' | 'languageSettings' | 'pages' | 'easyRead';

export interface ContentEntry {
  collection: CollectionName;
  /**
   * Astro's id: the trust's folder name for settings, "<trust>/<folder>" for a language's own
   * settings, "<trust>/<path>" for pages ("acme/cy/goals" for a translation: its language is its folder).
   */
  id: string;
  /** As shown to editors: "content/acme/goals.md". */
  file: string;
  absolute: string;
  digest: string;
  /** The values as read, before the schema: Astro validates them with the collection's schema. */
  data: Record<string, unknown>;
  /** A page's Markdown body. */
  body?: string;
  isMdx?: boolean;
}

export function entriesOfModel(model: ContentModel): ContentEntry[] {
  // A previous strategy is a strategy of its own: its settings and pages under "<trust>/previous/<years>".
  return model.trusts.flatMap((trust): ContentEntry[] => [...strategyEntries(trust), ...trust.previous.flatMap(strategyEntries)]);
}

function strategyEntries(trust: Omit<TrustSource, 'previous'>): ContentEntry[] {
  return [
    ...(trust.settings
      ? [
          {
            collection: 'trusts' as const,
            id: trust.slug,
            file: trust.settings.file,
            absolute: trust.settings.absolute,
            digest: trust.settings.digest,
            data: trust.settings.data,
          },
        ]
      : []),
    ...Object.entries(trust.languageSettings).map(([folder, source]) => ({
      collection: 'languageSettings' as const,
      id: `${trust.slug}/${folder}`,
      file: source.file,
      absolute: source.absolute,
      digest: source.digest,
      data: source.data,
    })),
    ...trust.pages.filter(isReadPage).map((page) => ({
      collection: page.isEasyRead ? ('easyRead' as const) : ('pages' as const),
      id: `${trust.slug}/${page.relativePath}`,
      file: page.file,
      absolute: page.absolute,
      digest: page.digest,
      data: page.data,
      body: page.body,
      isMdx: page.isMdx,
    })),
  ];
}
