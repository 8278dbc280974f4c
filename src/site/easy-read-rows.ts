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
 */
import { HTMLElement, parse } from 'node-html-parser';

export interface HardWord {
  word: string;
  /** The sentence the word appears in, which explains it. */
  explanation: string;
}

export interface EasyReadLayout {
  html: string;
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

function isPictureParagraph(element: HTMLElement): boolean {
  return (
    element.tagName === 'P' &&
    element.childNodes.every((node) => (node instanceof HTMLElement && node.tagName === 'IMG') || node.textContent.trim() === '')
  );
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
 * The sentence that explains a hard word, found in the text of the word's row (its
 * picture's sentences): one saying what the word, in its singular or plural, "is" or
 * "means" ("A poll is a set of questions."), or a sentence starting "This means" or "That
 * means" straight after the one the word is in ("We will hold a **consultation**. This
 * means we ask you what you think.").
 */
export function explanationOf(text: string, word: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim());
  const forms = formsOf(word).map(escapeRegExp).join('|');
  const defining = new RegExp(`\\b(${forms})\\b[^.!?]*\\b(is|are|means|mean)\\b`, 'i');
  const found = sentences.find((sentence) => defining.test(sentence));
  if (found) return found;
  const mentions = new RegExp(`\\b(${forms})\\b`, 'i');
  const index = sentences.findIndex((sentence, at) => mentions.test(sentence) && /^(this|that|it) means\b/i.test(sentences[at + 1] ?? ''));
  return index >= 0 ? `${sentences[index]} ${sentences[index + 1]}` : undefined;
}

/** The text of each row of a laid-out page, by the row's element, for finding a hard word's explanation. */
function rowTextOf(strong: HTMLElement): string {
  const row = strong.closest('.er-row .er-text') ?? strong.closest('p, li') ?? strong.parentNode;
  return ((row as HTMLElement | null)?.structuredText ?? strong.textContent).replace(/\s+/g, ' ');
}

/**
 * Options: `headingLevels` moves the page's own headings down, so a "## Our commitment to you" over
 * a group of rows is an h2 on its own page and an h3 where the page is joined with others.
 * `eagerPictures`: how many pictures, from the top, are on the first screen of a phone (below
 * the header and title); the rest load only when scrolled near (loading="lazy"), so a long
 * page costs little to open.
 * `rewriteLink`, where the page is shown away from its own address, rewrites each link's
 * address (src/site/links-shown-elsewhere.ts). `idPrefix`, where pages are joined, keeps their
 * headings' ids apart: two pages that both have "## What happens next" would otherwise give the
 * joined page the same id twice, and a link to one would lead to the other.
 */
export function layoutEasyRead(renderedHtml: string, options: EasyReadLayoutOptions = {}): EasyReadLayout {
  const { headingLevels = 0, eagerPictures = 1, rewriteLink, idPrefix = '' } = options;
  const root = parse(renderedHtml);
  const ids = new Set(root.querySelectorAll('[id]').map((element) => element.id));
  if (idPrefix) for (const element of root.querySelectorAll('[id]')) element.id = `${idPrefix}${element.id}`;
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href')!;
    if (idPrefix && href.startsWith('#') && ids.has(decodeURIComponent(href.slice(1))))
      link.setAttribute('href', `#${idPrefix}${href.slice(1)}`);
    else if (rewriteLink) link.setAttribute('href', rewriteLink(href));
  }
  for (const [index, image] of root.querySelectorAll('img').entries()) {
    image.setAttribute('width', '120');
    image.setAttribute('height', '120');
    if (index >= eagerPictures) image.setAttribute('loading', 'lazy');
  }

  const parts: string[] = [];
  let row: { picture: string; text: string[] } | undefined;
  let inGroup = false;
  const closeGroup = () => {
    if (inGroup) parts.push('</div>');
    inGroup = false;
  };
  const closeRow = () => {
    if (row)
      parts.push(`<div class="er-row"><div class="er-picture">${row.picture}</div><div class="er-text">${row.text.join('')}</div></div>`);
    row = undefined;
  };
  for (const node of root.childNodes) {
    if (!('tagName' in node)) {
      if (node.textContent.trim()) (row ? row.text : parts).push(node.toString());
      continue;
    }
    const element = node as HTMLElement;
    if (isPictureParagraph(element)) {
      closeRow();
      row = { picture: element.querySelector('img')!.toString(), text: [] };
    } else if (/^H[1-6]$/.test(element.tagName)) {
      // A heading over a group of rows: it ends the row before it and starts a group the
      // rows after it belong to, kept with its first row when printed.
      closeRow();
      closeGroup();
      const level = Math.min(6, Number(element.tagName.slice(1)) + headingLevels);
      parts.push(`<div class="er-group"><h${level}${element.id ? ` id="${element.id}"` : ''}>${element.innerHTML}</h${level}>`);
      inGroup = true;
    } else if (row) {
      row.text.push(element.toString());
    } else {
      parts.push(element.toString());
    }
  }
  closeRow();
  closeGroup();
  const html = parts.join('\n');

  // Hard words are found after the rows are made, so a word's explanation can be any sentence of its row.
  const hardWords: HardWord[] = [];
  for (const strong of parse(html).querySelectorAll('strong')) {
    const word = strong.textContent.trim();
    if (hardWords.some((known) => known.word.toLowerCase() === word.toLowerCase())) continue;
    const text = rowTextOf(strong);
    hardWords.push({ word, explanation: explanationOf(text, word) ?? text.trim() });
  }
  let hardWordsId = `${idPrefix}hard-words`;
  for (let count = 2; ids.has(hardWordsId.slice(idPrefix.length)); count += 1) hardWordsId = `${idPrefix}hard-words-${count}`;
  return { html, hardWords, hardWordsId };
}
