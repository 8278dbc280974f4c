/**
 * Every link and picture a page's Markdown makes, read from the parsed tree (the tree the
 * build's own parser, Sätteri, makes): inline links and pictures, autolinks, reference-style
 * links and pictures with their definitions, and links written as raw HTML `<a href>`. The
 * check resolves each of these, and the build's picture plugin (src/markdown/picture-paths.ts)
 * rewrites every picture form found here, so a form the check accepts is a form the build
 * publishes correctly.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes as HastNodes } from 'hast';
import type { Definition, Nodes, Root } from 'mdast';

export type ReferenceForm = 'inline' | 'reference' | 'html';

export interface Reference {
  /** The address as written. */
  target: string;
  /** A picture: its address is a file path from the page's own file, not a web address. */
  isImage: boolean;
  form: ReferenceForm;
  /** Where the address is written in the body (for a reference-style link, its definition). */
  line: number | undefined;
  column: number | undefined;
}

/** Walks a tree without recursion, so a deeply nested page cannot exhaust the stack. */
export function eachNode(tree: Root, visit: (node: Nodes) => void): void {
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    visit(node);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index -= 1) pending.push(node.children[index] as Nodes);
  }
}

/** The definitions of a page, by identifier (CommonMark matches labels case-insensitively; Sätteri gives them lower-cased). */
function definitionsOf(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  eachNode(tree, (node) => {
    // The first definition of a label wins, as in CommonMark.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  return definitions;
}

/** The identifiers of definitions that pictures use (`![alt][id]`): their addresses are picture paths. */
export function pictureDefinitionIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  eachNode(tree, (node) => {
    if (node.type === 'imageReference') ids.add(node.identifier);
  });
  return ids;
}

/** Links in one piece of raw HTML (`<a href>`, and `<img src>`, which the allow-list refuses anyway). */
function htmlReferences(value: string, line: number | undefined, column: number | undefined): Reference[] {
  const found: Reference[] = [];
  const pending: HastNodes[] = [fromHtml(value, { fragment: true })];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'element') {
      const element = node as Element;
      const href = element.tagName === 'a' ? element.properties.href : element.tagName === 'img' ? element.properties.src : undefined;
      if (typeof href === 'string') found.push({ target: href, isImage: element.tagName === 'img', form: 'html', line, column });
    }
    if ('children' in node) pending.push(...(node.children as HastNodes[]));
  }
  return found;
}

export function referencesIn(tree: Root): Reference[] {
  const definitions = definitionsOf(tree);
  const references: Reference[] = [];
  const judged = new Set<string>();
  eachNode(tree, (node) => {
    const at = { line: node.position?.start.line, column: node.position?.start.column };
    switch (node.type) {
      case 'link':
      case 'image':
        references.push({ target: node.url, isImage: node.type === 'image', form: 'inline', ...at });
        break;
      case 'linkReference':
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        // A reference with no definition is shown as plain text, not a link.
        if (!definition) break;
        const isImage = node.type === 'imageReference';
        // One problem per definition and use: a definition used by links and pictures is judged as both.
        const key = `${node.identifier}\n${isImage}`;
        if (judged.has(key)) break;
        judged.add(key);
        references.push({
          target: definition.url,
          isImage,
          form: 'reference',
          line: definition.position?.start.line,
          column: definition.position?.start.column,
        });
        break;
      }
      case 'html':
        references.push(...htmlReferences(node.value, at.line, at.column));
        break;
    }
  });
  return references;
}
