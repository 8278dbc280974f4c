/**
 * Which content folder and which trusts a build reads, in the form the content collections
 * (src/content.config.ts) and the Markdown plugins need. Worked out once by the integration
 * (src/integrations/strategy-sites.ts) from its options; pages read the result from
 * `virtual:strategy-sites/selection`.
 */
import path from 'node:path';

export interface ContentSelection {
  /** Absolute path of the folder holding one sub-folder per trust, ending in a separator. */
  base: string;
  /** A glob segment matching the selected trust folders, for example "*" or "{acme,harbourside}". */
  trustPattern: string;
}

/** @param contentDir absolute path of the content folder; @param trusts the selected slugs, none meaning every trust */
export function contentSelection(contentDir: string, trusts: string[]): ContentSelection {
  const slugs = trusts.map((slug) => slug.trim()).filter(Boolean);
  const trustPattern = slugs.length === 0 ? '*' : slugs.length === 1 ? slugs[0]! : `{${slugs.join(',')}}`;
  return { base: path.resolve(contentDir) + path.sep, trustPattern };
}
