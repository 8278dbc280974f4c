/** The pull-request report shows a message's examples as code, never as a picture or a link. */
import { describe, expect, it } from 'vitest';
import { messageMarkdown } from '../../scripts/check/markdown-report.ts';

describe('messageMarkdown', () => {
  it('shows a picture example as code, so it reads as what to type', () => {
    expect(messageMarkdown('Write the picture on its own line, for example ![Two people talking](../files/pictures/talking.svg).')).toBe(
      'Write the picture on its own line, for example `![Two people talking](../files/pictures/talking.svg)`.',
    );
  });

  it('shows quoted examples and a line to write as code, keeping backticks inside them', () => {
    expect(messageMarkdown('Put the text in quotes:\n    title: "Our goals: the next five years"')).toBe(
      'Put the text in quotes: `title: "Our goals: the next five years"`',
    );
    expect(messageMarkdown('for example "a `b` c"')).toBe('for example ``"a `b` c"``');
  });

  it('escapes HTML outside the examples', () => {
    expect(messageMarkdown('<b>bold</b> for example "<b>"')).toBe('&#60;b&#62;bold&#60;/b&#62; for example `"<b>"`');
  });
});
