/**
 * English grammar, given to readers through the English catalogue (../en-GB.ts: strategy).
 * Words the site writes around the trust's own names and facts: "Barts Health NHS Trust's",
 * "Blackpool Teaching Hospitals'" and the strategy's years, or nothing where the trust gave none.
 * Real names end in anything, so each rule here is tested against real NHS organisation names.
 */

/**
 * A name as a possessive: "Barts Health NHS Trust's", "Blackpool Teaching Hospitals'" (a name
 * ending in s takes an apostrophe alone), and a name that already ends in an apostrophe or a
 * possessive ("St Thomas'", "St Mary's") unchanged.
 */
export function possessive(name: string): string {
  const trimmed = name.trim();
  if (/['’]$/.test(trimmed) || /['’]s$/i.test(trimmed)) return trimmed;
  return /s$/i.test(trimmed) ? `${trimmed}'` : `${trimmed}'s`;
}

export interface StrategyYears {
  start: number;
  end: number;
}

/** "2025 to 2030", or undefined when the strategy states no years: nothing is put in their place. */
export function yearsWords(period: StrategyYears | undefined): string | undefined {
  return period ? `${period.start} to ${period.end}` : undefined;
}

/** "Better together, 2025 to 2030", or the strategy's name alone when it states no years. */
export function strategyWithYears(strategy: { name: string; period?: StrategyYears | undefined }): string {
  const years = yearsWords(strategy.period);
  return years ? `${strategy.name}, ${years}` : strategy.name;
}

/** "Barts Health NHS Trust's strategy for 2025 to 2030." or, with no years, "Barts Health NHS Trust's strategy." */
export function strategyOf(name: string, period: StrategyYears | undefined): string {
  const years = yearsWords(period);
  return `${possessive(name)} strategy${years ? ` for ${years}` : ''}.`;
}
