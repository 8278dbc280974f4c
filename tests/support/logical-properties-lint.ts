/**
 * Finds physical CSS in our own styles (margin-left, left, text-align: left, a four-value
 * margin whose left and right differ...), which a right-to-left page would not mirror, and names
 * the logical property to use instead. Our CSS is: the stylesheets in src/styles/, every
 * <style> block in src/**\/*.astro, the CSS our modules write (listed in CSS_FROM_MODULES), and
 * the Tailwind utilities our files use (each found where it is written). Every stylesheet is
 * read with postcss, the parser the build uses. Used by tests/styles/logical-properties.test.ts.
 *
 * A declaration that must stay physical (a chart drawn left to right in every language) is kept
 * with a comment just before it saying why: `/* physical: the chart reads left to right *\/`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseAstro } from '@astrojs/compiler';
import type { Node } from '@astrojs/compiler/types';
import { __unstable__loadDesignSystem, compile } from '@tailwindcss/node';
import { Scanner } from '@tailwindcss/oxide';
import { parse as parseHtml } from 'node-html-parser';
import postcss from 'postcss';
import { asCss, logicalDeclarations } from '../../src/styles/logical-properties.ts';

export interface PhysicalDeclaration {
  /** The file, relative to the repository. */
  file: string;
  line: number;
  /** What is written: "padding-left: 1rem", or a utility class and the CSS it makes. */
  written: string;
  /** The logical CSS to write instead. */
  useInstead: string;
}

/** "src/x.css:12: padding-left: 1rem — use padding-inline-start: 1rem" */
export const describe = ({ file, line, written, useInstead }: PhysicalDeclaration): string =>
  `${file}:${line}: ${written} — use ${useInstead}`;

/** A comment that keeps the declaration after it physical must say why. */
const KEEP_PHYSICAL = /^physical:\s*\S/;

/** The physical declarations in a stylesheet's text; `firstLine` is the file line its first line sits on. */
export function physicalDeclarations(css: string, file: string, firstLine = 1): PhysicalDeclaration[] {
  const found: PhysicalDeclaration[] = [];
  postcss.parse(css, { from: file }).walkDecls((decl) => {
    const before = decl.prev();
    if (before?.type === 'comment' && KEEP_PHYSICAL.test(before.text)) return;
    const logical = logicalDeclarations(decl.prop, decl.value);
    if (!logical) return;
    found.push({
      file,
      line: (decl.source?.start?.line ?? 1) + firstLine - 1,
      written: `${decl.prop}: ${decl.value}`,
      useInstead: asCss(logical),
    });
  });
  return found;
}

