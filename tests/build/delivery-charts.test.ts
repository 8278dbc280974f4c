/**
 * Delivery measures as readers get them: each measure's table holds exactly the figures in
 * the content, its chart shows the same figures, and the chart's text alternative states the
 * latest value against the target. The trust-wide "How we are doing" page has every measure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import type { HTMLElement } from 'node-html-parser';
import { readPage, repoRoot, textOf } from '../support/built-sites.ts';

const site = path.join(inject('builtSites'), 'harbourside');

interface ContentMeasure {
  name: string;
  unit?: string;
  baseline?: { value: number; date: string };
  values?: Array<{ value: number; date: string }>;
  target?: { value: number; date?: string };
}

/** The measures as written in content/harbourside/delivery.md. */
const written = (
  parse(readFileSync(path.join(repoRoot, 'content', 'harbourside', 'delivery.md'), 'utf8').split(/^---$/m)[1]!) as {
    measures: ContentMeasure[];
  }
).measures;

const shown = (value: number, unit?: string) => (unit === '%' ? `${value}%` : unit ? `${value} ${unit}` : String(value));

/** The rows the content says each table must have: what, when, value. */
const expectedRows = (measure: ContentMeasure) => [
  ...(measure.baseline ? [['Starting point', measure.baseline.date, shown(measure.baseline.value, measure.unit)]] : []),
  ...(measure.values ?? []).map((figure) => ['Measured', figure.date, shown(figure.value, measure.unit)]),
  ...(measure.target ? [['Target', measure.target.date ?? 'Not set', shown(measure.target.value, measure.unit)]] : []),
];

function measureCard(page: HTMLElement, name: string): HTMLElement {
  const card = page.querySelectorAll('main .nhsuk-card').find((candidate) => textOf(candidate.querySelector('h2, h3')) === name);
  if (!card) throw new Error(`No measure called "${name}" on the page.`);
  return card;
}

describe.each(['delivery/', 'how-we-are-doing/'])('measures on %s', (pagePath) => {
  const page = () => readPage(site, pagePath);

  it('has a table per measure that equals the figures in the content', () => {
    for (const measure of written.filter((candidate) => expectedRows(candidate).length > 0)) {
      const rows = measureCard(page(), measure.name)
        .querySelectorAll('table tbody tr')
        .map((row) => row.querySelectorAll('th, td').map(textOf));
      expect(rows, measure.name).toEqual(expectedRows(measure));
    }
  });

  it('draws no chart for a measure with no figures yet, and says so in words', () => {
    const staff = measureCard(page(), 'Staff who would recommend us as a place to work');
    expect(staff.querySelector('svg')).toBeNull();
    expect(textOf(staff)).toContain('The next national staff survey results are due in spring 2027.');
  });
});

describe('charts on how-we-are-doing/ (the page that owns them)', () => {
  const page = () => readPage(site, 'how-we-are-doing/');

  it('charts the same figures, and its text alternative states the latest value against the target', () => {
    const surgery = measureCard(page(), 'Planned surgery within 18 weeks of referral');
    const chart = surgery.querySelector('svg[role="img"]')!;
    const [titleId, descId] = chart.getAttribute('aria-labelledby')!.split(' ');
    expect(textOf(chart.querySelector(`#${titleId}`))).toBe('Chart: Planned surgery within 18 weeks of referral');
    expect(textOf(chart.querySelector(`#${descId}`))).toBe(
      'Latest figure: 69% (March 2026); the target is 92% by March 2030. Up from 61% (March 2025); higher is better, so this is improving.',
    );
    const labels = chart.querySelectorAll('text.chart-label').map(textOf);
    const values = chart.querySelectorAll('text.chart-value').map(textOf);
    expect(labels.map((label, index) => `${label}: ${values[index]}`)).toEqual(
      expectedRows(written[0]!).map(([label, date, value]) => `${label}, ${date}: ${value}`),
    );
  });

  it('says which way the measure has moved in words everyone can see, and keeps the chart out of search excerpts', () => {
    const surgery = measureCard(page(), 'Planned surgery within 18 weeks of referral');
    expect(textOf(surgery.querySelector('figcaption .chart-trend'))).toBe(
      'Up from 61% (March 2025); higher is better, so this is improving.',
    );
    expect(surgery.querySelector('svg')!.hasAttribute('data-pagefind-ignore')).toBe(true);
  });

  it('draws percentages on a 0 to 100 scale, so the bar for 69% is 69% of the full scale', () => {
    const surgery = measureCard(page(), 'Planned surgery within 18 weeks of referral');
    const widths = surgery.querySelectorAll('rect').map((rect) => Math.round(Number.parseFloat(rect.getAttribute('width')!) * 10) / 10);
    // Bars take 80% of the width for the full 0-100 scale: 61% -> 48.8, 69% -> 55.2, target 92% -> 73.6.
    expect(widths).toEqual([48.8, 51.2, 55.2, 73.6]);
  });
});

it('shows the figures but not the charts on the delivery page, which links to the page that has them', () => {
  expect(readPage(site, 'delivery/').querySelector('main svg')).toBeNull();
  expect(readPage(site, 'delivery/').querySelector('main a[href$="how-we-are-doing/"]')).not.toBeNull();
});
