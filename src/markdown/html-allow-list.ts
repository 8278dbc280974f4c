/**
 * Raw HTML in a page goes through an allow-list, not a list of forbidden patterns: the HTML is
 * parsed as a browser parses it (parse5, through hast-util-from-html) and handed to a
 * maintained sanitiser (hast-util-sanitize) with GitHub's schema trimmed to what strategy
 * pages need. A page is refused when sanitising would change anything, and the refusal says
 * which element or attribute would go. Whatever new spelling an attacker tries, it parses to
 * elements and attributes, and only the listed ones pass.
 */
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, Nodes, Root } from 'hast';

/** The only schemes a link in content may use; anything else with a scheme ("javascript:", "data:", "vbscript:"...) is refused. */
export const allowedUrlSchemes = ['https', 'http', 'mailto', 'tel'] as const;

/** Elements content may use as raw HTML: GitHub's list without forms, media, headings level 1 and layout blocks. */
const allowedTags = new Set([
  'a', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'details', 'dl', 'dt', 'em', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins',
  'kbd', 'li', 'ol', 'p', 'q', 's', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]); // prettier-ignore

export const htmlSchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => allowedTags.has(tag)),
  attributes: {
    a: ['href', 'title'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite'],
    ins: ['cite'],
    ol: ['start'],
    details: ['open'],
    td: ['colSpan', 'rowSpan', 'headers', 'scope'],
    th: ['colSpan', 'rowSpan', 'headers', 'scope'],
    '*': ['lang', 'dir', 'title'],
  },
  protocols: { href: [...allowedUrlSchemes], cite: ['https', 'http'] },
  required: {},
  // Notes to other editors (<!-- ... -->) are inert text.
  allowComments: true,
  strip: ['script', 'style'],
};

