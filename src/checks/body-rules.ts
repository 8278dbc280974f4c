/**
 * Checks on a page's Markdown or MDX body, on the tree the build's own parser (Sätteri) makes
 * of it: content that could run code or change the page (src/markdown/content-safety.ts, the
 * same rules the build applies), pictures without alt text, and links inside the site that
 * lead nowhere.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Nodes, Root } from 'mdast';
import { findUnsafeContent } from '../markdown/content-safety.ts';
import { overNestedLine, overNestedMessage } from '../markdown/nesting-budget.ts';
import type { Problem } from './problem.ts';

export interface BodyContext {
  file: string;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  isMdx: boolean;
  /** This page's path in the site, for example "engagement/" or "easy-read/goals/". */
  pagePath: string;
}

interface Hit {
  index: number;
  text: string;
}

function matches(body: string, pattern: RegExp): Hit[] {
  return [...body.matchAll(pattern)].map((match) => ({ index: match.index ?? 0, text: match[0] }));
}

/** Where each line of the last body asked about starts, so finding a position is a search, not a rescan of the page. */
let lineStarts: { body: string; starts: number[] } | undefined;

function positionOf(context: BodyContext, index: number) {
  if (lineStarts?.body !== context.body) {
    const starts = [0];
    for (let at = context.body.indexOf('\n'); at >= 0; at = context.body.indexOf('\n', at + 1)) starts.push(at + 1);
    lineStarts = { body: context.body, starts };
  }
  const { starts } = lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  return { line: context.bodyLine + low, column: index - starts[low]! + 1 };
}

/** Code blocks and inline code may show examples of anything; blank them out, keeping positions. */
function withoutCode(body: string): string {
  return body.replace(/```[\s\S]*?```|`[^`\n]*`/g, (code) => code.replace(/[^\n]/g, ' '));
}

/** The parser options the build uses (Astro's defaults: GFM and smart punctuation on, no front matter left in the body). */
const features = { gfm: true, smartPunctuation: true, frontmatter: false };

/** An MDX syntax error from Sätteri, with its line when the message gives one. */
function syntaxProblem(context: BodyContext, error: unknown): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const at = /(\d+):(\d+)/.exec(text);
  return {
    file: context.file,
    line: at ? context.bodyLine + Number(at[1]) - 1 : undefined,
    column: at ? Number(at[2]) : undefined,
    rule: 'mdx-syntax',
    severity: 'error',
    message: `This .mdx page cannot be read (${text.split('\n')[0]!.slice(0, 120)}). In .mdx pages the characters { } < > have a meaning: check that each <Callout> has its </Callout>, and write \\{ or \\< to show the character itself. Or rename the file to end in .md.`,
  };
}

export function checkBody(context: BodyContext): Problem[] {
  const overNested = overNestedLine(context.body);
  if (overNested)
    return [
      { file: context.file, line: context.bodyLine + overNested - 1, rule: 'nesting-depth', severity: 'error', message: overNestedMessage },
    ];
  let tree: Root;
  try {
    tree = (context.isMdx ? mdxToMdast(context.body, { features }) : markdownToMdast(context.body, { features })) as Root;
  } catch (error) {
    return [syntaxProblem(context, error)];
  }
  const shift = (line: number | undefined) => (line === undefined ? undefined : line + context.bodyLine - 1);
  const problems: Problem[] = findUnsafeContent(tree, context.isMdx ? 'mdx' : 'markdown').map((finding) => ({
    file: context.file,
    severity: 'error',
    ...finding,
    line: shift(finding.line),
  }));
  const visit = (node: Nodes) => {
    if (node.type === 'image' && !node.alt?.trim()) {
      problems.push({
        file: context.file,
        line: shift(node.position?.start.line),
        column: node.position?.start.column,
        rule: 'image-alt',
        severity: 'error',
        message:
          'This picture has no description (alt text), so people who cannot see it will not know what it shows. Write one between the square brackets, for example ![Two people talking](../files/pictures/talking.svg).',
      });
    }
  };
  // An explicit stack rather than recursion: a deeply nested page cannot overflow the call stack.
  for (const stack: Nodes[] = [tree]; stack.length > 0;) {
    const node = stack.pop()!;
    visit(node);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return problems;
}

export interface Link {
  target: string;
  /** A picture (![alt](path)): its path is a file path from the page's own file, not a web address. */
  isImage: boolean;
  line: number;
  column: number;
}

/** Markdown links and images whose target is inside the site (not a web address, email or phone). */
export function internalLinks(context: BodyContext): Link[] {
  const body = withoutCode(context.body);
  return matches(body, /!?\[[^[\]]*\]\(\s*([^)\s[\]]+)(?:\s[^()[\]]*)?\)/g) // no class overlaps and none crosses a "[": linear time
    .map((hit) => ({ hit, target: /\]\(\s*([^)\s]+)/.exec(hit.text)![1]! }))
    .filter(({ target }) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(target))
    .map(({ hit, target }) => ({
      target,
      isImage: hit.text.startsWith('!'),
      ...positionOf(context, hit.index + hit.text.indexOf('](') + 2),
    }));
}

/** Where a relative link from a page leads, as a path from the trust's site root ("goals/"), or undefined if it climbs out. */
export function resolveLink(pagePath: string, target: string): string | undefined {
  const url = new URL(target.split('#')[0]!.split('?')[0]!, `https://site.invalid/${pagePath}`);
  return url.pathname.slice(1);
}

/** The relative link from one page to another, for suggesting a fix: from "a/b/" to "goals/" is "../../goals/". */
export function relativeLink(fromPagePath: string, toPagePath: string): string {
  const depth = fromPagePath.split('/').filter(Boolean).length;
  return `${'../'.repeat(depth)}${toPagePath}` || './';
}
