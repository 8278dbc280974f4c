/**
 * Checks on a page's Markdown or MDX body, on the tree the build's own parser (Sätteri) makes
 * of it: content that could run code or change the page (src/markdown/content-safety.ts, the
 * same rules the build applies) and pictures without alt text. Links are judged in
 * ./link-rules.ts, from the same tree.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Root } from 'mdast';
import { eachNode } from '../reader/markdown-references.ts';
import { findUnsafeContent } from '../markdown/content-safety.ts';
import { overNestedLine, overNestedMessage } from '../markdown/nesting-budget.ts';
import { blockInWords, MAX_BLOCK_CHARACTERS, MAX_BLOCKS, overlongBlocks } from '../markdown/block-budget.ts';
import type { Problem } from '../problems/problem.ts';
import { ruleOf } from './rule-of.ts';

export interface BodyContext {
  file: string;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  isMdx: boolean;
  /** This page's path in the site, for example "engagement/" or "easy-read/goals/". */
  pagePath: string;
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
    ...ruleOf('mdx-syntax'),
    message: `This .mdx page cannot be read (${text.split('\n')[0]!.slice(0, 120)}). In .mdx pages the characters { } < > have a meaning: check that each <Callout> has its </Callout>, and write \\{ or \\< to show the character itself. Or rename the file to end in .md.`,
  };
}

/** The page's body as the build's parser reads it, or the problem that stops it being read. */
export function parseBody(context: BodyContext): { tree: Root } | { problem: Problem } {
  // Quotes and lists nested past the limit make the parser's time grow with the square of the depth: refused before parsing.
  const overNested = overNestedLine(context.body);
  if (overNested)
    return {
      problem: {
        file: context.file,
        line: context.bodyLine + overNested - 1,
        ...ruleOf('nesting-depth'),
        message: overNestedMessage,
      },
    };
  try {
    return { tree: (context.isMdx ? mdxToMdast(context.body, { features }) : markdownToMdast(context.body, { features })) as Root };
  } catch (error) {
    return { problem: syntaxProblem(context, error) };
  }
}

/** Content that could run code or change the page, and pictures without a description. */
export function checkBody(context: BodyContext, tree: Root): Problem[] {
  const shift = (line: number | undefined) => (line === undefined ? undefined : line + context.bodyLine - 1);
  const problems: Problem[] = findUnsafeContent(tree, context.isMdx ? 'mdx' : 'markdown').map((finding) => ({
    file: context.file,
    ...finding,
    ...ruleOf(finding.rule),
    line: shift(finding.line),
  }));
  if (tree.children.length > MAX_BLOCKS) {
    const first = tree.children[MAX_BLOCKS]!;
    problems.push({
      file: context.file,
      line: shift(first.position?.start.line),
      ...ruleOf('block-length'),
      message: `This page has ${tree.children.length.toLocaleString('en-GB')} paragraphs, lists, headings and other parts, more than the ${MAX_BLOCKS.toLocaleString('en-GB')} one page may hold (the line named is where the limit is passed). Split it into several pages.`,
    });
  }
  for (const block of overlongBlocks(tree)) {
    const name = blockInWords(block.kind);
    problems.push({
      file: context.file,
      line: shift(block.line),
      column: block.column,
      ...ruleOf('block-length'),
      message: `This ${name} has ${block.characters.toLocaleString('en-GB')} characters of text, more than the ${MAX_BLOCK_CHARACTERS.toLocaleString('en-GB')} (about 3,000 words) one ${name} may hold. Split it into shorter ${name === 'part of the page' ? 'parts' : `${name}s`}, with a blank line between them.`,
    });
  }
  eachNode(tree, (node) => {
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      problems.push({
        file: context.file,
        line: shift(node.position?.start.line),
        column: node.position?.start.column,
        ...ruleOf('image-alt'),
        message:
          'This picture has no description (alt text), so people who cannot see it will not know what it shows. Write one between the square brackets, for example ![Two people talking](../files/pictures/talking.svg).',
      });
    }
  });
  return problems;
}

/** Stands for the trust's site root, which is published in a folder of its own: a link that climbs above it leaves the site. */
const SITE_ROOT = '/site-root/';

/**
 * Where a relative link from a page leads, as a path from the trust's site root ("goals/");
 * "outside" when it climbs above the site's home page (the site is published in a folder,
 * so such a link leads to someone else's pages); undefined when it cannot be read as an address.
 */
export function resolveLink(pagePath: string, target: string): string | 'outside' | undefined {
  try {
    const url = new URL(target.split('#')[0]!.split('?')[0]!, `https://site.invalid${SITE_ROOT}${pagePath}`);
    return url.pathname.startsWith(SITE_ROOT) ? url.pathname.slice(SITE_ROOT.length) : 'outside';
  } catch {
    return undefined;
  }
}

/** The relative link from one page to another, for suggesting a fix: from "a/b/" to "goals/" is "../../goals/". */
export function relativeLink(fromPagePath: string, toPagePath: string): string {
  const depth = fromPagePath.split('/').filter(Boolean).length;
  return `${'../'.repeat(depth)}${toPagePath}` || './';
}
