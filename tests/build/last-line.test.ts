/**
 * The last line on every published page: no <meta> in the body. Checked as each page is
 * rendered (src/publishing/last-line-check.ts); here, over every page of the sample trusts as
 * a browser parses them, and on the shapes an attacker would try.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { contentProblemsOf } from '../../src/checks/content-check-failed.ts';
import { checkRenderedPage, hasMetaInBody } from '../../src/publishing/last-line-check.ts';

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
