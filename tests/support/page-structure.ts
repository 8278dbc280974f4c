/**
 * The outline of a rendered page, for finding headings with nothing under them: a heading
 * is empty when no text, picture, table or form control comes before the next heading of
 * the same or a higher level.
 */
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';

type Token = { heading: number; text: string } | { content: true };

const CONTENT_ELEMENTS = new Set([
  'img',
  'svg',
  'table',
  'input',
  'select',
  'textarea',
  'video',
  'audio',
  'iframe',
  'pagefind-results',
  'pagefind-searchbox',
]);

function tokens(node: Node, into: Token[] = []): Token[] {
  if (node.nodeType === NodeType.TEXT_NODE) {
    if (node.text.trim()) into.push({ content: true });
    return into;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return into;
  const element = node as HTMLElement;
  const tag = element.rawTagName?.toLowerCase() ?? '';
  const level = /^h([1-6])$/.exec(tag);
  if (level) {
    into.push({ heading: Number(level[1]), text: element.text.trim() });
    return into;
  }
  if (CONTENT_ELEMENTS.has(tag)) {
    into.push({ content: true });
    return into;
  }
  for (const child of element.childNodes) tokens(child, into);
  return into;
}

/** The text of every heading in `root` with nothing under it. */
export function emptyHeadings(root: HTMLElement): string[] {
  const list = tokens(root);
  const empty: string[] = [];
  list.forEach((token, index) => {
    if (!('heading' in token)) return;
    for (const next of list.slice(index + 1)) {
      if ('content' in next) return;
      if (next.heading <= token.heading) break;
    }
    empty.push(`h${token.heading} "${token.text}"`);
  });
  return empty;
}
