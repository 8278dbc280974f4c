/**
 * A page's Markdown as a tree (mdast, with positions), in the browser: the build's own parser
 * (Sätteri) is native code the editor's page cannot run, so the editor uses micromark, the
 * CommonMark parser of remark, with GitHub's extensions (tables, autolinks), as the build has
 * them on. tests/editor/reading-age-panel.test.ts checks that a reading age measured on this
 * tree equals the check's on every sample page.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

export function markdownTree(body: string): Root {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
