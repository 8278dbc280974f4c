/**
 * Urdu grammar, given to readers through the Urdu catalogue (../ur-PK.ts). Urdu says whose with a
 * postposition that agrees with the thing owned, not the owner: "… کی حکمت عملی" (strategy is
 * feminine), "… کا رابطے کا صفحہ" (page is masculine), so a trust's name is never changed. Years
 * read "2025 تا 2030", as Urdu public bodies write a span.
 */

export interface StrategyYears {
  start: number;
  end: number;
}

/** "2025 تا 2030", or undefined when the strategy states no years: nothing is put in their place. */
export function yearsWords(period: StrategyYears | undefined): string | undefined {
  return period ? `${period.start} تا ${period.end}` : undefined;
}

/** "مل کر بہتر، 2025 تا 2030", or the strategy's name alone when it states no years. */
export function strategyWithYears(strategy: { name: string; period?: StrategyYears | undefined }): string {
  const years = yearsWords(strategy.period);
  return years ? `${strategy.name}، ${years}` : strategy.name;
}

/** "<trust> کی حکمت عملی برائے 2025 تا 2030۔" or, with no years, "<trust> کی حکمت عملی۔" */
export function strategyOf(name: string, period: StrategyYears | undefined): string {
  const years = yearsWords(period);
  return `${name} کی حکمت عملی${years ? ` برائے ${years}` : ''}۔`;
}

/** "بڑے حروف، بریل یا کوئی اور زبان": the Urdu comma, and no comma before "یا" (or). */
export function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join('، ')} یا ${items.at(-1)}`;
}

/**
 * A clock time as Urdu public bodies write it: the part of the day, the hour, then "بجے":
 * "صبح 9 بجے", "شام 6:30 بجے", "دوپہر 12 بجے" (midday), "رات 12 بجے" (midnight).
 */
export function time(hours: number, minutes: number): string {
  const part = hours < 4 ? 'رات' : hours < 12 ? 'صبح' : hours < 15 ? 'دوپہر' : hours < 17 ? 'سہ پہر' : hours < 20 ? 'شام' : 'رات';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const clock = minutes === 0 ? `${hour12}` : `${hour12}:${String(minutes).padStart(2, '0')}`;
  return `${part} ${clock} بجے`;
}
