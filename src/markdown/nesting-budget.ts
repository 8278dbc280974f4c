/**
 * A budget on how deeply a page nests quotes and lists, judged on the text before it is parsed:
 * the Markdown parser's time grows with the square of the nesting depth (a 100 KB page of "> > > …"
 * takes ten seconds to parse), and no strategy page needs more than a few levels.
 */

/** Deepest nesting of quotes and lists a page may use. */
export const MAX_NESTING = 16;

/** Quote markers and list markers ("- ", "* ", "+ ", "1. ", "1) ") at the start of a line, each followed by a space or tab. */
const CONTAINER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/;

/** The first line (1-based) nesting deeper than the budget, or undefined. Linear in the page's length. */
export function overNestedLine(body: string): number | undefined {
  let line = 1;
  for (let start = 0; start <= body.length; line++) {
    const end = body.indexOf('\n', start);
    let rest = body.slice(start, end < 0 ? body.length : end);
    let depth = 0;
    // Each marker consumed shortens the line, so the walk along a line is linear in its length.
    for (let match = CONTAINER.exec(rest); match && match[0].length > 0; match = CONTAINER.exec(rest)) {
      if (++depth > MAX_NESTING) return line;
      rest = rest.slice(match[0].length);
    }
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}

/** The content check's words for an over-nested page. */
export const overNestedMessage = `This page puts quotes or lists inside each other more than ${MAX_NESTING} levels deep. Use fewer levels: rewrite the inner parts as ordinary paragraphs or a flat list.`;
