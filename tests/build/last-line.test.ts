/**
 * The last line on every published page: no <meta> in the body, and nothing beyond the content
 * allow-list in a page's own content. Checked as each page is rendered, on the page as a browser
 * parses it (src/publishing/last-line-check.ts); here, over every page of the sample trusts, and
 * on the shapes an attacker would try.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { contentProblemsOf } from '../../src/checks/content-check-failed.ts';
import { checkRenderedPage, hasMetaInBody, renderedPageFindings } from '../../src/publishing/last-line-check.ts';

const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body>${body}</body></html>`;

function metaInBody(html: string): Element[] {
  const found: Element[] = [];
  const stack: Array<{ node: Nodes; inBody: boolean }> = [{ node: fromHtml(html), inBody: false }];
  while (stack.length > 0) {
    const { node, inBody } = stack.pop()!;
    if (node.type === 'element' && node.tagName === 'meta' && inBody) found.push(node);
    if ('children' in node)
      for (const child of node.children)
        stack.push({ node: child, inBody: inBody || (node.type === 'element' && node.tagName === 'body') });
  }
  return found;
}

describe('no <meta> in the body of any page', () => {
  it.each([
    ['a refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['capitals and a slash', '<p>Hi</p><META/HTTP-EQUIV=refresh content=0>'],
    ['a quoted ">" before the attribute', '<meta content=">" http-equiv=refresh>'],
  ])('is found: %s', (_name, body) => {
    expect(metaInBody(page(body)).length).toBe(1);
    expect(hasMetaInBody(page(body))).toBe(true);
  });

  it('is not confused by words, escaped text or the head', () => {
    expect(
      hasMetaInBody(
        page('<p>&lt;meta http-equiv="refresh"&gt; is how a page redirects; see the metadata.</p><metadata-card></metadata-card>'),
      ),
    ).toBe(false);
  });

  it('is not confused by the words of an attribute: a title may say "<meta"', () => {
    const html = page('<div class="prose-content"><p title="<meta http-equiv=refresh content=0>">Our plan</p></div>');
    expect(hasMetaInBody(html)).toBe(false);
    expect(() => checkRenderedPage('harbourside', 'vision/', html)).not.toThrow();
  });

  it('a page with one is refused as content, in the words the check uses', () => {
    let refused: unknown;
    try {
      checkRenderedPage('harbourside', 'vision/', page('<meta http-equiv="refresh" content="0">'));
    } catch (error) {
      refused = error;
    }
    expect(contentProblemsOf(refused)).toEqual([
      expect.objectContaining({ file: 'content/harbourside/', rule: 'unsafe-html', severity: 'error' }),
    ]);
  });

  it('every published page of the sample trusts has none, as a browser parses it', () => {
    const dist = inject('builtSites');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      expect(metaInBody(html), file).toEqual([]);
      expect(hasMetaInBody(html), file).toBe(false);
      // The live preview's looser policy never reaches a build, whatever environment the build runs in.
      expect(html, file).not.toContain("'unsafe-inline'");
    }
  });
});

describe("a page's own content holds only what the allow-list and the Markdown pipeline make", () => {
  const content = (body: string) => page(`<main><div class="prose-content">${body}</div><div class="easy-read">${body}</div></main>`);

  it.each([
    ['a button to another host', '<a class="nhsuk-button" href="https://evil.example/">Donate</a>', 'class="nhsuk-button"'],
    ['a data: picture', '<img src="data:image/png;base64,AAAA" alt="x">', 'src="data:'],
    ['a hidden paragraph', '<p hidden>Secret</p>', 'hidden'],
    ['a second main-content id', '<p id="main-content">Skip here</p>', 'id="main-content"'],
    ['a handler', '<a href="../" onclick="alert(1)">Home</a>', 'onclick'],
    ['a download', '<a href="../files/plan.pdf" download="plan.exe">Plan</a>', 'download'],
    ['a form', '<form action="https://evil.example/"><input name="nhs"></form>', '<form>'],
    ['an svg with a style', '<svg><style>body{display:none}</style></svg>', '<svg>'],
    ['a javascript: link', '<a href="javascript:alert(1)">Open</a>', 'href="javascript:'],
  ])('refuses %s', (_name, body, named) => {
    const html = content(body);
    expect(renderedPageFindings(html).join(' ')).toContain(named);
    let refused: unknown;
    try {
      checkRenderedPage('harbourside', 'vision/', html);
    } catch (error) {
      refused = error;
    }
    const [problem] = contentProblemsOf(refused) ?? [];
    expect(problem).toEqual(expect.objectContaining({ file: 'content/harbourside/', rule: 'unsafe-html', severity: 'error' }));
    expect(problem!.message).toContain('vision/');
    expect(problem!.message).toContain(named);
  });

  it('passes what Markdown and the easy read layout write', () => {
    const html = content(
      '<h2 id="next">Next</h2><p>Read <a href="../goals/" title="Goals">our goals</a>, <strong>now</strong>.</p>' +
        '<div class="er-row"><div class="er-picture"><img src="/our-strategy/files/pictures/a.svg" alt="A" width="120" height="120" loading="lazy"></div><div class="er-text"><p>One.</p></div></div>' +
        '<table><thead><tr><th style="text-align: left">a</th></tr></thead><tbody><tr><td style="text-align: left">1</td></tr></tbody></table>' +
        '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked disabled> done</li></ul>',
    );
    expect(renderedPageFindings(html)).toEqual([]);
  });

  it('every published page of the sample trusts passes', () => {
    const dist = inject('builtSites');
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    for (const file of pages) expect(renderedPageFindings(readFileSync(path.join(dist, file), 'utf8')), file).toEqual([]);
  });
});
