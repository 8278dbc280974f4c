/** The pull-request report shows a message's examples as code, never as a picture or a link. */
import { describe, expect, it } from 'vitest';
import { markdownReport } from '../../scripts/check/markdown-report.ts';

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
