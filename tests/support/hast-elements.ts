/** Test support: every element of a hast tree, in document order. */
import type { Element, Nodes } from 'hast';

export function elementsOf(tree: Nodes): Element[] {
  const found: Element[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') found.push(node);
    // Children pushed last first, so elements come in document order.
    if ('children' in node) stack.push(...[...node.children].reverse());
  }
  return found;
}
