/**
 * Plain English for standard pages: a reading age per page and the sentences that are too
 * long, measured from a page's Markdown tree (no parser here, so the browser editor runs it too). The reading age uses the SMOG formula (smog-formula, with syllable counts from
 * syllable): it is the measure the NHS itself uses to find pages to fix first, and it was
 * built for health information, predicting the age at which a reader fully understands a
 * text rather than half understands it. Reading age = SMOG grade + 5 (UK school years).
 *
 * Text is split into sentences and words (./sentences.ts) from the tree the build's own
 * Markdown parser makes of the page (./body-rules.ts), so positions point at the source. The
 * words readers see in the page's settings (title, description, statements, goals...) are
 * counted too, each as one sentence.
 */
import type { Root as NlcstRoot, Sentence, Word } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import { visit } from 'unist-util-visit';
import type { Root as MdastRoot } from 'mdast';
import { sentenceTrees } from './sentences.ts';

/** The NHS content guide's limit for a sentence on a standard page. */
export const LONG_SENTENCE_WORDS = 20;
/** The NHS asks for a reading age of 9 to 11; 11 is the default target. */
export const DEFAULT_TARGET_READING_AGE = 11;

export interface LongSentence {
  line: number;
  words: number;
  text: string;
}

export interface ReadingAge {
  /** Age in years, one decimal place; undefined when the page has too few words to measure. */
  age: number | undefined;
  sentences: number;
  words: number;
  longSentences: LongSentence[];
}

/** Every string a reader sees in a page's settings, except its type, links, files and dates. */
function visibleStrings(data: unknown, key = ''): string[] {
  if (typeof data === 'string') return ['type', 'link', 'file', 'start', 'end', 'format', 'kind', 'qualifier'].includes(key) ? [] : [data];
  if (Array.isArray(data)) return data.flatMap((item) => visibleStrings(item, key));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([name, value]) => visibleStrings(value, name));
  return [];
}

/** Syllable counts, remembered: the same words come back on every page. */
const syllableCache = new Map<string, number>();
function isPolysyllable(word: string): boolean {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    count = syllable(key);
    syllableCache.set(key, count);
  }
  return count >= 3;
}

interface Counts {
  sentences: number;
  words: number;
  polysyllables: number;
}

function countSentences(tree: NlcstRoot, counts: Counts, long: LongSentence[] | undefined, bodyLine: number): void {
  visit(tree, 'SentenceNode', (sentence: Sentence) => {
    const words = sentence.children.filter((child): child is Word => child.type === 'WordNode').map((word) => nlcstToString(word));
    if (words.length === 0) return;
    counts.sentences += 1;
    counts.words += words.length;
    counts.polysyllables += words.filter(isPolysyllable).length;
    if (long && words.length > LONG_SENTENCE_WORDS) {
      long.push({ line: (sentence.position?.start.line ?? 1) + bodyLine - 1, words: words.length, text: nlcstToString(sentence) });
    }
  });
}

/**
 * The reading age of a page from the tree a Markdown parser made of its body (undefined when
 * the parser refused it: no words to count) and its settings. Pure: the check measures the tree
 * the build's parser makes (readingAge in ./reading-age.ts), and the browser editor's preview
 * measures the page being written with this same function (src/editor/browser/reading-age-panel.ts).
 */
export function readingAgeOfTree(tree: MdastRoot | undefined, body: string, data: unknown, bodyLine = 1): ReadingAge {
  const counts: Counts = { sentences: 0, words: 0, polysyllables: 0 };
  const longSentences: LongSentence[] = [];
  if (tree) for (const sentences of sentenceTrees(tree, body)) countSentences(sentences, counts, longSentences, bodyLine);
  // The settings' strings are short plain text (a title, a statement, a list item): each is one
  // or a few sentences, split at full stops. Much faster than the full parser, and as accurate here.
  for (const text of visibleStrings(data)) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const words = sentence.match(/[A-Za-z\u00C0-\u024F'’-]+|\d[\d,.]*/g) ?? [];
      if (words.length === 0) continue;
      counts.sentences += 1;
      counts.words += words.length;
      counts.polysyllables += words.filter(isPolysyllable).length;
    }
  }
  // SMOG needs some text to mean anything; below 10 sentences it is scaled up, as its author advised.
  const age =
    counts.sentences >= 3
      ? Math.round((smogFormula({ sentence: counts.sentences, polysillabicWord: counts.polysyllables }) + 5) * 10) / 10
      : undefined;
  return { age, sentences: counts.sentences, words: counts.words, longSentences };
}
