/**
 * npm run stamp-translations, on a copy of the afon-las sample: it writes the source's stamp into
 * the translations asked for, changing only their translates: line, says what it changed, and
 * refuses an unknown trust or file in one plain sentence. After it, the check finds the
 * translation up to date again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { translationStamp } from '../../src/reader/translation-stamp.ts';
import { stampTranslations } from '../../scripts/stamp-translations/stamp.ts';

const sample = path.resolve(import.meta.dirname, '../../content/afon-las');
let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** A copy of afon-las in a fresh content folder. */
function copyOfAfonLas() {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-stamp-command-'));
  const contentDir = path.join(work, 'content');
  cpSync(sample, path.join(contentDir, 'afon-las'), { recursive: true });
  const file = (name: string) => path.join(contentDir, 'afon-las', name);
  return { contentDir, displayRoot: work, file };
}

const outOfDate = async (contentDir: string, displayRoot: string) =>
  (await checkContent({ contentDir, displayRoot, today: new Date('2026-12-01') })).filter(
    (problem) => problem.rule === 'translation-out-of-date',
  );

describe('npm run stamp-translations', () => {
  it("after the English page changes, rewrites only the Welsh page's translates: line, and the check is content again", async () => {
    const { contentDir, displayRoot, file } = copyOfAfonLas();
    const english = `${readFileSync(file('goals.md'), 'utf8')}\nA sentence added in English.\n`;
    writeFileSync(file('goals.md'), english);
    const before = readFileSync(file('cy/goals.md'), 'utf8');
    const untouched = readFileSync(file('cy/values.md'));
    expect(await outOfDate(contentDir, displayRoot)).toHaveLength(1);

    const result = stampTranslations({ contentDir, displayRoot, slug: 'afon-las', files: ['content/afon-las/cy/goals.md'] });
    expect(result.refused).toBeUndefined();
    expect(result.changed).toBe(1);
    const stamp = translationStamp(english);
    expect(result.lines).toEqual([
      `content/afon-las/cy/goals.md: now translates content/afon-las/goals.md as it is now (translates: "${stamp}", was "${/translates: "(\w+)"/.exec(before)![1]}").`,
    ]);
    const after = readFileSync(file('cy/goals.md'), 'utf8');
    expect(after).toBe(before.replace(/^translates: .*$/m, `translates: "${stamp}"`));
    expect(readFileSync(file('cy/values.md')).equals(untouched)).toBe(true);
    expect(await outOfDate(contentDir, displayRoot)).toEqual([]);
  });

  it('adds the line after type: to a page that had none, keeping Windows line endings, and takes a path inside the trust', () => {
    const { contentDir, displayRoot, file } = copyOfAfonLas();
    const crlf = readFileSync(file('cy/vision.md'), 'utf8')
      .replace(/^translates: .*\n/m, '')
      .replaceAll('\n', '\r\n');
    writeFileSync(file('cy/vision.md'), crlf);
    const result = stampTranslations({ contentDir, displayRoot, slug: 'afon-las', files: ['cy/vision.md'] });
    expect(result.lines[0]).toContain('not stamped before');
    const stamp = translationStamp(readFileSync(file('vision.md'), 'utf8'));
    expect(readFileSync(file('cy/vision.md'), 'utf8')).toBe(crlf.replace('type: vision\r\n', `type: vision\r\ntranslates: "${stamp}"\r\n`));
  });

  it('with no files, stamps every translation that needs it and leaves the others byte for byte', () => {
    const { contentDir, displayRoot, file } = copyOfAfonLas();
    const result = stampTranslations({ contentDir, displayRoot, slug: 'afon-las', files: [] });
    expect(result.changed).toBe(0);
    expect(result.lines.every((line) => line.includes('already up to date'))).toBe(true);
    expect(readFileSync(file('cy/index.md'), 'utf8')).toBe(readFileSync(path.join(sample, 'cy/index.md'), 'utf8'));
  });

  it('refuses an unknown trust, an unknown file and a page of the main language, in one plain sentence, changing nothing', () => {
    const { contentDir, displayRoot } = copyOfAfonLas();
    expect(stampTranslations({ contentDir, displayRoot, slug: 'afon-lass', files: [] }).refused).toMatch(
      /^There is no trust called "afon-lass" \(did you mean "afon-las"\?\) in content\/\./,
    );
    expect(stampTranslations({ contentDir, displayRoot, slug: 'afon-las', files: ['cy/nodau.md'] }).refused).toMatch(
      /^There is no page "cy\/nodau.md" in content\/afon-las\./,
    );
    expect(stampTranslations({ contentDir, displayRoot, slug: 'afon-las', files: ['goals.md'] }).refused).toBe(
      'content/afon-las/goals.md is a page in the main language, not a translation: stamp its translations instead (the same file name inside cy/).',
    );
  });
});
