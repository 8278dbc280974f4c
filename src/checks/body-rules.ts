/**
 * Checks on a page's Markdown or MDX body: content that is unsafe to publish, MDX imports,
 * components outside the documented set, and links inside the site that lead nowhere.
 */
import { mdxComponentNames } from '../components/mdx/names.ts';
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

function positionOf(context: BodyContext, index: number) {
  const before = context.body.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line: context.bodyLine + line - 1, column };
}

/** Code blocks and inline code may show examples of anything; blank them out, keeping positions. */
function withoutCode(body: string): string {
  return body.replace(/```[\s\S]*?```|`[^`\n]*`/g, (code) => code.replace(/[^\n]/g, ' '));
}

export function checkBody(context: BodyContext): Problem[] {
  const problems: Problem[] = [];
  const body = withoutCode(context.body);
  const add = (hit: Hit, rule: string, message: string) =>
    problems.push({ file: context.file, ...positionOf(context, hit.index), rule, message, severity: 'error' });

  for (const hit of matches(body, /<\s*(script|iframe|style|object|embed)\b/gi)) {
    const tag = hit.text.replace(/[<\s]/g, '').toLowerCase();
    add(
      hit,
      'unsafe-html',
      `A <${tag}> tag is not allowed: it could run code or change the page in ways readers cannot trust. Remove it. To show a video or map, link to it instead, for example [Watch the video](https://www.example.org/video).`,
    );
  }
  for (const hit of matches(body, /<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) {
    add(hit, 'unsafe-html', 'HTML attributes starting with "on" (such as onclick) run code and are not allowed. Remove the attribute.');
  }
  for (const hit of matches(body, /\]\(\s*javascript:|href\s*=\s*["']?\s*javascript:/gi)) {
    add(
      hit,
      'unsafe-link',
      'Links starting with "javascript:" run code and are not allowed. Link to a web page instead, for example [Our goals](../goals/).',
    );
  }
  if (context.isMdx) {
    for (const hit of matches(body, /^(import|export)\s.*$/gm)) {
      add(
        hit,
        'mdx-import',
        `"${hit.text.trim().slice(0, 60)}" is not allowed. The components you can use (${mdxComponentNames.join(', ')}) work without importing them, so delete this line.`,
      );
    }
  }
  for (const hit of matches(body, /!\[\s*\]\(/g)) {
    add(
      hit,
      'image-alt',
      'This picture has no description (alt text), so people who cannot see it will not know what it shows. Write one between the square brackets, for example ![Two people talking](../files/pictures/talking.svg).',
    );
  }
  for (const hit of matches(body, /<([A-Z][A-Za-z0-9]*)\b/g)) {
    const name = hit.text.slice(1);
    if (context.isMdx && (mdxComponentNames as readonly string[]).includes(name)) continue;
    const message = context.isMdx
      ? `<${name}> is not one of the components you can use. Use one of: ${mdxComponentNames.map((known) => `<${known}>`).join(', ')}, or write it as plain Markdown.`
      : `<${name}> is a component, and components only work in .mdx files. Rename this file to end in .mdx, or write it as plain Markdown.`;
    add(hit, 'unknown-component', message);
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
  return matches(body, /!?\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)/g)
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
