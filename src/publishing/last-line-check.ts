/**
 * The last line of defence, on every page as it is rendered. The page is parsed as a browser
 * parses it (parse5, the allow-list's own parser), and refused when:
 * - its body holds a `<meta>` or `<base>`: nothing the product renders puts one there, and
 *   `<meta http-equiv="refresh">` or a new base would send readers to another site;
 * - a part of the page that shows its own content (`.prose-content`, `.easy-read`) holds anything
 *   the content allow-list and the Markdown pipeline do not make (publishedContentSchema in
 *   src/markdown/html-allow-list.ts), even where the content check and the allow-list were
 *   somehow passed. Words and attribute values are text to a parser: "<meta" in a title is fine.
 * A refused page is refused as content and nothing is published.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Problem } from '../problems/problem.ts';
import { ContentCheckFailed } from '../checks/content-check-failed.ts';
import { publishedContentSchema, refusalsOf } from '../markdown/html-allow-list.ts';

/** The classes of the elements that hold a page's own content (src/components/PageBody.astro, EasyReadRows.astro, the home page). */
const CONTENT_HOLDERS = ['prose-content', 'easy-read'];

const classesOf = (element: Element) => (Array.isArray(element.properties.className) ? element.properties.className.map(String) : []);

/** What is wrong with a rendered page, in plain words; empty when nothing is. */
export function renderedPageFindings(html: string): string[] {
  const findings: string[] = [];
  const stack: Array<{ node: Nodes; inBody: boolean; inContent: boolean }> = [{ node: fromHtml(html), inBody: false, inContent: false }];
  while (stack.length > 0) {
    const { node, inBody, inContent } = stack.pop()!;
    let here = { inBody, inContent };
    if (node.type === 'element') {
      if (inBody && (node.tagName === 'meta' || node.tagName === 'base'))
        findings.push(`a <${node.tagName}> element in its body, which could send readers to another site`);
      else if (inContent) for (const refusal of refusalsOf(node, publishedContentSchema)) findings.push(refusal);
      here = {
        inBody: inBody || node.tagName === 'body',
        inContent: inContent || classesOf(node).some((name) => CONTENT_HOLDERS.includes(name)),
      };
      // <template> keeps its children apart from the tree; they are judged too.
      if (node.content) stack.push({ node: node.content, ...here });
    }
    if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index]!, ...here });
  }
  return findings;
}

/** True when the body holds a `<meta>` element, as a browser parses the page. */
export function hasMetaInBody(html: string): boolean {
  return renderedPageFindings(html).some((finding) => finding.startsWith('a <meta>'));
}

/** Checks one rendered page; a refused page stops the build as the content's problem. */
export function checkRenderedPage(slug: string, pagePath: string, html: string): void {
  const findings = renderedPageFindings(html);
  if (findings.length === 0) return;
  const problem: Problem = {
    file: `content/${slug}/`,
    rule: 'unsafe-html',
    severity: 'error',
    message: `The page at ${pagePath || 'the home page'} came out with HTML that is not allowed (${[...new Set(findings)].slice(0, 3).join('; ')}). HTML like this could run code, send readers to another site or change the page around it. Remove the raw HTML on that page and write it as Markdown instead.`,
  };
  throw new ContentCheckFailed([problem]);
}
