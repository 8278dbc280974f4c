/**
 * The easy read lint (src/checks/easy-read-lint.ts) over text a page shows rather than Markdown an
 * editor wrote: each line as a paragraph of its own, Markdown's marks escaped so text is read as
 * text. Its "beside a picture" rule is for a page's body rows, not for a line of the page's
 * furniture, so it is off here.
 */
import { lintEasyRead } from '../../src/checks/easy-read-lint.ts';
import type { Problem } from '../../src/problems/problem.ts';

/** Each problem found, with the line of shown text it is in. */
export function lintShownText(lines: string[], options: { allowedAcronyms?: readonly string[] } = {}): (Problem & { shown: string })[] {
  const shown = lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  // One paragraph a line, a blank line between: shown line i is Markdown line 2i + 1.
  const markdown = shown.map((line) => line.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`)).join('\n\n');
  return lintEasyRead(markdown, {
    file: 'shown text',
    bodyLine: 1,
    ...(options.allowedAcronyms ? { allowedAcronyms: options.allowedAcronyms } : {}),
    severities: { 'row-without-picture': 'off' },
  }).map((problem) => ({ ...problem, shown: shown[((problem.line ?? 1) - 1) / 2] ?? '' }));
}
