/**
 * Which content folder and which trusts a build reads, in the form the content loaders
 * (src/content.config.ts), the Markdown plugins and the pages need. Worked out once by the
 * integration (src/integrations/strategy-sites.ts) from its options; pages read the result
 * from `virtual:strategy-sites/selection`.
 */
import path from 'node:path';

export interface ContentSelection {
  /** Absolute path of the folder holding one sub-folder per trust, ending in a separator. */
  base: string;
  /** The selected trusts' folder names; empty for every trust. */
  trusts: string[];
}

/** @param contentDir absolute path of the content folder; @param trusts the selected slugs, none meaning every trust */
export function contentSelection(contentDir: string, trusts: string[]): ContentSelection {
  return { base: path.resolve(contentDir) + path.sep, trusts: trusts.map((slug) => slug.trim()).filter(Boolean) };
}
