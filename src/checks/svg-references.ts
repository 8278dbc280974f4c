/**
 * How much drawing an SVG picture asks for once its references are followed. A mask, a
 * clipping path, a filter, a pattern, a marker, a gradient's href or a <use> is drawn again at
 * every place that refers to it, so a picture of a few kilobytes whose masks each refer twice to
 * the next draws 2^22 shapes at 22 levels: resvg then takes every byte of memory, and browsers
 * seconds per page. The cost is worked out before anything draws the picture, from the parsed
 * document: for each element, the elements drawn for it (itself, its children, and everything it
 * refers to, once per reference), memoised, with the deepest chain of references. A loop of
 * references is refused outright.
 */

/** The kinds of reference, as an editor would name them, by the element referred to. */
const kindNames: Record<string, string> = {
  mask: 'masks',
  clipPath: 'clipping paths',
  filter: 'filters',
  pattern: 'patterns',
  marker: 'markers',
  linearGradient: 'gradients',
  radialGradient: 'gradients',
};
/** Elements drawn into a picture of their own and then combined: each one drawn costs a whole layer. */
const layerElements = new Set(['mask', 'clipPath', 'filter', 'pattern', 'marker']);
/** Elements never drawn where they stand, only where something refers to them. */
const drawnOnlyWhenReferred = new Set([...layerElements, ...Object.keys(kindNames), 'defs', 'symbol']);

export interface ReferenceCost {
  /** Elements drawn for this one, counting every reference as many times as it is followed. */
  drawn: number;
  /** Of those, masks, clipping paths, filters, patterns and markers: each is a picture of its own. */
  layers: number;
  /** The longest chain of references below this element. */
  depth: number;
  /** The kinds of reference along that chain ("masks", "copies"), in order. */
  chain: string[];
}

export type ReferenceVerdict = { cost: ReferenceCost; elements: number } | { loop: string[] };

interface Reference {
  target: Element;
  /** How many times the target is drawn for this reference: a marker on every corner of a shape. */
  times: number;
  kind: string;
}

/** Undoes CSS escapes (`\61` or `\a`), which a browser undoes before it looks the id up. */
function cssUnescape(text: string): string {
  return text.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_, hex: string | undefined, char: string | undefined) =>
    hex ? String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff) || 0xfffd) : (char ?? ''),
  );
}

/** Every `url(#id)` in a value, with the CSS property it was given for (the attribute's name, or the declaration's inside style=""). */
function urlReferences(name: string, value: string): Array<{ property: string; id: string }> {
  const found: Array<{ property: string; id: string }> = [];
  const declarations = name === 'style' ? value.split(';') : [`${name}:${value}`];
  for (const declaration of declarations) {
    const colon = declaration.indexOf(':');
    const property = declaration.slice(0, colon).trim().toLowerCase();
    for (const match of declaration.slice(colon + 1).matchAll(/url\s*\(\s*(["']?)\s*#((?:\\.|[^\\])*?)\s*\1\s*\)/gi))
      found.push({ property, id: cssUnescape(match[2]!) });
  }
  return found;
}

/** The most corners a shape can have, from the numbers in its outline: a marker-mid is drawn at each. */
function corners(element: Element): number {
  const outline = element.getAttribute('d') ?? element.getAttribute('points') ?? '';
  return Math.max(2, (outline.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi)?.length ?? 0) / 2 + 1);
}

function referencesOf(element: Element, byId: Map<string, Element>): Reference[] {
  const references: Reference[] = [];
  const add = (id: string, times: number, fallback: string) => {
    const target = byId.get(id);
    if (target) references.push({ target, times, kind: kindNames[target.localName] ?? fallback });
  };
  for (const attribute of element.attributes) {
    // href on a link is somewhere to go, not something drawn.
    if (attribute.localName === 'href' && element.localName !== 'a') {
      const value = attribute.value.trim();
      if (value.startsWith('#')) add(value.slice(1), 1, element.localName === 'use' ? 'copies' : 'references');
      continue;
    }
    for (const { property, id } of urlReferences(attribute.localName, attribute.value))
      add(id, property === 'marker' || property === 'marker-mid' ? corners(element) : 1, 'references');
  }
  return references;
}

/**
 * The drawing cost of a parsed picture, or the loop it refers around. Walks with an explicit stack,
 * so neither a deep picture nor a long chain of references can overflow the call stack.
 */
export function referenceCost(root: Element): ReferenceVerdict {
  const byId = new Map<string, Element>();
  let elements = 0;
  for (const element of [root, ...root.getElementsByTagName('*')]) {
    elements++;
    const id = element.getAttribute('id');
    // A browser finds the first element with an id.
    if (id !== null && !byId.has(id)) byId.set(id, element);
  }
  const done = new Map<Element, ReferenceCost>();
  const visiting = new Set<Element>();
  interface Frame {
    element: Element;
    next: Array<{ target: Element; times: number; kind?: string }>;
    index: number;
    cost: ReferenceCost;
  }
  const open = (element: Element): Frame => {
    visiting.add(element);
    // Definitions are still walked (a loop inside one is refused) but cost nothing where they stand.
    const next = [...element.children].map((target) => ({ target, times: drawnOnlyWhenReferred.has(target.localName) ? 0 : 1 }));
    const cost = { drawn: 1, layers: layerElements.has(element.localName) ? 1 : 0, depth: 0, chain: [] };
    return { element, next: [...next, ...referencesOf(element, byId)], index: 0, cost };
  };
  const stack: Frame[] = [open(root)];
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    const step = frame.next[frame.index];
    if (!step) {
      visiting.delete(frame.element);
      done.set(frame.element, frame.cost);
      stack.pop();
      continue;
    }
    if (visiting.has(step.target)) {
      const from = stack.findIndex((open) => open.element === step.target);
      return { loop: [...stack.slice(from).map((open) => open.element), step.target].map(describe) };
    }
    const below = done.get(step.target);
    if (!below) {
      stack.push(open(step.target));
      continue;
    }
    frame.index++;
    if (step.times === 0) continue;
    const { cost } = frame;
    cost.drawn += step.times * below.drawn;
    cost.layers += step.times * below.layers;
    const depth = below.depth + (step.kind ? 1 : 0);
    if (depth > cost.depth) {
      cost.depth = depth;
      cost.chain = step.kind ? [step.kind, ...below.chain] : below.chain;
    }
  }
  return { cost: done.get(root)!, elements };
}

function describe(element: Element): string {
  const id = element.getAttribute('id');
  return id ? `#${id}` : `<${element.localName}>`;
}

/** The kinds along a chain in plain words: "masks", "masks and copies". */
export function chainWords(chain: string[]): string {
  const kinds = [...new Set(chain)];
  if (kinds.length <= 1) return kinds[0] ?? 'references';
  return `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;
}
