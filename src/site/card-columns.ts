/**
 * How many cards to a row for a group of n, so no row has a hole: three to a row when n
 * divides by three, two when it divides by two, else three with the last row's cards
 * widened to fill it (see .card-row in global.css). One card takes the full width.
 */
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
