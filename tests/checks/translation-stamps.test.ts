/**
 * A translation records which version of its source page it translates (`translates:`), and the
 * check says when the source has changed since, or when a translation records nothing: a warning,
 * an error for Welsh under the Welsh Language Standards. Run over a copy of the afon-las sample (a
 * Welsh board with the standards on, its Welsh pages stamped).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { translationStamp, withStamp } from '../../src/reader/translation-stamp.ts';

const sample = path.resolve(import.meta.dirname, '../../content/afon-las');
let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** A copy of afon-las in a fresh content folder, changed by `edit` (file inside the trust's folder → its new text). */
async function checkAfonLas(edit: Record<string, (text: string) => string> = {}) {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-stamps-'));
  const trustDir = path.join(work, 'content', 'afon-las');
  cpSync(sample, trustDir, { recursive: true });
  for (const [file, change] of Object.entries(edit)) {
    const absolute = path.join(trustDir, file);
    writeFileSync(absolute, change(readFileSync(absolute, 'utf8')));
  }
  const problems = await checkContent({ contentDir: path.join(work, 'content'), displayRoot: work, today: new Date('2026-12-01') });
  return problems.filter((problem) => problem.rule === 'translation-out-of-date');
}

const standardsOff = (yaml: string) => yaml.replace('welshLanguageStandards: true', 'welshLanguageStandards: false');
const changed = (text: string) => text.replace(/\n$/, '\n\nA sentence added in English after the page was translated.\n');
const unstamped = (text: string) => text.replace(/^translates: .*\n/m, '');

describe('the translation stamp', () => {
  it('is the same whatever the line endings or byte order mark, and changes with any other change', () => {
    const text = '---\ntype: page\ntitle: Our plans\n---\n\nText.\n';
    expect(translationStamp(text)).toMatch(/^[0-9a-f]{12}$/);
    expect(translationStamp(text.replaceAll('\n', '\r\n'))).toBe(translationStamp(text));
    expect(translationStamp(`\uFEFF${text}`)).toBe(translationStamp(text));
    expect(translationStamp(text.replace('Text.', 'Text!'))).not.toBe(translationStamp(text));
  });

  it('is written on its own line after type:, or over the old one, with every other byte kept', () => {
    expect(withStamp('---\ntype: page\ntitle: Ein cynllun\n---\n\nTestun.\n', 'abcdef012345')).toBe(
      '---\ntype: page\ntranslates: "abcdef012345"\ntitle: Ein cynllun\n---\n\nTestun.\n',
    );
    expect(withStamp('---\r\ntitle: Ein cynllun\r\ntranslates: "000000000000"\r\n---\r\n\r\nTestun.\r\n', 'abcdef012345')).toBe(
      '---\r\ntitle: Ein cynllun\r\ntranslates: "abcdef012345"\r\n---\r\n\r\nTestun.\r\n',
    );
    expect(withStamp('---\ntitle: Hawdd ei ddarllen\n---\n\ntranslates: in the body stays\n', 'abcdef012345')).toBe(
      '---\ntranslates: "abcdef012345"\ntitle: Hawdd ei ddarllen\n---\n\ntranslates: in the body stays\n',
    );
    expect(withStamp('No settings here.\n', 'abcdef012345')).toBeUndefined();
  });
});

describe('translation-out-of-date', () => {
  it('finds nothing in the stamped sample, nor when an English page is only saved with Windows line endings', async () => {
    expect(await checkAfonLas()).toEqual([]);
    expect(await checkAfonLas({ 'goals.md': (text) => text.replaceAll('\n', '\r\n') })).toEqual([]);
  });

  it('is a warning naming the translation and its changed source, with the command that records it is up to date', async () => {
    const problems = await checkAfonLas({ 'trust.yaml': standardsOff, 'goals.md': changed });
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ file: 'content/afon-las/cy/goals.md', field: 'translates', severity: 'warning' });
    expect(problem!.line).toBe(3);
    expect(problem!.message).toContain('content/afon-las/goals.md has changed since content/afon-las/cy/goals.md');
    expect(problem!.message).toContain('translated into content/afon-las/cy/goals.md');
    expect(problem!.message).toContain('npm run stamp-translations -- afon-las content/afon-las/cy/goals.md');
  });

  it('is an error for Welsh under the Welsh Language Standards, which ask for Welsh published with English', async () => {
    const problems = await checkAfonLas({ 'easy-read/goals.md': changed });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/afon-las/cy/easy-read/goals.md', severity: 'error' });
    expect(problems[0]!.message).toContain('content/afon-las/easy-read/goals.md has changed');
    expect(problems[0]!.message).toContain('Welsh Language Standards');
  });

  it('asks a translation with no stamp to be checked and stamped once: a warning, an error under the standards', async () => {
    const warning = await checkAfonLas({ 'trust.yaml': standardsOff, 'cy/values.md': unstamped });
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatchObject({ file: 'content/afon-las/cy/values.md', severity: 'warning' });
    expect(warning[0]!.message).toContain('content/afon-las/cy/values.md is the cy-GB translation of content/afon-las/values.md');
    expect(warning[0]!.message).toContain('it has no translates: line');
    expect(warning[0]!.message).toContain('npm run stamp-translations -- afon-las content/afon-las/cy/values.md once');
    const error = await checkAfonLas({ 'cy/values.md': unstamped });
    expect(error).toHaveLength(1);
    expect(error[0]).toMatchObject({ file: 'content/afon-las/cy/values.md', severity: 'error' });
  });
});
