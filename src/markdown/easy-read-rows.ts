/**
 * Lays out an easy read page as rows: one idea = one picture + a few short sentences.
 *
 * Authors write plain Markdown. A paragraph holding only a picture starts a row; the
 * paragraphs and lists after it, up to the next picture, are that row's text:
 *
 *   ![Two people talking](files/pictures/talking.svg)
 *
 *   We want to hear from you.
 *
 * A Markdown heading ("## Our commitment to you") over some rows groups them: the rows
 * up to the next heading sit under it.
 *
 * Pictures are written as file paths from the page's file ("../files/pictures/talking.svg"),
 * so they also show in a git host's preview; the build copies them into the site. Bold words are hard words: each is listed at the end of the page
 * with the sentence that explains it.
 *
 * The layout works on the page's tree (hast), inside the Markdown pipeline
 * (src/markdown/easy-read-layout.ts): the page is never written out as HTML and read back by
 * another parser, which could read it differently from the browser and the allow-list.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';

export interface HardWord {
  word: string;
  /** The sentence the word appears in, which explains it. */
  explanation: string;
}

export interface EasyReadTreeLayout {
  root: Root;
  hardWords: HardWord[];
  /** The id for the "Hard words" heading: one no heading of the page already has. */
  hardWordsId: string;
}

export interface EasyReadLayoutOptions {
  /** Moves the page's own headings down this many levels. */
  headingLevels?: number;
  /** How many pictures, from the top, load at once. */
  eagerPictures?: number;
  /** Rewrites each link's address where the page is shown away from its own address. */
  rewriteLink?: ((href: string) => string) | undefined;
  /** Put before every id of the page, and each link to one, where several pages are joined on one page. */
  idPrefix?: string;
}

const isElement = (node: Nodes | undefined, tagName?: string): node is Element =>
  node?.type === 'element' && (tagName === undefined || node.tagName === tagName);

/** Every element of a tree, in document order (an explicit stack: deep nesting cannot overflow the call stack). */
function elementsOf(root: Nodes): Element[] {
  const found: Element[] = [];
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') found.push(node);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return found;
}

/** The words of a node as a reader sees them, block elements on lines of their own. */
const BLOCKS = new Set([
  'p',
  'li',
  'div',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'br',
]);
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  const inner = node.children.map((child) => textOf(child)).join('');
  return node.type === 'element' && BLOCKS.has(node.tagName) ? `\n${inner}\n` : inner;
}

/** The picture of a paragraph holding a picture and nothing to read (spaces aside), which starts a row. */
function pictureOf(node: RootContent): Element | undefined {
  if (!isElement(node, 'p') || !node.children.every((child) => isElement(child, 'img') || textOf(child).trim() === '')) return undefined;
  // A paragraph of spaces alone ("&nbsp;") or an empty one has no picture, and is text.
  return elementsOf(node).find((element) => element.tagName === 'img');
}

/** The forms of a word an explanation may use: "polls" is explained by "A poll is…", "poll" by "Polls are…". */
function formsOf(word: string): string[] {
  const lower = word.toLowerCase();
  const forms = new Set([lower, `${lower}s`, `${lower}es`]);
  if (lower.endsWith('ies')) forms.add(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es')) forms.add(lower.slice(0, -2));
  if (lower.endsWith('s')) forms.add(lower.slice(0, -1));
  if (lower.endsWith('y')) forms.add(`${lower.slice(0, -1)}ies`);
  return [...forms];
}

// Not RegExp.escape: this module also runs in the editor's preview, in browsers older than it.
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words that make a sentence say what something is, in each language easy read pages are written
 * in: English "A poll is…", "…means…"; Welsh "Cwcis yw…", "…yn golygu…", "sef"; Urdu "…ہے",
 * "…ہیں", "مطلب", "یعنی". One list for every language: none of these words is an ordinary word
 * of another of them, so a page need not say its language for its hard words to be found.
 */
const DEFINING_WORDS = ['is', 'are', 'means', 'mean', 'yw', 'ydy', 'ydi', 'ydyn', 'golygu', 'sef', 'ہے', 'ہیں', 'مطلب', 'یعنی'];
/** A sentence that explains the one before it: "This means…", "Mae hyn yn golygu…", "اس کا مطلب…". */
const EXPLAINS_PREVIOUS = /^((this|that|it) means|mae hyn yn golygu|ystyr hyn yw|اس کا مطلب)(?![\p{L}\p{M}])/iu;
/** Whole words in any script: `\b` knows only Latin letters, so it never ends an Urdu word. */
const whole = (alternatives: string) => `(?<![\\p{L}\\p{M}])(${alternatives})(?![\\p{L}\\p{M}])`;

/**
 * The sentence that explains a hard word, found in the text of the word's row (its
 * picture's sentences): one saying what the word, in its singular or plural, "is" or
 * "means" ("A poll is a set of questions."), or a sentence starting "This means" or "That
 * means" straight after the one the word is in ("We will hold a **consultation**. This
 * means we ask you what you think."), and the same in Welsh and Urdu (DEFINING_WORDS).
 */
export function explanationOf(text: string, word: string): string | undefined {
  // Sentences end with ".", "!", "?", and in Urdu "۔" and "؟".
  const sentences = text.split(/(?<=[.!?۔؟])\s+/).map((sentence) => sentence.trim());
  const forms = formsOf(word).map(escapeRegExp).join('|');
  const defining = new RegExp(`${whole(forms)}[^.!?۔؟]*${whole(DEFINING_WORDS.join('|'))}`, 'iu');
  const found = sentences.find((sentence) => defining.test(sentence));
  if (found) return found;
  const mentions = new RegExp(whole(forms), 'iu');
  const index = sentences.findIndex((sentence, at) => mentions.test(sentence) && EXPLAINS_PREVIOUS.test(sentences[at + 1] ?? ''));
  return index >= 0 ? `${sentences[index]} ${sentences[index + 1]}` : undefined;
}

const hasClass = (element: Element, name: string) =>
  Array.isArray(element.properties.className) && element.properties.className.includes(name);
const div = (className: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'div',
  properties: { className: [className] },
  children,
});
const newline = (): ElementContent => ({ type: 'text', value: '\n' });

