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
}

function isPictureParagraph(element: HTMLElement): boolean {
  return (
    element.tagName === 'P' &&
    element.childNodes.every((node) => (node instanceof HTMLElement && node.tagName === 'IMG') || node.textContent.trim() === '')
  );
}

/**
 * The sentence that explains a hard word: one saying what it "is" or "means" if there is
 * one ("A strategy is a plan for the future."), otherwise the sentence it appears in.
 */
export function explanationOf(text: string, word: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim());
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const defining = new RegExp(`\\b${escaped}\\b[^.!?]*\\b(is|are|means|mean)\\b`, 'i');
  return sentences.find((sentence) => defining.test(sentence));
}

export function layoutEasyRead(renderedHtml: string): EasyReadLayout {
  const root = parse(renderedHtml);
  for (const image of root.querySelectorAll('img')) {
    image.setAttribute('width', '120');
    image.setAttribute('height', '120');
  }

  const hardWords: HardWord[] = [];
  for (const strong of root.querySelectorAll('strong')) {
    const word = strong.textContent.trim();
    if (hardWords.some((known) => known.word.toLowerCase() === word.toLowerCase())) continue;
    const block = strong.closest('p, li') ?? strong.parentNode;
    const text = (block ?? strong).textContent.replace(/\s+/g, ' ');
    hardWords.push({ word, explanation: explanationOf(text, word) ?? text.trim() });
  }

  const parts: string[] = [];
  let row: { picture: string; text: string[] } | undefined;
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
      closeRow();
      parts.push(element.toString());
    } else if (row) {
      row.text.push(element.toString());
    } else {
      parts.push(element.toString());
    }
  }
  closeRow();
  return { html: parts.join('\n'), hardWords };
}
