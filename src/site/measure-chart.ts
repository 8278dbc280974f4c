/**
 * What a measure's chart draws and says: its figures in order (starting point, each
 * measurement, target) and a text alternative that states the latest figure against the
 * target (the same sentence as beside the table, src/site/measure-summary.ts) and which way
 * it has moved.
 */
import type { Measure } from '../page-types/delivery/schema.ts';
import type { Words } from '../words/index.ts';
import { measureSummary, withUnit } from './measure-summary.ts';

export interface ChartRow {
  /** Which figure it is; readers get the catalogue's words for it (measures.rowKinds). */
  kind: 'start' | 'measured' | 'target';
  value: number;
  date: string | undefined;
}

export function measureRows(measure: Measure): ChartRow[] {
  return [
    ...(measure.baseline ? [{ kind: 'start' as const, ...measure.baseline }] : []),
    ...(measure.values ?? []).map((figure) => ({ kind: 'measured' as const, ...figure })),
    ...(measure.target ? [{ kind: 'target' as const, value: measure.target.value, date: measure.target.date }] : []),
  ];
}

/** "Up from 61% (March 2025); higher is better, so this is improving." when there is something to compare. */
export function measureTrend(measure: Measure, words: Words): string | undefined {
  const latest = measure.values?.at(-1);
  const from = measure.baseline ?? (measure.values && measure.values.length > 1 ? measure.values[0] : undefined);
  if (!latest || !from) return undefined;
  const change = latest.value - from.value;
  const moved = change > 0 ? 'up' : change < 0 ? 'down' : 'same';
  const improving = measure.better && change !== 0 ? change > 0 === (measure.better === 'higher') : undefined;
  return words.measures.trend(moved, withUnit(from.value, measure.unit, words), from.date, measure.better, improving);
}

export function chartDescription(measure: Measure, words: Words): string {
  return [measureSummary(measure, words), measureTrend(measure, words)].filter(Boolean).join(' ');
}

/**
 * The scale a measure's bars are drawn on: 0 to 100 for percentages, so a 35% target is a third
 * of the way across rather than the full width; otherwise 0 to a round number at or above the
 * largest figure (1, 2 or 5 times a power of ten), which the chart states under it.
 */
export function chartScale(measure: Measure): { max: number; percentage: boolean } {
  const largest = Math.max(...measureRows(measure).map((row) => row.value), 0);
  if (measure.unit === '%' && largest <= 100) return { max: 100, percentage: true };
  if (largest <= 0) return { max: 1, percentage: false };
  const power = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 2, 5, 10].find((candidate) => candidate * power >= largest)!;
  return { max: step * power, percentage: false };
}
