/** Reading ages (SMOG) and long sentences for standard pages. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingAge } from '../../src/checks/reading-age.ts';
import { formatReadingAges, readingAgeReport } from '../../src/checks/reading-age-report.ts';
import { readContent } from '../../src/reader/read-content.ts';
import { repoRoot } from '../support/built-sites.ts';

const plain = 'We run two hospitals. We care for people near the sea. Our staff are kind. We want short waits. You can call us.';
const hard =
  'Comprehensive organisational transformation necessitates collaborative partnership. Multidisciplinary integration facilitates operational efficiency. Accountability frameworks demonstrate institutional responsibility.';

describe('reading age', () => {
  it('is low for short sentences of everyday words and high for long words', () => {
    const easy = readingAge(plain, {});
    const difficult = readingAge(hard, {});
    expect(easy.age).toBeLessThanOrEqual(11);
    expect(difficult.age).toBeGreaterThan(16);
    expect(easy.sentences).toBe(5);
  });

  it('counts the words readers see in the page settings, but not links or dates', () => {
    const withSettings = readingAge(plain, {
      title: 'Our goals',
      statement: 'Comprehensive organisational transformation necessitates collaborative partnership.',
      link: 'https://example.org/a-very-complicated-address',
    });
    expect(withSettings.sentences).toBe(7);
    expect(withSettings.age!).toBeGreaterThan(readingAge(plain, {}).age!);
  });

  it('flags sentences over 20 words with their line in the file', () => {
    const long =
      'We will work with people who use our services, their carers, our staff and our partners to make every part of this plan better.';
    const result = readingAge(`Short one.\n\n${long}\n`, {}, 6);
    expect(result.longSentences).toEqual([{ line: 8, words: 24, text: long }]);
  });

  it('is too short to measure for fewer than 3 sentences', () => {
    expect(readingAge('One line.', {}).age).toBeUndefined();
  });
});

describe('the plain English report', () => {
  it('lists every standard page of a trust with its reading age against the target', () => {
    const [report] = readingAgeReport(
      readContent({ contentDir: path.join(repoRoot, 'content'), displayRoot: repoRoot, trusts: ['harbourside'] }),
    );
    expect(report!.target).toBe(11);
    expect(report!.pages.map((page) => page.file)).toContain('content/harbourside/goals.md');
    expect(report!.pages.every((page) => !page.file.includes('easy-read'))).toBe(true);
    expect(formatReadingAges([report!])).toMatch(/Reading ages for harbourside \(SMOG; target 11 or below\): \d+ of 9 pages above target/);
  });

  it('measures English pages only, and says how many pages in other languages it left out', () => {
    const [report] = readingAgeReport(
      readContent({ contentDir: path.join(repoRoot, 'content'), displayRoot: repoRoot, trusts: ['afon-las'] }),
    );
    // Afon Las's Welsh pages (cy/) are not given an English formula's score.
    expect(report!.pages.length).toBeGreaterThan(0);
    expect(report!.pages.some((page) => page.file.includes('/cy/'))).toBe(false);
    expect(formatReadingAges([report!])).toContain(
      `${report!.pages.length} pages in other languages not measured: the reading age (SMOG) is worked out for English only.`,
    );
  });
});

describe('the words the reading age counts', () => {
  it('include each table cell, as readers read them', () => {
    const table =
      '| Goal | How |\n| --- | --- |\n| Shorter waits. | We will open two new clinics. |\n| Care at home. | We will visit more people. |\n';
    // Two headings and four cells: six more sentences.
    expect(readingAge(`${plain}\n\n${table}`, {}).sentences).toBe(readingAge(plain, {}).sentences + 6);
  });
});
