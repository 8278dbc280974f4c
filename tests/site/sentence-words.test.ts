/**
 * Sentences the site writes around real names: possessives of NHS organisations' real names,
 * link words from page titles of every shape, and the strategy's years only where they were given.
 */
import { describe, expect, it } from 'vitest';
import { linkReport } from '../../scripts/ci/external-links.ts';
import { inFull, readAbout } from '../../src/words/english/link-words.ts';
import { possessive, strategyOf, strategyWithYears, yearsWords } from '../../src/words/english/sentence-words.ts';

describe('possessives of real NHS names', () => {
  it.each([
    ['Blackpool Teaching Hospitals NHS Foundation Trust', "Blackpool Teaching Hospitals NHS Foundation Trust's"],
    ['Blackpool Teaching Hospitals', "Blackpool Teaching Hospitals'"],
    ["Guy's and St Thomas' NHS Foundation Trust", "Guy's and St Thomas' NHS Foundation Trust's"],
    ["Guy's and St Thomas'", "Guy's and St Thomas'"],
    ['Barts Health NHS Trust', "Barts Health NHS Trust's"],
    ['Barts Health', "Barts Health's"],
    ['Leeds Teaching Hospitals NHS Trust', "Leeds Teaching Hospitals NHS Trust's"],
    ['Leeds Teaching Hospitals', "Leeds Teaching Hospitals'"],
    ['Aneurin Bevan University Health Board', "Aneurin Bevan University Health Board's"],
    ["St George's University Hospitals", "St George's University Hospitals'"],
    ['Great Ormond Street Hospital for Children', "Great Ormond Street Hospital for Children's"],
    ['NHS Highland', "NHS Highland's"],
    ['Cwm Taf Morgannwg University Health Board', "Cwm Taf Morgannwg University Health Board's"],
  ])('%s → %s', (name, words) => {
    expect(possessive(name)).toBe(words);
  });

  it('writes the link report for a name ending in s without "s\'s"', () => {
    expect(linkReport('Blackpool Teaching Hospitals', 'blackpool', [], '4 December 2026')).toBe(
      "No broken links to other websites were found on Blackpool Teaching Hospitals' strategy site on 4 December 2026.\n",
    );
  });

  it('writes the strategy of a name ending in s without "s\'s"', () => {
    expect(strategyOf('Blackpool Teaching Hospitals', { start: 2024, end: 2029 })).toBe(
      "Blackpool Teaching Hospitals' strategy for 2024 to 2029.",
    );
    expect(strategyOf('Barts Health NHS Trust', undefined)).toBe("Barts Health NHS Trust's strategy.");
  });
});

describe('the strategy’s years, only where the strategy states them', () => {
  it('says the years when given', () => {
    expect(yearsWords({ start: 2025, end: 2030 })).toBe('2025 to 2030');
    expect(strategyWithYears({ name: 'Better together', period: { start: 2025, end: 2030 } })).toBe('Better together, 2025 to 2030');
  });
  it('says nothing in their place when not', () => {
    expect(yearsWords(undefined)).toBeUndefined();
    expect(strategyWithYears({ name: 'Better together' })).toBe('Better together');
  });
});

describe('link words from page titles of every shape', () => {
  it.each([
    ['Improving the support we offer', 'Read about improving the support we offer'],
    ['Working together', 'Read about working together'],
    ['Listening to you', 'Read about listening to you'],
    ['Get involved', 'Read how to get involved'],
    ['Have your say', 'Read how to have your say'],
    ['Healthier Together', 'Read about Healthier Together'],
    ['Our Five Big Ambitions', 'Read about our Five Big Ambitions'],
    ['Mission', 'Read about the mission'],
    ['Focus areas', 'Read about the focus areas'],
    ['NHS Long Term Plan', 'Read about the NHS Long Term Plan'],
    ["Guy's and St Thomas' priorities", "Read about Guy's and St Thomas' priorities"],
    ['Why we need to change', 'Read why we need to change'],
    ['Summary of our priorities', 'Read the summary of our priorities'],
  ])('"%s" → "%s"', (title, words) => {
    expect(readAbout(title)).toBe(words);
  });

  it('"in full" only for a name of its own', () => {
    expect(inFull('Improving the support we offer')).toBe('Read about improving the support we offer');
  });
});
