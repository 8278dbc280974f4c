/**
 * Layout helpers: link words made from the sample trusts' real page titles read as plain
 * English, card groups and the strategy on a page of 1 to 8 items leave no hole in a row, and
 * share cards keep the whole trust name.
 */
import { describe, expect, it } from 'vitest';
import { cardColumns, strategyColumns, strategyOnAPageFileName } from '../../src/site/card-columns.ts';
import { defaultLanguage, wordsFor } from '../../src/words/index.ts';
import { inFull, readAbout } from '../../src/words/english/link-words.ts';

describe('link words from the sample trusts’ titles', () => {
  it.each([
    ['Our mission', 'Read about our mission'],
    ['Our vision', 'Read about our vision'],
    ['Why we need to change', 'Read why we need to change'],
    ['How we will know we are getting there', 'Read how we will know we are getting there'],
    ['How we listened', 'Read how we listened'],
    ['What we have heard so far', 'Read what we have heard so far'],
    ['Proposed focus areas', 'Read about the proposed focus areas'],
    ['Strategy documents', 'Read about the strategy documents'],
    ['Summary of our priorities', 'Read the summary of our priorities'],
    ['NHS England targets', 'Read about the NHS England targets'],
  ])('"%s" → "%s"', (title, words) => {
    expect(readAbout(title)).toBe(words);
  });

  it.each([
    ['Our values', 'Our values in full'],
    ['Our goals', 'Our goals in full'],
    ['Our priorities for 2025 to 2026', 'Our priorities for 2025 to 2026 in full'],
    ['Our current ambitions', 'Our current ambitions in full'],
    ['Focus areas', 'Read about the focus areas'],
  ])('"%s" summarised → "%s"', (title, words) => {
    expect(inFull(title)).toBe(words);
  });
});

describe('card groups', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('%i cards: every full row is full, the last row is widened to fill', (count) => {
    const columns = cardColumns(count);
    expect(columns).toBeGreaterThanOrEqual(1);
    expect(columns).toBeLessThanOrEqual(3);
    if (count === 1) expect(columns).toBe(1);
    // Two or four cards sit two to a row, never three and one.
    if (count % 2 === 0 && count % 3 !== 0) expect(count % columns).toBe(0);
    if (count % 3 === 0) expect(columns).toBe(3);
  });
});

describe('share cards', () => {
  it('fit a long trust name whole, in smaller type or on two lines, before any cut', async () => {
    const { nameLines } = await import('../../src/site/share-images.ts');
    expect(nameLines('Harbourside Hospitals NHS Foundation Trust')).toEqual({
      size: 40,
      lines: ['Harbourside Hospitals NHS Foundation Trust'],
    });
    expect(nameLines('Blackpool Teaching Hospitals NHS Foundation Trust').lines).toEqual([
      'Blackpool Teaching Hospitals NHS Foundation Trust',
    ]);
    const long = nameLines('Northern Lincolnshire and Goole Hospitals and Community Services NHS Foundation Trust');
    expect(long.lines.join(' ')).toBe('Northern Lincolnshire and Goole Hospitals and Community Services NHS Foundation Trust');
    expect(long.lines).toHaveLength(2);
  });
});

describe('strategy on a page', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('%i items sit in rows of at most 4, with at most one short row, at the end', (count) => {
    const columns = strategyColumns(count);
    expect(columns).toBeLessThanOrEqual(4);
    expect(Math.ceil(count / columns)).toBeLessThanOrEqual(2);
    // The short last row is at least half full, so widening it never leaves one box stretched across.
    const last = count % columns;
    if (last !== 0) expect(last * 2).toBeGreaterThanOrEqual(columns);
  });

  it('names the download for what it is', () => {
    expect(strategyOnAPageFileName('Better together', wordsFor(defaultLanguage))).toBe('Better together - our strategy on a page.svg');
  });
});
