/**
 * What a measure's chart draws and says: its figures in order (starting point, each
 * measurement, target) and a text alternative that states the latest figure against the
 * target (the same sentence as beside the table, src/site/measure-summary.ts) and which way
 * it has moved.
 */
import type { Measure } from '../schemas/pages/delivery.ts';
import { measureSummary, withUnit } from './measure-summary.ts';

export interface ChartRow {
  label: 'Starting point' | 'Measured' | 'Target';
  value: number;
  date: string | undefined;
}

export function measureRows(measure: Measure): ChartRow[] {
  return [
    ...(measure.baseline ? [{ label: 'Starting point' as const, ...measure.baseline }] : []),
    ...(measure.values ?? []).map((figure) => ({ label: 'Measured' as const, ...figure })),
    ...(measure.target ? [{ label: 'Target' as const, value: measure.target.value, date: measure.target.date }] : []),
  ];
}

/** "Up from 61% (March 2025); higher is better, so this is improving." when there is something to compare. */
export function measureTrend(measure: Measure): string | undefined {
  const latest = measure.values?.at(-1);
  const from = measure.baseline ?? (measure.values && measure.values.length > 1 ? measure.values[0] : undefined);
  if (!latest || !from) return undefined;
  const change = latest.value - from.value;
  const moved = change > 0 ? 'Up from' : change < 0 ? 'Down from' : 'The same as';
  const judged =
    measure.better && change !== 0
      ? `; ${measure.better} is better, so this is ${change > 0 === (measure.better === 'higher') ? 'improving' : 'getting worse'}`
      : '';
  return `${moved} ${withUnit(from.value, measure.unit)} (${from.date})${judged}.`;
}

export function chartDescription(measure: Measure): string {
  return [measureSummary(measure), measureTrend(measure)].filter(Boolean).join(' ');
}
