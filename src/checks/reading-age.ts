/**
 * A standard page's reading age as the check and the build measure it: the body parsed by the
 * build's own Markdown parser (./body-rules.ts), then measured by ./reading-age-measure.ts,
 * the same function the browser editor runs as a comms officer writes.
 */
import { parseBody } from './body-rules.ts';
import { readingAgeOfTree, type ReadingAge } from './reading-age-measure.ts';

export {
  DEFAULT_TARGET_READING_AGE,
  LONG_SENTENCE_WORDS,
  readingAgeOfTree,
  type LongSentence,
  type ReadingAge,
} from './reading-age-measure.ts';

export function readingAge(body: string, data: unknown, bodyLine = 1): ReadingAge {
  // Pages that reach the report have passed the check, so the parser reads them; one it refuses has no words to count.
  const parsed = parseBody({ file: '', body, bodyLine: 1, isMdx: false, pagePath: '' });
  return readingAgeOfTree('tree' in parsed ? parsed.tree : undefined, body, data, bodyLine);
}
