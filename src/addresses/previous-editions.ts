/**
 * Where a trust's previous strategies are kept. Each is archived whole (npm run archive-strategy)
 * into its own folder named after the years it covered, laid out as the trust's own folder is,
 * with its own frozen trust.yaml, and published under the same path:
 *
 *   content/<trust>/previous/2019-2024/goals.md     published at  previous/2019-2024/goals/
 *   content/<trust>/previous/2019-2024/trust.yaml   its settings as they were, plus `replaced: <date>`
 *
 * The current strategy's pages never include these: the reader keeps them apart (src/reader/).
 */

/** The folder under a trust's folder that holds its previous strategies. */
export const PREVIOUS_FOLDER = 'previous';

/** The folder of the edition that covered these years, inside the trust's folder: "previous/2019-2024". */
export function previousEditionFolder(start: number, end: number): string {
  return `${PREVIOUS_FOLDER}/${start}-${end}`;
}

/** An edition's period as written in its folder's name: "2019-2024". */
export const PERIOD_PATTERN = /^(\d{4})-(\d{4})$/;

/**
 * Splits a path inside the trust's folder into its previous edition and the path inside that
 * edition: "previous/2019-2024/goals.md" is edition "2019-2024", inner "goals.md". Undefined for
 * a path of the current strategy.
 */
export function splitPreviousPath(relative: string): { period: string; inner: string } | undefined {
  const parts = relative.split('/');
  if (parts[0] !== PREVIOUS_FOLDER) return undefined;
  return { period: parts[1] ?? '', inner: parts.slice(2).join('/') };
}

/**
 * The addresses only a previous edition had: its pages' paths (from the trust's site root) that
 * the current strategy no longer publishes, each with where its archived copy is. These are the
 * addresses to redirect (301) when the edition is archived, so an old link still answers.
 */
export function oldOnlyAddresses(
  period: string,
  previousPaths: readonly string[],
  currentPaths: ReadonlySet<string>,
): Array<{ from: string; to: string }> {
  return previousPaths
    .filter((pagePath) => pagePath !== '' && !currentPaths.has(pagePath))
    .sort()
    .map((pagePath) => ({ from: pagePath, to: `${PREVIOUS_FOLDER}/${period}/${pagePath}` }));
}