/** Each <style> block of an .astro file: its CSS and the line it starts on. */
export async function astroStyles(source: string): Promise<{ css: string; line: number }[]> {
  const { ast } = await parseAstro(source, { position: true });
  const styles: { css: string; line: number }[] = [];
  const visit = (node: Node) => {
    if (node.type === 'element' && node.name === 'style') {
      for (const child of node.children) {
        if (child.type === 'text') styles.push({ css: child.value, line: child.position?.start.line ?? 1 });
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(ast);
  return styles;
}

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const relative = (file: string) => path.relative(repoRoot, file).split(path.sep).join('/');

function filesUnder(folder: string, extension: string): string[] {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join(repoRoot, folder, name));
}

/**
 * Modules that write CSS, each with the CSS it writes. The CSS is found in the module's source
 * for its line; the guard in the test fails on a module that writes CSS and is not listed here.
 */
export const CSS_FROM_MODULES: Record<string, () => Promise<string>> = {
  'src/integrations/dev-error-page.ts': async () => {
    const { devErrorPage } = await import('../../src/integrations/dev-error-page.ts');
    return parseHtml(devErrorPage([], repoRoot)).querySelector('style')?.text ?? '';
  },
  'src/views/files/theme-css.ts': async () => {
    const { themeCss } = await import('../../src/views/files/theme-css.ts');
    const site = { settings: { colours: { brand: '#005eb8', accent: '#7c2855' } } } as Parameters<typeof themeCss>[0];
    return themeCss(site).text();
  },
};

/** Modules whose source names CSS (`<style>`, `text/css`) only in words, writing none. */
export const NAMES_CSS_ONLY: Record<string, string> = {
  'src/checks/rules/body.ts': 'names <style> in the message refusing raw HTML',
  'src/hosting/security-headers.ts': "names <style> in a comment on the dev server's policy",
};

/** The line a piece of CSS starts on in a module's source, or 1 when it is put together as it runs. */
function lineIn(source: string, css: string): number {
  const at = source.indexOf(css.trim().split('\n')[0] ?? '');
  return at < 0 ? 1 : source.slice(0, at).split('\n').length;
}

/** The physical declarations in our stylesheets, <style> blocks and the CSS our modules write. */
export async function physicalInOurCss(): Promise<PhysicalDeclaration[]> {
  const found: PhysicalDeclaration[] = [];
  for (const file of filesUnder('src', '.css')) found.push(...physicalDeclarations(readFileSync(file, 'utf8'), relative(file)));
  for (const file of filesUnder('src', '.astro')) {
    for (const { css, line } of await astroStyles(readFileSync(file, 'utf8')))
      found.push(...physicalDeclarations(css, relative(file), line));
  }
  for (const [file, write] of Object.entries(CSS_FROM_MODULES)) {
    const css = await write();
    found.push(...physicalDeclarations(css, file, lineIn(readFileSync(path.join(repoRoot, file), 'utf8'), css)));
  }
  return found;
}

/** The src/ modules whose source mentions a style sheet (a <style> element or the text/css type). */
export function modulesNamingCss(): string[] {
  return filesUnder('src', '.ts')
    .filter((file) => /<style[\s>]|text\/css/.test(readFileSync(file, 'utf8')))
    .map(relative)
    .sort();
}

/** Tailwind's logical utility for each physical prefix, for the message (pl-4 → ps-4). */
const LOGICAL_UTILITY: [RegExp, string][] = [
  [/^(-?)pl-/, '$1ps-'],
  [/^(-?)pr-/, '$1pe-'],
  [/^(-?)ml-/, '$1ms-'],
  [/^(-?)mr-/, '$1me-'],
  [/^(-?)left-/, '$1start-'],
  [/^(-?)right-/, '$1end-'],
  [/^border-l(?=-|$)/, 'border-s'],
  [/^border-r(?=-|$)/, 'border-e'],
  [/^rounded-l(?=-|$)/, 'rounded-s'],
  [/^rounded-r(?=-|$)/, 'rounded-e'],
  [/^rounded-tl(?=-|$)/, 'rounded-ss'],
  [/^rounded-tr(?=-|$)/, 'rounded-se'],
  [/^rounded-bl(?=-|$)/, 'rounded-es'],
  [/^rounded-br(?=-|$)/, 'rounded-ee'],
  [/^text-left$/, 'text-start'],
  [/^text-right$/, 'text-end'],
  [/^float-left$/, 'float-start'],
  [/^float-right$/, 'float-end'],
  [/^clear-left$/, 'clear-start'],
  [/^clear-right$/, 'clear-end'],
  [/^scroll-ml-/, 'scroll-ms-'],
  [/^scroll-mr-/, 'scroll-me-'],
  [/^scroll-pl-/, 'scroll-ps-'],
  [/^scroll-pr-/, 'scroll-pe-'],
];

function logicalUtility(candidate: string): string | undefined {
  const variants = candidate.split(':');
  const utility = variants.pop()!;
  for (const [physical, logical] of LOGICAL_UTILITY) {
    if (physical.test(utility)) return [...variants, utility.replace(physical, logical)].join(':');
  }
  return undefined;
}

/**
 * The Tailwind utilities our files use that make physical CSS, each where it is written. The
 * files are those Tailwind reads for the build (the project, less what global.css's @source rules
 * leave out), and each utility's CSS is Tailwind's own for it.
 */
export async function physicalUtilities(stylesheet = 'src/styles/global.css'): Promise<PhysicalDeclaration[]> {
  const file = path.join(repoRoot, stylesheet);
  const css = readFileSync(file, 'utf8');
  const base = path.dirname(file);
  const compiler = await compile(css, { base, onDependency: () => {} });
  // As @tailwindcss/vite does: the project root unless the stylesheet names its own, then its @source rules.
  const root =
    compiler.root === 'none'
      ? []
      : compiler.root === null
        ? [{ base: repoRoot, pattern: '**/*', negated: false }]
        : [{ ...compiler.root, negated: false }];
  const scanner = new Scanner({ sources: [...root, ...compiler.sources] });
  const candidates = scanner.scan();
  const design = await __unstable__loadDesignSystem(css, { base });
  const physical = new Map<string, string>();
  design.candidatesToCss(candidates).forEach((utilityCss, index) => {
    if (!utilityCss) return;
    const declarations = physicalDeclarations(utilityCss, stylesheet);
    if (declarations.length > 0) physical.set(candidates[index]!, declarations.map((d) => d.written).join('; '));
  });
  const found: PhysicalDeclaration[] = [];
  if (physical.size === 0) return found;
  for (const source of scanner.files) {
    const content = readFileSync(source, 'utf8');
    for (const { candidate, position } of scanner.getCandidatesWithPositions({ content, extension: path.extname(source).slice(1) })) {
      const written = physical.get(candidate);
      if (!written) continue;
      const logical = logicalUtility(candidate);
      found.push({
        file: relative(source),
        line: content.slice(0, position).split('\n').length,
        written: `${candidate} (${written})`,
        useInstead: logical
          ? `${logical}, its logical twin`
          : 'a logical utility (ps-, pe-, ms-, me-, start-, end-, border-s, text-start...)',
      });
    }
  }
  return found;
}
