/**
 * The reading age of the page being written, for the comms officer, in the editor's preview
 * pane: measured by the check's own function (src/checks/reading-age-measure.ts) on the body
 * and settings as they are now, against the trust's target. Never published: it is the
 * editor's, like the check's report (a trust may publish the report: plainEnglish.publishReport).
 *
 * The words are for editors, in English, like the rest of the editor.
 */
import { LONG_SENTENCE_WORDS, readingAgeOfTree } from '../../checks/reading-age-measure.ts';
import { SOURCE_KEY } from '../file-formats.ts';
import { markdownTree } from './markdown-tree.ts';

/** What the editor build knows from trust.yaml (src/checks/reading-age-report.ts readingAgeSettings). */
export interface ReadingAgeSettings {
  target: number;
  language: string;
  /** Whether pages in the trust's main language are measured: English only. */
  measured: boolean;
}

export interface ReadingAgeNote {
  /** The figure, or why there is none. */
  figure: string;
  /** The trust's target. */
  target: string;
  /** What to do about it: over target, or meeting it. Empty when not measured. */
  verdict: string;
  over: boolean;
  /** Sentences over the limit, as the check lists them. */
  longSentences: string[];
}

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}...` : text);

/**
 * The note for a page: `data` is the entry's fields as Decap holds them, with the page text as
 * `body` and the file as it was read (kept to write back only what changed, ../file-formats.ts),
 * which is not counted again.
 */
export function readingAgeNote(data: Record<string, unknown>, settings: ReadingAgeSettings): ReadingAgeNote {
  const target = `The trust's target is a reading age of ${settings.target} or below.`;
  if (!settings.measured) {
    return {
      figure: `Reading age is measured for English pages only. This site's main language is ${settings.language}, so this page is not measured.`,
      target: '',
      verdict: '',
      over: false,
      longSentences: [],
    };
  }
  const { body, [SOURCE_KEY]: _source, ...fields } = data;
  const text = typeof body === 'string' ? body : '';
  const result = readingAgeOfTree(markdownTree(text), text, fields);
  const longSentences = result.longSentences.map(
    (sentence) => `${sentence.words} words: "${excerpt(sentence.text)}"`,
  );
  if (result.age === undefined) {
    return {
      figure: 'Reading age: not measured yet. It needs at least 3 sentences.',
      target,
      verdict: '',
      over: false,
      longSentences,
    };
  }
  const over = result.age > settings.target;
  return {
    figure: `Reading age: ${result.age.toFixed(1)}`,
    target,
    verdict: over
      ? `This page is harder to read than the trust's target. Use shorter sentences and everyday words until the reading age is ${settings.target} or below.`
      : "This page meets the trust's target.",
    over,
    longSentences,
  };
}

export const longSentencesHeading = `Sentences over ${LONG_SENTENCE_WORDS} words (split them):`;
