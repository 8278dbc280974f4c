/**
 * A page's Markdown as a tree (mdast, with positions), in the browser: the build's own parser
 * (Sätteri) is native code the editor's page cannot run, so the editor uses micromark, the
 * CommonMark parser of remark, with GitHub's extensions (tables, autolinks), as the build has
 * them on. tests/editor/reading-age-panel.test.ts checks that a reading age measured on this
 * tree equals the check's on every sample page.
 *
 * These are the versions Decap CMS itself installs (micromark 2, through react-markdown), so the
 * editor adds no package of its own; the parser is reached by its path for that reason.
 */
import type { Root } from 'mdast';
// @ts-expect-error: the package's own types name micromark 2's internals, which are not installed where TypeScript looks.
import fromMarkdown from '../../../node_modules/react-markdown/node_modules/mdast-util-from-markdown/index.js';
import gfmSyntax from 'micromark-extension-gfm';
// @ts-expect-error: no types.
import { fromMarkdown as gfmTree } from 'mdast-util-gfm';

type Parse = (value: string, options: { extensions: unknown[]; mdastExtensions: unknown[] }) => Root;
type Syntax = () => unknown;

export function markdownTree(body: string): Root {
  return (fromMarkdown as Parse)(body, { extensions: [(gfmSyntax as Syntax)()], mdastExtensions: [gfmTree] });
}
