/**
 * One sentence about where a delivery measure stands, in words: the latest figure against
 * the target, or the trust's own words while nothing is measured. Used on the home page and
 * as the plain-words summary beside a measure's figures, so both say the same thing. The
 * words are the catalogue's (src/words/en-GB.ts: measures), in the page's language.
 */
import type { Measure } from '../page-types/delivery/schema.ts';
import type { Words } from '../words/index.ts';

export function withUnit(value: number, unit: string | undefined, words: Words): string {
  if (unit === '%') return `${words.number(value)}%`;
  return unit ? `${words.number(value)} ${unit}` : words.number(value);
}

export function measureSummary(measure: Measure, words: Words): string | undefined {
  const latest = measure.values?.at(-1) ?? measure.baseline;
  const target = measure.target && words.measures.target(withUnit(measure.target.value, measure.unit, words), measure.target.date);
  if (!latest) {
    if (measure.notYetMeasured) return measure.notYetMeasured;
    return target ? words.measures.notMeasuredYet(target) : undefined;
  }
  const kind = measure.values?.length ? words.measures.latestFigure : words.measures.startingPoint;
  return words.measures.summary(kind, withUnit(latest.value, measure.unit, words), latest.date, target);
}
