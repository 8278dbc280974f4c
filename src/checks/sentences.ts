/**
 * The sentences a reader reads in a page's body, for the reading age and the easy read lint:
 * parse-english (retext's English parser, through mdast-util-to-nlcst) over the tree the
 * build's own Markdown parser made, with positions in the source. mdast-util-to-nlcst leaves
 * tables out, but readers read them, so each table cell is read as a paragraph of its own.
 */
import type { Root, TableCell } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';

/** One sentence tree for the body's text, then one for each table cell. */
export function sentenceTrees(tree: Root, body: string): NlcstRoot[] {
  const file = new VFile({ value: body });
  const cells: TableCell[] = [];
  visit(tree, 'tableCell', (cell) => {
    cells.push(cell);
  });
  return [
    toNlcst(tree, file, ParseEnglish) as NlcstRoot,
    ...cells.map(
      (cell) => toNlcst({ type: 'paragraph', children: cell.children, position: cell.position }, file, ParseEnglish) as NlcstRoot,
    ),
  ];
}
