/**
 * One sentence about where a delivery measure stands, in words: the latest figure against
 * the target, or the trust's own words while nothing is measured. Used on the home page and
 * as the plain-words summary beside a measure's figures, so both say the same thing.
 */
import type { Measure } from '../page-types/delivery/schema.ts';
import { formatNumber } from './format.ts';

export function withUnit(value: number, unit: string | undefined): string {
  if (unit === '%') return `${formatNumber(value)}%`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

export function measureSummary(measure: Measure): string | undefined {
  const latest = measure.values?.at(-1) ?? measure.baseline;
  const target =
    measure.target &&
    `the target is ${withUnit(measure.target.value, measure.unit)}${measure.target.date ? ` by ${measure.target.date}` : ''}`;
  if (!latest) {
    if (measure.notYetMeasured) return measure.notYetMeasured;
    return target ? `Not measured yet: ${target}.` : undefined;
  }
  const kind = measure.values?.length ? 'Latest figure' : 'Starting point';
  return `${kind}: ${withUnit(latest.value, measure.unit)} (${latest.date})${target ? `; ${target}` : ''}.`;
}
