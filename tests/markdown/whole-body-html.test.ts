/**
 * Raw HTML is judged as the browser reads it: the whole page body, not each piece alone. Two
 * pieces that pass one at a time must not be able to make an element or attribute together.
 */
import { markdownToHtml, markdownToMdast } from 'satteri';
import type { Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { describe, expect, it } from 'vitest';
import { findUnsafeContent } from '../../src/markdown/content-safety.ts';
import { refusedHtml } from '../../src/markdown/html-allow-list.ts';

/** The tree the build's parser makes (the content check's options). */
const parseMarkdownTree = (body: string) =>
  markdownToMdast(body, { features: { gfm: true, smartPunctuation: true, frontmatter: false } }) as Root;

/** An open quote in one piece swallows the Markdown between, and a harmless title in the next piece ends it. */
export const combinedRedirect = [
  'Our vision is simple.',
  '',
  '<p title="',
  '',
  'We listened to patients and staff.',
  '',
  `<p title='"><meta http-equiv=refresh content="0;url=https://evil.example/">'>Read more</p>`,
  '',
].join('\n');

/** Elements of a name in the page as a browser parses it (parse5, through hast-util-from-html). */
const elementsNamed = (html: string, name: string) => {
  const found: Nodes[] = [];
  const stack: Nodes[] = [fromHtml(html)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element' && node.tagName === name) found.push(node);
    if ('children' in node) stack.push(...node.children);
  }
  return found;
};

describe('raw HTML judged over the whole body', () => {
  it('each piece of the attack passes alone, and together they make a live <meta http-equiv> in the rendered page', () => {
    expect(refusedHtml('<p title="\n')).toEqual([]);
    expect(refusedHtml(`<p title='"><meta http-equiv=refresh content="0;url=https://evil.example/">'>Read more</p>`)).toEqual([]);
    expect(elementsNamed(markdownToHtml(combinedRedirect).html, 'meta')).toHaveLength(1);
  });

  it('the page is refused, at the piece that leaves the HTML unfinished', () => {
    const findings = findUnsafeContent(parseMarkdownTree(combinedRedirect), 'markdown');
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'unsafe-html', line: 3 }));
    expect(findings.map((finding) => finding.message).join(' ')).toMatch(/unfinished/);
  });

  it.each([
    ['an open comment', 'Text\n\n<details><!--\n\nmore text\n\n--></details>\n'],
    ['an open tag', 'Text\n\n<p title="a"\n\n<b>x</b>\n'],
    ['a text-only element', 'Text\n\n<details><summary>a</summary>\n\n<textarea>\n'],
  ])('an unfinished piece is refused: %s', (_name, body) => {
    expect(findUnsafeContent(parseMarkdownTree(body), 'markdown').map((finding) => finding.rule)).toContain('unsafe-html');
  });

  it('HTML that opens in one piece and closes in another, each finished, is still accepted', () => {
    const body = 'Intro\n\n<details>\n<summary>How we chose</summary>\n\nWe asked **everyone**.\n\n</details>\n';
    expect(findUnsafeContent(parseMarkdownTree(body), 'markdown')).toEqual([]);
  });
});
