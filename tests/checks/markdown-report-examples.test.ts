/** The pull-request report shows a message's examples as code, never as a picture or a link. */
import { describe, expect, it } from 'vitest';
import { markdownReadingAges, markdownReport } from '../../scripts/check/markdown-report.ts';

const reportOf = (message: string) =>
  markdownReport([{ file: 'content/acme/goals.md', line: 3, rule: 'image-alt', severity: 'error', message }], ['acme']);

describe('the pull-request report', () => {
  it('shows a picture example as code, so it reads as what to type', () => {
    const message = 'Write the picture on its own line, for example ![Two people talking](../files/pictures/talking.svg).';
    expect(reportOf(message)).toContain(`\` ${message} \``);
  });

  it('keeps backticks inside an example, with a longer fence around it', () => {
    expect(reportOf('for example "a `b` c"')).toContain('`` for example "a `b` c" ``');
  });

  it('shows HTML in a message as text', () => {
    expect(reportOf('<b>bold</b> for example "<b>"')).toContain('` <b>bold</b> for example "<b>" `');
  });
});

describe("the pull request's plain English report", () => {
  const report = markdownReadingAges([
    {
      slug: 'acme',
      target: 9,
      pages: [
        {
          file: 'content/acme/goals.md',
          title: 'Goals',
          age: 12.3,
          longSentences: [{ line: 7, words: 24, text: 'See ![x](https://evil.example/p.png) or <b>this</b> | and `that` @someone #1.' }],
        },
        { file: 'content/acme/values.md', title: 'Values', age: 8.4, longSentences: [] },
        { file: 'content/acme/short.md', title: 'Short', age: undefined, longSentences: [] },
      ],
    },
  ] as Parameters<typeof markdownReadingAges>[0]);

  it('gives each page its reading age against the target, and counts those above it', () => {
    expect(report).toContain('**` acme `**: 1 of 3 pages above the target reading age of 9');
    expect(report).toContain('- ` content/acme/goals.md `: reading age 12.3, above the target');
    expect(report).toContain('- ` content/acme/values.md `: reading age 8.4\n');
    expect(report).toContain('- ` content/acme/short.md `: too short to measure');
  });

  it("quotes a long sentence as code, so the content's links, pictures, HTML and mentions stay text", () => {
    expect(report).toContain(
      '  - line 7, 24 words (split it): `` See ![x](https://evil.example/p.png) or <b>this</b> | and `that` @someone #1. ``',
    );
  });
});
