/**
 * Every measure a trust has written on its delivery pages, grouped by the goal each belongs
 * to, for the trust-wide "How we are doing" page.
 */
import { hasFigures, type Measure } from '../page-types/delivery/schema.ts';

export { hasFigures };
import type { StandardPage } from './site-model.ts';

export interface MeasureGroup {
  /** The goal the measures belong to, or undefined for those that name none. */
  goal: string | undefined;
  measures: Measure[];
}

const measuresOf = (page: StandardPage): Measure[] => (page.entry.data.type === 'delivery' ? (page.entry.data.measures ?? []) : []);

/**
 * Delivery pages with at least one measure that has a figure: "how we are doing" is made only
 * when there is a figure to show, so it never speaks of figures a trust has not published.
 */
export function deliveryPages(pages: StandardPage[]): StandardPage[] {
  return pages.filter((page) => measuresOf(page).some(hasFigures));
}

export function measureGroups(pages: StandardPage[]): MeasureGroup[] {
  const groups = new Map<string | undefined, Measure[]>();
  for (const measure of pages.flatMap(measuresOf)) groups.set(measure.goal, [...(groups.get(measure.goal) ?? []), measure]);
  // Named goals in the order first written; measures without a goal last.
  return [...groups]
    .map(([goal, measures]) => ({ goal, measures }))
    .sort((a, b) => Number(a.goal === undefined) - Number(b.goal === undefined));
}
