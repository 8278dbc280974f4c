/**
 * Raw HTML in a Markdown page becomes part of the page's tree, parsed by parse5 as the
 * browser parses it and as the allow-list judged it (./html-allow-list.ts), instead of being
 * copied out as text. So an element left open (an `<a>` with no `</a>`) is closed at the end of
 * the page's own content, never running on over the product's own text after it, and every
 * later step (the easy read layout, the last check on each page) works on one tree that one
 * parser made.
 */
import type { Root } from 'hast';
import { raw } from 'hast-util-raw';
import { defineHastPlugin } from 'satteri';

/** The MDX nodes a page's tree may hold, kept as they are (MDX pages cannot hold raw HTML). */
const MDX_NODES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];

/** A plain copy of the tree Sätteri hands a plugin, without its own bookkeeping. */
export function plainTree(root: unknown): Root {
  return JSON.parse(JSON.stringify(root, (key, value: unknown) => (key === '_resolver' || key === '_id' ? undefined : value))) as Root;
}

/** True when a tree holds raw HTML. */
export function hasRawHtml(root: Root): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as { type: string; children?: unknown[] };
    if (node.type === 'raw') return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}

/** The tree with each piece of raw HTML parsed into elements, text and comments. */
export function htmlIntoTree(root: Root): Root {
  return raw(root, { passThrough: MDX_NODES }) as Root;
}

export const rawHtmlInTree = defineHastPlugin({
  name: 'strategy-raw-html-in-tree',
  before(root, ctx) {
    if (ctx.sourceFormat === 'mdx') return;
    const tree = plainTree(root);
    // Most pages have no raw HTML at all: they are left exactly as Sätteri made them.
    if (!hasRawHtml(tree)) return;
    ctx.replaceNode(root, htmlIntoTree(tree) as never);
  },
});
