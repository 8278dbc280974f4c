/**
 * Content never runs code. These rules are applied to the tree that Sätteri, the parser the
 * build uses for Markdown and MDX, makes of a page: by the content check (src/checks/body-rules.ts)
 * and, as a Markdown plugin registered in astro.config.mjs, by the build itself, so a page the
 * check would refuse never compiles even when the check was skipped.
 *
 * What is refused: in MDX, every `{…}` expression, `import`/`export`, spread attributes, any
 * element that is not one of the listed components, and any attribute that is not one of the
 * component's settings written as a literal; everywhere, raw HTML the allow-list would change
 * (./html-allow-list.ts) and links or pictures whose address uses a scheme other than
 * https, http, mailto or tel.
 */
import type { Nodes, Root } from 'mdast';
import { mdxComponentNames, mdxComponentSettings } from '../schemas/mdx-components.ts';
import { linkTruthFindings, type LinkTruthFinding } from './link-truth.ts';
import { allowedUrlSchemes, isFinishedHtml, isRefusedUrl, refusedHtml } from './html-allow-list.ts';

export interface SafetyFinding {
  rule: 'mdx-expression' | 'mdx-import' | 'mdx-attribute' | 'unknown-component' | 'unsafe-html' | 'unsafe-link' | LinkTruthFinding['rule'];
  message: string;
  line?: number | undefined;
  column?: number | undefined;
}

export type SourceFormat = 'markdown' | 'mdx';

const componentList = mdxComponentNames.map((name) => `<${name}>`).join(', ');
const short = (text: string, length = 60) => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > length ? `${oneLine.slice(0, length)}…` : oneLine;
};

/** An attribute value written as `{1450}`: a number is the one expression a setting may hold (KeyFigure's value). */
const isNumberLiteral = (expression: string) => /^\s*-?\d+(\.\d+)?\s*$/.test(expression);

interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** Most pieces of raw HTML a page may hold: real pages use a handful (a <br>, a <details>). */
export const MAX_HTML_PIECES = 200;

/** Everything in a parsed page that could run code or change the page around it. */
export function findUnsafeContent(tree: Root, format: SourceFormat): SafetyFinding[] {
  const findings: SafetyFinding[] = [];
  let htmlPieces = 0;
  const add = (
    node: { position?: { start: { line: number; column: number } } | undefined },
    finding: Omit<SafetyFinding, 'line' | 'column'>,
  ) => findings.push({ ...finding, line: node.position?.start.line, column: node.position?.start.column });

  /** Judges one node; true when its children are to be judged too. */
  const visit = (node: Nodes): boolean => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, {
          rule: 'mdx-import',
          message: `"${short(node.value)}" is code, and pages cannot run code. The components you can use (${mdxComponentNames.join(', ')}) work without importing them, so delete this line.`,
        });
        return false;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, {
          rule: 'mdx-expression',
          message: `"{${short(node.value)}}" is code inside curly brackets, and pages cannot run code. Write the text directly instead. To show a curly bracket, write \\{ instead of {.`,
        });
        return false;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!(mdxComponentNames as readonly string[]).includes(name)) {
          const isHtml = /^[a-z]/.test(name);
          add(node, {
            rule: 'unknown-component',
            message: isHtml
              ? `<${name}> is HTML, which .mdx pages cannot use. Write it as Markdown instead (for example **bold** or [a link](../goals/)), or use <Callout> for a highlighted box.`
              : `<${name || '>…</'}> is not one of the components you can use. Use one of: ${componentList}, or write it as plain Markdown.`,
          });
          return false;
        }
        const settings: readonly string[] = mdxComponentSettings[name as keyof typeof mdxComponentSettings];
        for (const attribute of node.attributes as MdxAttribute[]) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            add(node, {
              rule: 'mdx-expression',
              message: `"{${short(String(attribute.value ?? ''))}}" on <${name}> is code, and pages cannot run code. Write each setting as name="text", for example ${settings[0]}="..." .`,
            });
          } else if (!settings.includes(attribute.name ?? '')) {
            add(node, {
              rule: 'mdx-attribute',
              message: `<${name}> has no setting called "${attribute.name}". Its settings are: ${settings.join(', ')}. Remove "${attribute.name}".`,
            });
          } else if (attribute.value && typeof attribute.value === 'object' && !isNumberLiteral(attribute.value.value)) {
            add(node, {
              rule: 'mdx-expression',
              message: `${attribute.name}={${short(attribute.value.value)}} on <${name}> is code, and pages cannot run code. Write the text directly in quotes, for example ${attribute.name}="Our promise", or a number in curly brackets, for example {1450}.`,
            });
          }
        }
        break;
      }
      case 'html': {
        // Each piece is parsed as a browser would (a few parses per piece): a budget keeps a page from stalling the check.
        if (++htmlPieces > MAX_HTML_PIECES) {
          if (htmlPieces === MAX_HTML_PIECES + 1)
            add(node, {
              rule: 'unsafe-html',
              message: `This page has more than ${MAX_HTML_PIECES} pieces of HTML. Write the page in Markdown instead (for example **bold** or [a link](../goals/)), and remove the HTML.`,
            });
          return false;
        }
        if (format === 'markdown' && /^<\/?[A-Z]/.test(node.value)) {
          add(node, {
            rule: 'unknown-component',
            message: `${short(node.value, 30)} is a component, and components only work in .mdx files. Rename this file to end in .mdx, or write it as plain Markdown.`,
          });
          return false;
        }
        if (!isFinishedHtml(node.value)) {
          add(node, {
            rule: 'unsafe-html',
            message: `"${short(node.value, 40)}" is unfinished HTML (an open quote, tag or comment, or an element such as <textarea> that turns what follows into text), so a browser would read the rest of the page into it. Finish it (close the quote, the tag or the comment) or remove it and write the text as Markdown.`,
          });
          return false;
        }
        const refused = refusedHtml(node.value);
        if (refused.length > 0) {
          const start = node.position?.start;
          for (const item of refused) {
            findings.push({
              rule: 'unsafe-html',
              line: start ? start.line + item.line - 1 : undefined,
              column: start ? (item.line === 1 ? start.column + item.column - 1 : item.column) : undefined,
              message: `In "${short(node.value, 40)}", ${item.message}: HTML like this could run code, send readers elsewhere or change the page around it. Remove it and write the text as Markdown instead (for example **bold** or [a link](https://www.example.nhs.uk/)).`,
            });
          }
        }
        return false;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (isRefusedUrl(node.url)) {
          add(node, {
            rule: 'unsafe-link',
            message: `The address "${short(node.url, 40)}" is not allowed: links and pictures may only use web addresses (${allowedUrlSchemes
              .slice(0, 2)
              .map((scheme) => `${scheme}://`)
              .join(
                ', ',
              )}), email (mailto:), phone (tel:) or a path to a page or file of this site. Link to a web page instead, for example [Our goals](../goals/).`,
          });
        }
        break;
    }
    return true;
  };
  // An explicit stack rather than recursion: a deeply nested page cannot overflow the call stack.
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) && 'children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  // Links must also say truthfully where they lead (./link-truth.ts).
  return [...findings, ...linkTruthFindings(tree)];
}