/** A style the Markdown pipeline writes itself (table column alignment, code colours): plain declarations, nothing that loads or runs. */
const PIPELINE_STYLE = /^\s*[a-z-]+\s*:\s*[#\w.%\s-]+(;\s*[a-z-]+\s*:\s*[#\w.%\s-]+)*;?\s*$/;

/**
 * What a published page's own content may hold (the last check on each page,
 * src/publishing/last-line-check.ts): the raw HTML allow-list above, and what the Markdown
 * pipeline itself writes from Markdown (pictures, heading ids, footnotes, task lists, table
 * alignment, highlighted code), the easy read layout (src/markdown/easy-read-rows.ts) and the
 * components an .mdx page may use (src/components/mdx/). Nothing else: no handler, no
 * `hidden`, no `download`, no class the layout does not write, no `data:` picture.
 */
export const publishedContentSchema: Schema = {
  ...htmlSchema,
  tagNames: [...(htmlSchema.tagNames ?? []), 'h1', 'img', 'div', 'span', 'section', 'pre', 'input'],
  attributes: {
    ...htmlSchema.attributes,
    a: [
      'href',
      'title',
      'id',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading'],
    ...Object.fromEntries(
      ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((heading) => [heading, ['id', ['className', 'sr-only', 'nhsuk-heading-m']]]),
    ),
    li: ['id', ['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
    ol: ['start', ['className', 'contains-task-list']],
    section: ['dataFootnotes', ['className', 'footnotes']],
    div: [
      [
        'className',
        'er-row',
        'er-picture',
        'er-text',
        'er-group',
        'er-hard-words',
        'nhsuk-inset-text',
        'nhsuk-card',
        'my-6',
        'nhsuk-card__content',
      ],
    ],
    span: [
      ['className', 'nhsuk-u-visually-hidden', 'block', 'text-4xl', 'font-semibold', 'line'],
      ['style', PIPELINE_STYLE],
    ],
    pre: [
      ['className', /^[\w-]+$/],
      ['style', PIPELINE_STYLE],
      ['tabIndex', 0],
      ['dataLanguage', /^[\w+#-]*$/],
    ],
    code: [['className', /^language-[\w+#-]+$/]],
    input: [
      ['type', 'checkbox'],
      ['checked', true],
      ['disabled', true],
    ],
    td: ['colSpan', 'rowSpan', 'headers', 'scope', ['style', PIPELINE_STYLE]],
    th: ['colSpan', 'rowSpan', 'headers', 'scope', ['style', PIPELINE_STYLE]],
  },
  protocols: { ...htmlSchema.protocols, src: ['https', 'http'] },
  // Ids are the pipeline's own (headings, footnotes): kept as written.
  clobber: [],
};

export interface RefusedHtml {
  /** Line and column inside the fragment (1-based). */
  line: number;
  column: number;
  message: string;
}

/** A tree without positions, so two trees can be compared. */
function shape(node: Nodes): unknown {
  return JSON.stringify(node, (key, value) => (key === 'position' || key === 'data' ? undefined : value));
}

const tagOf = (element: Element) => `<${element.tagName}>`;

/** What the sanitiser would remove from one element, judged on the element alone (its children are judged in turn). */
export function refusalsOf(element: Element, schema: Schema = htmlSchema): string[] {
  const alone: Root = { type: 'root', children: [{ ...element, children: [] }] };
  const kept = sanitize(alone, { ...schema, ancestors: {} }) as Root;
  const survivor = kept.children.find((child): child is Element => child.type === 'element');
  if (!survivor || survivor.tagName !== element.tagName) return [`${tagOf(element)} is not allowed`];
  return Object.keys(element.properties)
    .filter(
      (name) => !(name in survivor.properties) || shape(survivor.properties[name] as never) !== shape(element.properties[name] as never),
    )
    .map((name) => {
      const value = element.properties[name];
      const shown = Array.isArray(value) ? value.join(' ') : String(value);
      return `the attribute ${attributeName(name)}="${shown.slice(0, 60)}" on ${tagOf(element)} is not allowed`;
    });
}

/** hast property names back to the HTML attribute an editor wrote (onClick -> onclick, className -> class). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (property.startsWith('data')) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return property.toLowerCase();
}

/**
 * Parses a piece of raw HTML and returns everything the allow-list refuses, each with where it
 * is in the fragment. Empty when the sanitiser would leave the HTML exactly as written.
 */
export function refusedHtml(fragment: string): RefusedHtml[] {
  const tree = fromHtml(fragment, { fragment: true });
  const refused: RefusedHtml[] = [];
  // An explicit stack rather than recursion: deeply nested HTML cannot overflow the call stack.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      for (const message of refusalsOf(node)) {
        refused.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
      }
      // <template> keeps its children apart from the tree; they must pass too.
      if (node.content) stack.push(node.content);
    }
    const children = (node as { children?: Nodes[] }).children ?? [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  refused.sort((a, b) => a.line - b.line || a.column - b.column);
  // The sanitiser is the judge: anything it would change and the walk above did not name (an element
  // in the wrong place, say) is still refused.
  if (refused.length === 0 && shape(sanitize(tree, htmlSchema)) !== shape(tree)) {
    refused.push({ line: 1, column: 1, message: 'this HTML would be changed when published (an element is used where it cannot go)' });
  }
  return refused;
}

/** An element no one writes: what follows a piece of raw HTML on the page, as far as the HTML parser can tell. */
const END_PROBE = 'strategy-end-probe';

/**
 * True when a piece of raw HTML leaves the browser's HTML parser where it found it, reading
 * ordinary text: no open quote, tag, comment or text-only element (<textarea>, <title>...).
 * The Markdown between two pieces is rendered as ordinary HTML, so when every piece is
 * finished no piece can swallow the page after it and, with the next piece, form an element
 * or attribute that neither holds alone. Tested by parsing the piece with a probe element
 * after it: the probe must come out as an element.
 */
export function isFinishedHtml(fragment: string): boolean {
  const tree = fromHtml(`${fragment}<${END_PROBE}></${END_PROBE}>`, { fragment: true });
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element' && node.tagName === END_PROBE) return true;
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
  return false;
}

/** The scheme of a URL as a browser reads it ("javascript" for "java\tscript:..."), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  // Browsers drop leading and trailing spaces and control characters and every tab or newline inside.
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([^:/?#]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

/** True when a link or picture address uses a scheme content may not use. */
export function isRefusedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme !== undefined && !(allowedUrlSchemes as readonly string[]).includes(scheme);
}
