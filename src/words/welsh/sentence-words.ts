/**
 * Welsh grammar, given to readers through the Welsh catalogue (../cy-GB.ts). Welsh says whose by
 * order, not by an ending: "strategaeth Ymddiriedolaeth GIG Felindre", "tudalen gyswllt …", so a
 * trust's name is never changed. Years read "2025 i 2030" ("i" mutates nothing before a digit).
 */
import { softMutation, withAg } from './mutations.ts';

export interface StrategyYears {
  start: number;
  end: number;
}

/** "2025 i 2030", or undefined when the strategy states no years: nothing is put in their place. */
export function yearsWords(period: StrategyYears | undefined): string | undefined {
  return period ? `${period.start} i ${period.end}` : undefined;
}

/** "Gyda'n gilydd, 2025 i 2030", or the strategy's name alone when it states no years. */
export function strategyWithYears(strategy: { name: string; period?: StrategyYears | undefined }): string {
  const years = yearsWords(strategy.period);
  return years ? `${strategy.name}, ${years}` : strategy.name;
}

/** "Strategaeth Ymddiriedolaeth GIG Felindre ar gyfer 2025 i 2030." or, with no years, "Strategaeth Ymddiriedolaeth GIG Felindre." */
export function strategyOf(name: string, period: StrategyYears | undefined): string {
  const years = yearsWords(period);
  return `Strategaeth ${name}${years ? ` ar gyfer ${years}` : ''}.`;
}

/** "cysylltwch ag Ymddiriedolaeth GIG Felindre", "cysylltwch â Bwrdd Iechyd …": names keep their first letter. */
export function contactName(name: string): string {
  return `cysylltwch ${withAg(name)}`;
}

/**
 * "print bras, Braille neu iaith arall": no comma before "neu", which softly mutates the word
 * after it ("neu brint bras"); a name or acronym (a capital first letter) is left as written.
 */
export function list(items: string[]): string {
  if (items.length < 2) return items[0] ?? '';
  const last = items.at(-1)!;
  const mutated = /^[a-zâêîôûŵŷ]/.test(last) ? softMutation(last) : last;
  return `${items.slice(0, -1).join(', ')} neu ${mutated}`;
}
