/**
 * An SVG picture is a document that can carry script: opened from the trust's site, a
 * `<script>`, an `onload=` or a link to `javascript:` would run on the trust's own address.
 * Each SVG in files/ is therefore parsed as a browser opens it (as XML, with jsdom) and judged
 * by DOMPurify, the maintained sanitiser built for HTML and SVG, with its SVG profile: a picture
 * is refused when DOMPurify would remove anything, or when it refers to anything outside itself
 * (other files, web addresses, style sheets). Refusing rather than rewriting keeps the file the
 * trust committed exactly the file that is published.
 */
import { createRequire } from 'node:module';
import type { DOMPurify } from 'dompurify';
import type { JSDOM } from 'jsdom';
import { chainWords, referenceCost } from './svg-references.ts';

// jsdom takes seconds to load: it is loaded the first time a picture needs judging, not with the check.
const require = createRequire(import.meta.url);

/** SVG's mixed-case names: DOMPurify's lists are lower case, and an SVG file is XML, where case matters. */
const mixedCaseTags = [
  'clipPath', 'linearGradient', 'radialGradient', 'textPath', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite',
  'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB',
  'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight',
  'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]; // prettier-ignore
const mixedCaseAttributes = [
  'viewBox', 'preserveAspectRatio', 'gradientUnits', 'gradientTransform', 'patternUnits', 'patternContentUnits', 'patternTransform',
  'clipPathUnits', 'markerWidth', 'markerHeight', 'markerUnits', 'refX', 'refY', 'maskUnits', 'maskContentUnits', 'filterUnits',
  'primitiveUnits', 'stdDeviation', 'textLength', 'lengthAdjust', 'startOffset', 'baseFrequency', 'numOctaves', 'kernelMatrix',
  'pathLength', 'spreadMethod', 'tableValues', 'stitchTiles', 'surfaceScale', 'specularExponent', 'specularConstant',
  'diffuseConstant', 'kernelUnitLength', 'limitingConeAngle', 'pointsAtX', 'pointsAtY', 'pointsAtZ', 'xChannelSelector',
  'yChannelSelector', 'edgeMode', 'targetX', 'targetY', 'divisor', 'bias', 'order',
]; // prettier-ignore
/** Accessibility attributes a well-made picture carries. */
const accessibleAttributes = ['role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'focusable'];

let window: JSDOM['window'] | undefined;
let purify: DOMPurify | undefined;

function sanitiser(): { purify: DOMPurify; window: JSDOM['window'] } {
  if (!purify || !window) {
    const { JSDOM } = require('jsdom') as typeof import('jsdom');
    const createDOMPurify = require('dompurify') as typeof import('dompurify').default;
    window = new JSDOM('').window;
    purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      const value = data.attrValue.trim();
      // Only references to a part of the picture itself (#id); never another file or address.
      if (/^(xlink:)?href$|^src$/i.test(data.attrName) && !value.startsWith('#')) data.keepAttr = false;
      if (/url\s*\(\s*['"]?\s*[^'"#\s)]/i.test(value)) data.keepAttr = false;
    });
  }
  return { purify, window };
}

/** What makes an SVG unsafe to publish, in plain words; empty when it is safe. Never throws: an SVG the parser chokes on is refused. */
export function unsafeSvgParts(svg: string): string[] {
  try {
    return judgeSvg(svg);
  } catch {
    return ['it cannot be read as an SVG picture (its markup is broken)'];
  }
}

function judgeSvg(svg: string): string[] {
  const { purify, window } = sanitiser();
  const document = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
  if (document.getElementsByTagName('parsererror').length > 0) return ['it cannot be read as an SVG picture (the XML is broken)'];
  const root = document.documentElement;
  if (root?.localName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg') return ['it is not an SVG picture'];
  const outside = [...document.childNodes]
    .filter((node) => node.nodeType === node.PROCESSING_INSTRUCTION_NODE || node.nodeType === node.DOCUMENT_TYPE_NODE)
    .map((node) =>
      node.nodeType === node.DOCUMENT_TYPE_NODE
        ? 'a <!DOCTYPE> (it can define entities)'
        : `<?${node.nodeName}?> (it can load a style sheet)`,
    );
  const costly = costlySvgParts(root);
  purify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    PARSER_MEDIA_TYPE: 'application/xhtml+xml',
    ADD_TAGS: mixedCaseTags,
    ADD_ATTR: [...mixedCaseAttributes, ...accessibleAttributes],
    // A style sheet can load other files; pictures are drawn with attributes.
    FORBID_TAGS: ['style'],
  });
  const removed = purify.removed
    .map((item) => {
      if ('attribute' in item && item.attribute) {
        return `the attribute ${item.attribute.name}="${item.attribute.value.slice(0, 40)}" on <${item.from.nodeName}>`;
      }
      const element = 'element' in item ? item.element : undefined;
      // DOMPurify reports the document wrapper it parsed into; that is not part of the picture.
      if (!element || /^(body|html|head)$/i.test(element.nodeName)) return undefined;
      return `<${element.nodeName}>`;
    })
    .filter((part): part is string => part !== undefined);
  return [...outside, ...costly, ...removed];
}

/**
 * Drawing budgets. Every picture is drawn by readers' browsers and a logo by the build for
 * every share card, so SVG features whose drawing cost has no bound are refused:
 * - filter effects (<filter> and every fe* primitive): a blur, a turbulence or a morphology
 *   costs time in proportion to its radius times the area, and a radius can be any number;
 * - <pattern>: a pattern's tiles can be any number of times smaller than the shape they fill;
 * - references that multiply the drawing (./svg-references.ts): a mask, clipping path, filter,
 *   pattern, marker, gradient or <use> is drawn again wherever it is referred to, so a chain of
 *   them doubles the drawing at each level (the SVG form of the "billion laughs"). The picture
 *   is refused when, references followed, it draws more elements than `drawn`, more masks,
 *   clipping paths and other layers than `layers`, or refers more than `referenceDepth` deep
 *   (each level holds a layer in memory while the next is drawn), or when references loop;
 * - <use> beyond a few hundred, and nesting beyond a set depth;
 * - more elements than any logo or pictogram needs.
 * Measured (references followed): the sample logos and pictograms draw at most 9 elements, no
 * layers, no references; 3,540 other real SVGs on hand (the icons and logos shipped with the
 * project's packages and the system's icon themes) at most 147 elements, 27 layers, 2 deep.
 * resvg draws 10,000 plain shapes in about 0.1 s; each masked shape in a card's logo box costs
 * about 3 ms (250: under a second a card), 1,000 nested masks about 0.2 s; 22 levels of doubling
 * masks (8 million) fill any machine's memory.
 */
export const SVG_BUDGET = { elements: 10_000, depth: 40, uses: 200, drawn: 20_000, layers: 250, referenceDepth: 12 } as const;

const flatten =
  'Simplify the picture, or export it again flattened (in the drawing program, release or expand its masks, clipping paths and effects, so each shape is drawn once)';

function costlySvgParts(root: Element): string[] {
  const parts = new Set<string>();
  let elements = 0;
  let uses = 0;
  // An explicit stack: a deeply nested picture cannot overflow the call stack.
  const stack: Array<{ element: Element; depth: number }> = [{ element: root, depth: 1 }];
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    elements++;
    const name = element.localName;
    if (name === 'filter' || /^fe[A-Z]/.test(name)) parts.add(`a filter effect (<${name}>), which can take minutes to draw`);
    if (name === 'pattern') parts.add('a <pattern>, which can take minutes to draw');
    if (name === 'use') uses++;
    if (depth > SVG_BUDGET.depth) parts.add(`shapes nested more than ${SVG_BUDGET.depth} deep`);
    for (const child of element.children) stack.push({ element: child, depth: depth + 1 });
  }
  if (elements > SVG_BUDGET.elements) parts.add(`${elements} elements (at most ${SVG_BUDGET.elements})`);
  if (uses > SVG_BUDGET.uses) parts.add(`${uses} <use> copies (at most ${SVG_BUDGET.uses})`);
  const references = referenceParts(root);
  return [...parts, ...references];
}

const count = (value: number) => (Number.isFinite(value) && value < 1e15 ? Math.round(value).toLocaleString('en-GB') : 'countless');

/** What the picture's references would make the drawing cost, in plain words; empty when within the budget. */
export function referenceParts(root: Element): string[] {
  const verdict = referenceCost(root);
  if ('loop' in verdict)
    return [
      `references that go round in a loop (${verdict.loop.join(' refers to ')}), so it refers to itself for ever and could never finish drawing. Remove the reference that points back, or export the picture again flattened`,
    ];
  const { cost, elements } = verdict;
  const through = `${chainWords(cost.chain)} ${cost.depth} ${cost.depth === 1 ? 'level' : 'levels'} deep`;
  const times = count(cost.drawn / elements);
  if (cost.drawn > SVG_BUDGET.drawn)
    return [
      `a drawing that refers to itself through ${through}, which would make it about ${times} times bigger to draw (${count(cost.drawn)} shapes drawn; at most ${SVG_BUDGET.drawn.toLocaleString('en-GB')}). ${flatten}`,
    ];
  if (cost.layers > SVG_BUDGET.layers)
    return [
      `a drawing whose references (${through}) would draw ${count(cost.layers)} masks, clipping paths or other layers, each a picture of its own (at most ${SVG_BUDGET.layers.toLocaleString('en-GB')}). ${flatten}`,
    ];
  if (cost.depth > SVG_BUDGET.referenceDepth)
    return [
      `a drawing that refers to itself through ${through} (at most ${SVG_BUDGET.referenceDepth}), each level held in memory while the next is drawn. ${flatten}`,
    ];
  return [];
}
