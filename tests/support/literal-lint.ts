/**
 * Finds words written straight into a component, route or src/site module instead of coming
 * from the words catalogue (src/words/): in .astro templates, text with letters and the
 * attributes readers meet (alt, title, aria-label...); in .ts modules, string literals that
 * read as prose. Used by tests/words/reader-facing-literals.test.ts.
 */
import { parse } from '@astrojs/compiler';
import type { Node } from '@astrojs/compiler/types';
import ts from 'typescript';

export interface Literal {
  line: number;
  /** "text", an attribute's name, or "string" for a .ts literal. */
  where: string;
  text: string;
}

/** Attributes whose value a reader hears or sees. */
const READER_ATTRIBUTES = new Set([
  'alt',
  'title',
  'description',
  'kind',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'placeholder',
  'value',
  'content',
  'label',
  'summary',
]);

/**
 * Words that are in no language, so never translated:
 * - `content` values of <meta> that browsers and share cards read, not people;
 * - schema.org type names (src/site/structured-data.ts) and component names used in .mdx pages.
 */
export const ALLOWED_TEXT = new Set([
  'width=device-width, initial-scale=1',
  'noindex',
  'website',
  'image/png',
  'summary_large_image',
  'Organization',
  'Place',
  'Event',
  'Callout',
  'KeyFigure',
]);

const hasLetters = (text: string) => /\p{L}/u.test(text);

export async function astroLiterals(source: string): Promise<Literal[]> {
  const { ast } = await parse(source, { position: true });
  const found: Literal[] = [];
  const visit = (node: Node, parent: Node | undefined, inRawText: boolean) => {
    const line = node.position?.start.line ?? 0;
    // The frontmatter and text directly inside {...} are JavaScript: their strings are judged as a module's are.
    if (node.type === 'frontmatter' || (node.type === 'text' && parent?.type === 'expression')) {
      for (const literal of moduleLiterals(node.value)) found.push({ ...literal, line: line + literal.line - 1 });
    }
    // Text inside <script> and <style> is code.
    if (node.type === 'text' && parent?.type !== 'expression' && !inRawText) {
      const text = node.value.trim().replace(/\s+/g, ' ');
      if (hasLetters(text) && !ALLOWED_TEXT.has(text)) found.push({ line, where: 'text', text });
    }
    if ('attributes' in node) {
      for (const attribute of node.attributes) {
        if (attribute.kind === 'expression' && !attribute.name.startsWith('class')) {
          for (const literal of moduleLiterals(attribute.value)) found.push({ ...literal, line, where: attribute.name });
          continue;
        }
        if (attribute.kind !== 'quoted' || !READER_ATTRIBUTES.has(attribute.name)) continue;
        if (hasLetters(attribute.value) && !ALLOWED_TEXT.has(attribute.value))
          found.push({ line, where: attribute.name, text: attribute.value });
      }
    }
    const raw = inRawText || (node.type === 'element' && (node.name === 'script' || node.name === 'style'));
    if ('children' in node) for (const child of node.children) visit(child, node, raw);
  };
  visit(ast, undefined, false);
  return found;
}

/** Two words with a space between, or one capitalised word alone: how a sentence, heading or label reads. */
const PROSE = /\p{L}{2,}[,:;.!?]? +\p{L}|^\p{Lu}\p{Ll}+$/u;
/** Markup, header values and file comments ("<text x=", "text/css; charset=utf-8", "# Security headers"): code, not prose. */
const CODE = /[<>=]|^#/;
/** "nhsuk-card-group card-row card-row--": class names, each with a dash or underscore, which no word of prose has. */
const isClassList = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .every((name) => /^[\w-]*[-_][\w-]*$/.test(name));

export function moduleLiterals(source: string, fileName = 'module.ts'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node) => {
    // Errors' messages are for the people who run the build or write the content, not readers.
    if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(file))) return;
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const keyOfProperty = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      const text = node.text;
      if (!keyOfProperty && PROSE.test(text) && !CODE.test(text) && !isClassList(text) && !ALLOWED_TEXT.has(text)) {
        found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, where: 'string', text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
