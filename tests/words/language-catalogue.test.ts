/**
 * A trust's `language` picks the words readers get (src/words/). A language with no catalogue
 * would tag every page with that language while every word stayed English, so the check refuses
 * it in plain English, naming trust.yaml, the field and the languages there are.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { availableLanguages, wordsFor } from '../../src/words/index.ts';
import { repoRoot } from '../support/built-sites.ts';

let work: string;
const slug = 'northwold';

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-language-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function problemsWithLanguage(language: string) {
  const content = mkdtempSync(path.join(work, 'content-'));
  cpSync(path.join(repoRoot, 'content', slug), path.join(content, slug), { recursive: true });
  const settings = path.join(content, slug, 'trust.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^language: .*$/m, `language: ${language}`));
  return checkContent({ contentDir: content, displayRoot: content });
}

describe('the language of a trust', () => {
  it('refuses a language with no words catalogue, naming trust.yaml, the field and the languages available', async () => {
    const problems = (await problemsWithLanguage('pl-PL')).filter((problem) => problem.field === 'language');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `${slug}/trust.yaml`, severity: 'error' });
    expect(problems[0]!.message).toMatch(/^language is "pl-PL", but the site has no words in that language yet/);
    expect(problems[0]!.message).toContain('languages available (en-GB, cy-GB, ur-PK)');
  });

  it('accepts every language that has a catalogue', async () => {
    for (const language of availableLanguages) {
      const problems = await problemsWithLanguage(language);
      expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    }
  });
});

describe('dates and numbers in the page language', () => {
  const words = wordsFor('en-GB');
  it('writes them as the NHS content style guide asks', () => {
    expect(words.date(new Date('2026-08-06'))).toBe('6 August 2026');
    expect(words.dayAndDate(new Date('2027-01-20'))).toBe('Wednesday 20 January 2027');
    expect(words.time('18:30')).toBe('6:30pm');
    expect(words.time('09:00')).toBe('9am');
    expect(words.time('12:00')).toBe('midday');
    expect(words.number(1450)).toBe('1,450');
    expect(words.when({ kind: 'month', year: 2026, month: 3 })).toBe('by March 2026');
  });

  it('refuses to make up words for a language with no catalogue', () => {
    expect(() => wordsFor('pl-PL')).toThrow(/no words for the language "pl-PL"/);
  });
});
