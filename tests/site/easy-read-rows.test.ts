/** Easy read rows: a paragraph holding only a picture starts a row; hard words are listed. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { explanationOf, layoutEasyRead } from '../../src/site/easy-read-rows.ts';

const rendered = `
<p>An opening line with no picture.</p>
<p><img src="/a/talking.svg" alt="Two people talking"></p>
<p>We want to hear from you.</p>
<ul><li>Come to a meeting.</li></ul>
<h2>Next steps</h2>
<p><img src="/a/calendar.svg" alt="A calendar"></p>
<p>Fill in our <strong>survey</strong> by 28 February. A survey is a list of questions.</p>`;

describe('easy read layout', () => {
  const layout = layoutEasyRead(rendered);
  const root = parse(layout.html);

  it('pairs each picture with the text after it, up to the next picture or heading', () => {
    const rows = root.querySelectorAll('.er-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('.er-picture img')?.getAttribute('alt')).toBe('Two people talking');
    expect(rows[0]!.querySelector('.er-text')?.textContent).toBe('We want to hear from you.Come to a meeting.');
    expect(rows[1]!.querySelector('.er-picture img')?.getAttribute('alt')).toBe('A calendar');
  });

  it('keeps text before the first picture and headings outside rows', () => {
    expect(root.childNodes.filter((node) => 'tagName' in node).map((node) => (node as unknown as { tagName: string }).tagName)).toEqual([
      'P',
      'DIV',
      'H2',
      'DIV',
    ]);
  });

  it('sizes pictures at 120 px', () => {
    for (const image of root.querySelectorAll('img')) expect(image.getAttribute('width')).toBe('120');
  });

  it('lists bold words with the sentence that explains them', () => {
    expect(layout.hardWords).toEqual([{ word: 'survey', explanation: 'A survey is a list of questions.' }]);
  });

  it('falls back to the sentence the word is in when none defines it', () => {
    expect(explanationOf('We run a clinic. It is near you.', 'clinic')).toBeUndefined();
    expect(layoutEasyRead('<p>We run a <strong>clinic</strong> in town.</p>').hardWords[0]?.explanation).toBe('We run a clinic in town.');
  });
});
