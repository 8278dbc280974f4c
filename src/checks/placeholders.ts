/**
 * Scaffold placeholders: `npm run new-trust` fills every page with guidance that starts
 * "Replace this" and addresses at example.nhs.uk. Publishing it would put instructions on the trust's public site, so the
 * build refuses it, and so does `npm run check`, which fails exactly when the build would. Only the
 * live preview (`npm run dev`) shows it as a warning, because a trust being drafted is full of it.
 */
import type { Problem } from './problem.ts';

/** The words every placeholder in scripts/new-trust/template starts with, and the template's made-up web addresses. */
export const PLACEHOLDER = /\bReplace this\b|\bexample\.nhs\.uk\b/;

export type PlaceholderSeverity = 'warning' | 'error';

/** One problem per line that still holds scaffold guidance. `firstLine` is the line of the file `text` starts at. */
export function placeholderProblems(file: string, text: string, firstLine: number, severity: PlaceholderSeverity): Problem[] {
  return text.split('\n').flatMap((line, index): Problem[] => {
    const match = PLACEHOLDER.exec(line);
    if (!match) return [];
    return [
      {
        file,
        line: firstLine + index,
        column: match.index + 1,
        rule: 'placeholder',
        severity,
        message: `This line still has the guidance text from the new trust template ("${line.trim().slice(0, 60)}"). Replace it with the trust's own words, or delete it. The build will not publish a page with guidance text left in.`,
      },
    ];
  });
}
