/**
 * Budgets on a page's blocks (its paragraphs, lists, quotes and tables at the top level), for the
 * reading-age report and the easy-read check, which read a page as English sentences:
 * - text in one block: that reader spreads a block's words and marks into one function call's
 *   arguments (past roughly 100,000 it runs out of stack and the build stops with a fault), and
 *   its time grows faster than the block's length (200,000 marks in one paragraph took minutes);
 * - blocks on one page: it splits the page into sentences at each blank line by copying the rest
 *   of the page, so its time grows with the square of the blocks (125,000 took three minutes).
 * No reader follows a block or a page a tenth that long, so the limits never touch real writing.
 */
import type { Nodes, Root } from 'mdast';
import { eachNode } from '../reader/markdown-references.ts';

/** Most characters of text one paragraph, list, quote or table may hold (about 3,000 words). */
export const MAX_BLOCK_CHARACTERS = 20_000;

/** Most paragraphs, lists, quotes, tables and headings one page may hold. */
export const MAX_BLOCKS = 2_000;

export interface OverlongBlock {
  line: number | undefined;
  column: number | undefined;
  /** "paragraph", "list", "blockquote", "table", ... as Markdown names the block. */
  kind: string;
  characters: number;
}

/** Characters of text under one block, links' and emphasis's words included, as they are read. */
function charactersIn(block: Nodes): number {
  let characters = 0;
  eachNode(block as Root, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') characters += node.value.length;
  });
  return characters;
}

/** Every top-level block over the budget. Linear in the size of the tree. */
export function overlongBlocks(tree: Root): OverlongBlock[] {
  return tree.children.flatMap((block) => {
    const characters = charactersIn(block);
    return characters > MAX_BLOCK_CHARACTERS
      ? [{ line: block.position?.start.line, column: block.position?.start.column, kind: block.type, characters }]
      : [];
  });
}

/** The block's name in plain words, for messages. */
export function blockInWords(kind: string): string {
  const names: Record<string, string> = { paragraph: 'paragraph', list: 'list', blockquote: 'quote', table: 'table', heading: 'heading' };
  return names[kind] ?? 'part of the page';
}
