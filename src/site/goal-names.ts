/**
 * A trust's goals, whatever it calls them, as the strategy on a page finds them
 * (./strategy-on-a-page.ts): the goals (or ambitions) of its goals page; failing that, the
 * titled groups of its priorities page (focus areas); failing that, its themes. These are the
 * names a progress report reports on, so the check can refuse a name the site does not have.
 */
import type { PageData } from '../page-types/registry.ts';

/** The page types that can hold a trust's goals, the first found winning. */
export const goalPageTypes = ['goals', 'priorities', 'themes'] as const;

/** The goals' names from the first of `goalPageTypes` among the pages, and which type gave them (undefined when none did). */
export function goalNames(pages: PageData[]): { type: (typeof goalPageTypes)[number] | undefined; names: string[] } {
  for (const type of goalPageTypes) {
    const names = pages.flatMap((data) => {
      if (data.type !== type) return [];
      if (data.type === 'goals') return data.goals.map((goal) => goal.title);
      if (data.type === 'priorities') return data.groups.flatMap((group) => (group.title ? [group.title] : []));
      if (data.type === 'themes') return data.themes.map((theme) => theme.title);
      return [];
    });
    if (names.length > 0) return { type, names: [...new Set(names)] };
  }
  return { type: undefined, names: [] };
}
