/**
 * The reading age the browser editor shows while a page is written: the check's own measure
 * (readingAgeOfTree) on the tree the editor's Markdown parser makes, so the figure a comms
 * officer sees is the figure `npm run check` prints, on every sample page.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingAge } from '../../src/checks/reading-age.ts';
import { readingAgeSettings } from '../../src/checks/reading-age-report.ts';
import { isReadPage, readContent } from '../../src/reader/read-content.ts';
import { markdownTree } from '../../src/editor/browser/markdown-tree.ts';
import { readingAgeNote } from '../../src/editor/browser/reading-age-panel.ts';
import { readingAgeOfTree } from '../../src/checks/reading-age-measure.ts';
import { SOURCE_KEY } from '../../src/editor/file-formats.ts';
import { repoRoot } from '../support/built-sites.ts';

const english = { target: 11, language: 'en-GB', measured: true };
const plain = 'We run two hospitals. We care for people near the sea. Our staff are kind. We want short waits. You can call us.';
const hard =
  'Comprehensive organisational transformation necessitates collaborative partnership across every integrated care system in the region and beyond it, for all of the people we serve. Multidisciplinary integration facilitates operational efficiency. Accountability frameworks demonstrate institutional responsibility.';

describe("the editor's reading age", () => {
  it("equals the check's on every standard page of the sample trusts", () => {
    const model = readContent({ contentDir: path.join(repoRoot, 'content'), displayRoot: repoRoot });
    const pages = model.trusts.flatMap((trust) => trust.pages.filter(isReadPage).filter((page) => !page.isEasyRead && page.file.endsWith('.md')));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const check = readingAge(page.body, page.data, page.bodyLine);
      const editor = readingAgeOfTree(markdownTree(page.body), page.body, page.data, page.bodyLine);
      const figures = (result: typeof check) => ({
        age: result.age,
        sentences: result.sentences,
        words: result.words,
        long: result.longSentences.map(({ line, words }) => ({ line, words })),
      });
      expect(figures(editor), page.file).toEqual(figures(check));
    }
  });

  it('shows the figure, the target, and a plain sentence when the page is over it', () => {
    const easy = readingAgeNote({ title: 'About us', body: plain }, english);
    expect(easy.figure).toBe(`Reading age: ${readingAge(plain, { title: 'About us' }).age!.toFixed(1)}`);
    expect(easy.target).toBe("The trust's target is a reading age of 11 or below.");
    expect(easy.over).toBe(false);
    expect(easy.verdict).toBe("This page meets the trust's target.");

    const difficult = readingAgeNote({ title: 'About us', body: `${plain}\n\n${hard}` }, english);
    expect(difficult.over).toBe(true);
    expect(difficult.verdict).toMatch(/^This page is harder to read than the trust's target\. .* 11 or below\.$/);
    expect(difficult.longSentences).toEqual([expect.stringMatching(/^24 words: "Comprehensive organisational/)]);
  });

  it('counts the page text once, and not the file the editor keeps to write back', () => {
    const note = readingAgeNote({ body: plain, [SOURCE_KEY]: `---\ntitle: x\n---\n${hard}` }, english);
    expect(note.figure).toBe(`Reading age: ${readingAge(plain, {}).age!.toFixed(1)}`);
  });

  it('uses the trust target from trust.yaml, and says when a page is too short to measure', () => {
    const settings = readingAgeSettings(undefined);
    expect(settings).toEqual(english);
    expect(readingAgeNote({ body: 'One line.' }, { ...english, target: 9 })).toMatchObject({
      figure: 'Reading age: not measured yet. It needs at least 3 sentences.',
      target: "The trust's target is a reading age of 9 or below.",
      verdict: '',
    });
  });

  it('says the reading age is for English pages only on a site in another language', () => {
    const note = readingAgeNote({ body: plain }, { target: 11, language: 'cy-GB', measured: false });
    expect(note.figure).toBe("Reading age is measured for English pages only. This site's main language is cy-GB, so this page is not measured.");
    expect(note.verdict).toBe('');
  });
});
