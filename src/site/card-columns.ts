/**
 * Layout rules for rows of boxes, shared by the pages and the strategy-on-a-page picture.
 *
 * How many cards to a row for a group of n, so no row has a hole: three to a row when n
 * divides by three, two when it divides by two, else three with the last row's cards
 * widened to fill it (see .card-row in global.css). One card takes the full width.
 */
import type { Words } from '../words/index.ts';

export function cardColumns(count: number): 1 | 2 | 3 {
  if (count <= 1) return 1;
  if (count % 3 === 0) return 3;
  if (count % 2 === 0) return 2;
  return 3;
}

/** The class list for a card group of n (nhsuk-frontend's card group, laid out by .card-row). */
export function cardRowClass(count: number): string {
  return `nhsuk-card-group card-row card-row--${cardColumns(count)}`;
}

/**
 * How many items to a row, the same on screen, in print and in the picture: rows as even as
 * they can be, and a short last row widened to fill its width, so no row has a hole.
 */
export function strategyColumns(count: number): number {
  if (count <= 3) return Math.max(count, 1);
  if (count === 4) return 2;
  if (count <= 6) return 3;
  return 4;
}

/** The file name a reader's browser saves the picture as: what it is, not "strategy-on-a-page.svg". */
export function strategyOnAPageFileName(strategyName: string, words: Words): string {
  const safe = strategyName
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${words.strategyOnAPage.fileName(safe)}.svg`;
}
