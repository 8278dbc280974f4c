/**
 * Every measure a trust has written on its delivery pages, grouped by the goal each belongs
 * to, for the trust-wide "How we are doing" page.
 */
import type { Measure } from '../schemas/pages/delivery.ts';

export const HOW_WE_ARE_DOING_PATH = 'how-we-are-doing/';

interface PageLike {
  href: string;
  entry: { data: { type: string; title: string; measures?: Measure[] } };
}

export interface MeasureGroup {
  /** The goal the measures belong to, or undefined for those that name none. */
  goal: string | undefined;
  measures: Measure[];
}

export function measureGroups(pages: PageLike[]): MeasureGroup[] {
  const groups = new Map<string | undefined, Measure[]>();
  for (const page of pages) {
    if (page.entry.data.type !== 'delivery') continue;
    for (const measure of page.entry.data.measures ?? []) groups.set(measure.goal, [...(groups.get(measure.goal) ?? []), measure]);
  }
  // Named goals in the order first written; measures without a goal last.
  return [...groups]
    .map(([goal, measures]) => ({ goal, measures }))
    .sort((a, b) => Number(a.goal === undefined) - Number(b.goal === undefined));
}

export function deliveryPages<T extends PageLike>(pages: T[]): T[] {
  return pages.filter((page) => page.entry.data.type === 'delivery' && (page.entry.data.measures?.length ?? 0) > 0);
}