/**
 * Lays out a page's tree (hast, as the Markdown pipeline makes it) as rows, without changing
 * the tree given. Options: `headingLevels` moves the page's own headings down, so a "## Our
 * commitment to you" over a group of rows is an h2 on its own page and an h3 where the page is
 * joined with others. `eagerPictures`: how many pictures, from the top, are on the first screen
 * of a phone (below the header and title); the rest load only when scrolled near
 * (loading="lazy"), so a long page costs little to open. `rewriteLink`, where the page is shown
 * away from its own address, rewrites each link's address (src/components/links-shown-elsewhere.ts).
 * `idPrefix`, where pages are joined, keeps their headings' ids apart: two pages that both have
 * "## What happens next" would otherwise give the joined page the same id twice, and a link to
 * one would lead to the other.
 */
export function layoutEasyReadTree(tree: Root, options: EasyReadLayoutOptions = {}): EasyReadTreeLayout {
  const { headingLevels = 0, eagerPictures = 1, rewriteLink, idPrefix = '' } = options;
  const root = structuredClone(tree);
  const elements = elementsOf(root);
  const ids = new Set(elements.flatMap((element) => (typeof element.properties.id === 'string' ? [element.properties.id] : [])));
  let pictures = 0;
  for (const element of elements) {
    if (idPrefix && typeof element.properties.id === 'string') element.properties.id = `${idPrefix}${element.properties.id}`;
    const href = element.properties.href;
    if (element.tagName === 'a' && typeof href === 'string') {
      if (idPrefix && href.startsWith('#') && ids.has(safeDecode(href.slice(1)))) element.properties.href = `#${idPrefix}${href.slice(1)}`;
      else if (rewriteLink) element.properties.href = rewriteLink(href);
    }
    if (element.tagName === 'img') {
      element.properties.width = '120';
      element.properties.height = '120';
      if (pictures >= eagerPictures) element.properties.loading = 'lazy';
      pictures += 1;
    }
  }

  // Each part of the page on a line of its own; a group holds its heading and the rows after it.
  const top: ElementContent[] = [];
  let group: Element | undefined;
  let row: { picture: Element; text: ElementContent[] } | undefined;
  const add = (node: ElementContent) => {
    const into = group ? group.children : top;
    if (into.length > 0) into.push(newline());
    into.push(node);
  };
  const closeRow = () => {
    if (row) add(div('er-row', [div('er-picture', [row.picture]), div('er-text', row.text)]));
    row = undefined;
  };
  const closeGroup = () => {
    if (group) group.children.push(newline());
    group = undefined;
  };
  for (const node of root.children) {
    if (node.type === 'doctype' || node.type === 'comment') continue;
    if (node.type === 'text') {
      if (node.value.trim()) row ? row.text.push(node) : add(node);
      continue;
    }
    const picture = pictureOf(node);
    if (picture) {
      closeRow();
      row = { picture, text: [] };
    } else if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      // A heading over a group of rows: it ends the row before it and starts a group the
      // rows after it belong to, kept with its first row when printed.
      closeRow();
      closeGroup();
      const level = Math.min(6, Number(node.tagName.slice(1)) + headingLevels);
      const heading: Element = {
        type: 'element',
        tagName: `h${level}`,
        properties: typeof node.properties.id === 'string' ? { id: node.properties.id } : {},
        children: node.children,
      };
      add(div('er-group', [heading]));
      group = top.at(-1) as Element;
    } else if (row) {
      row.text.push(node as ElementContent);
    } else {
      add(node as ElementContent);
    }
  }
  closeRow();
  closeGroup();
  root.children = top;

  // Hard words are found after the rows are made, so a word's explanation can be any sentence of its row.
  const hardWords: HardWord[] = [];
  type Visit = { node: Nodes; row: Element | undefined; block: Element | undefined; parent: Nodes | undefined };
  const stack: Visit[] = [{ node: root, row: undefined, block: undefined, parent: undefined }];
  while (stack.length > 0) {
    const { node, row: inRow, block, parent } = stack.pop()!;
    // Into elements and components (an .mdx page's <Callout>) alike.
    if (!('children' in node)) continue;
    if (isElement(node, 'strong')) {
      const word = textOf(node).trim();
      if (hardWords.some((known) => known.word.toLowerCase() === word.toLowerCase())) continue;
      const text = textOf(inRow ?? block ?? parent ?? node)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n')
        .replace(/\s+/g, ' ');
      hardWords.push({ word, explanation: explanationOf(text, word) ?? text.trim() });
      continue;
    }
    const here = {
      row: inRow ?? (isElement(node) && hasClass(node, 'er-text') ? node : undefined),
      block: isElement(node, 'p') || isElement(node, 'li') ? node : block,
    };
    for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index]!, ...here, parent: node });
  }
  let hardWordsId = `${idPrefix}hard-words`;
  for (let count = 2; ids.has(hardWordsId.slice(idPrefix.length)); count += 1) hardWordsId = `${idPrefix}hard-words-${count}`;
  return { root, hardWords, hardWordsId };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
