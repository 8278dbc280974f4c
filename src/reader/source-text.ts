/**
 * The one way a content file's text is read: bytes to text (UTF-8 only), the one
 * front-matter splitter, and the one YAML parser with its settings. Every consumer (the check,
 * the Astro loader, the dev preview, the editor's tools, the reading-age report, publishing)
 * gets its values from here, with the line and column of each.
 *
 * YAML is read as YAML 1.2 (the `yaml` package's core schema): `2026-03-31` is text, `yes` is
 * text, only `true`/`false` are booleans. Anchors and aliases and repeated keys are refused.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { YAML_OPTIONS } from './yaml-options.ts';
import { LineCounter, parseDocument, isAlias, isMap, isSeq, isScalar, visit, type Document, type Node as YamlNode } from 'yaml';

export interface ReadResult {
  text?: string;
  /** Set when the bytes are not valid UTF-8. */
  notUtf8?: boolean;
}

export function decodeUtf8(bytes: Uint8Array): ReadResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, '') };
  } catch {
    return { notUtf8: true };
  }
}

export interface YamlSource {
  /** The YAML as written. */
  text: string;
  document: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML starts in the file (1 for front matter after "---"). */
  lineOffset: number;
}

/** How a page's text divides into its settings block and its Markdown body. */
export type SplitFile =
  | {
      kind: 'split';
      frontMatter: YamlSource;
      /** The settings block exactly as written, between the two "---" lines. */
      rawFrontMatter: string;
      body: string;
      /** The line in the file where the body starts. */
      bodyLine: number;
    }
  /** No settings block at all. */
  | { kind: 'missing' }
  /** Opens with "---" but never closes it. */
  | { kind: 'unclosed' }
  /**
   * The file is not in the one form every reader splits the same way: the block does not
   * start on the first line with exactly "---", or Astro's MDX compiler would cut it somewhere
   * else (a line inside starting with --- or +++). `line` is where the trouble is.
   */
  | { kind: 'ambiguous'; line: number; reason: 'not-first-line' | 'delimiter-inside' | 'toml' };

export function parseYaml(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  return { text, document, lineCounter, lineOffset };
}

/**
 * Anchors and aliases (`&name`, `*name`) let a few lines of YAML stand for millions of values
 * (the "billion laughs" attack); content never needs them, so each one is refused with its line,
 * and the values are read with the yaml package's alias limit set to none at all.
 */
export function yamlAliasOffsets(source: YamlSource): number[] {
  const offsets: number[] = [];
  visit(source.document, {
    Node(_key, node) {
      if (isAlias(node) || (node as { anchor?: string }).anchor) offsets.push(node.range?.[0] ?? 0);
    },
  });
  return offsets;
}

/** Where a value carries an explicit tag (`!!str`, `!custom`): content writes plain values only. */
export function yamlTagOffsets(source: YamlSource): number[] {
  const offsets: number[] = [];
  visit(source.document, {
    Node(_key, node) {
      if ((node as { tag?: string }).tag) offsets.push(node.range?.[0] ?? 0);
    },
  });
  return offsets;
}

/** The YAML's values, bounded: no alias is ever expanded. */
export function yamlData(source: YamlSource): unknown {
  return source.document.toJS({ maxAliasCount: 0 });
}

const OPEN = /^---\r?\n/;
const CLOSE = /^---\r?$/;

/**
 * The one front-matter splitter. The settings block opens on the file's first line with
 * exactly "---" and closes at the next line that is exactly "---". A file is only accepted
 * when Astro's own splitter (which MDX compilation still uses) finds the very same block,
 * so the body the site shows can never differ from the body the check read.
 */
export function splitFrontMatter(text: string): SplitFile {
  if (!OPEN.test(text)) {
    // Leading blank lines, spaces after the dashes or a TOML "+++" block: Astro would still
    // read a settings block there, so the file is refused rather than read two ways.
    const astro = extractFrontmatter(text);
    if (astro !== undefined) {
      const firstLine = text.split('\n').findIndex((line) => line.trim() !== '') + 1;
      return { kind: 'ambiguous', line: Math.max(firstLine, 1), reason: /^\s*\+\+\+/.test(text) ? 'toml' : 'not-first-line' };
    }
    return text.trimStart().startsWith('---') ? { kind: 'ambiguous', line: 1, reason: 'not-first-line' } : { kind: 'missing' };
  }
  const lines = text.split('\n');
  const close = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (close === -1) return { kind: 'unclosed' };
  const closeOffset = lines.slice(0, close).reduce((sum, line) => sum + line.length + 1, 0);
  // Astro's splitter ends the block at the first line that merely starts with --- or +++.
  const astro = extractFrontmatter(text);
  if (astro !== text.slice(3, closeOffset)) {
    const cut = lines.findIndex((line, index) => index > 0 && /^(---|\+\+\+)/.test(line));
    return { kind: 'ambiguous', line: cut + 1, reason: 'delimiter-inside' };
  }
  const rawFrontMatter = lines
    .slice(1, close)
    .map((line) => line.replace(/\r$/, ''))
    .join('\n');
  return {
    kind: 'split',
    frontMatter: parseYaml(rawFrontMatter, 1),
    rawFrontMatter,
    body: lines
      .slice(close + 1)
      .map((line) => line.replace(/\r$/, ''))
      .join('\n'),
    bodyLine: close + 2,
  };
}

/** The line (1-based, in the file) of the node at a path, going as deep as the path exists. */
export function lineOfPath(source: YamlSource, path: ReadonlyArray<PropertyKey>): number | undefined {
  return positionOfPath(source, path)?.line;
}

/** The line and column (1-based, in the file) of the node at a path, going as deep as the path exists. */
export function positionOfPath(source: YamlSource, path: ReadonlyArray<PropertyKey>): { line: number; column: number } | undefined {
  let node: unknown = source.document.contents;
  let found: YamlNode | undefined = isMap(node) || isSeq(node) || isScalar(node) ? node : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      found = (isScalar(pair.key) ? pair.key : found) as YamlNode;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key];
      if (!item) break;
      found = item as YamlNode;
      node = item;
    } else break;
  }
  const offset = found?.range?.[0];
  return offset === undefined ? undefined : lineOfOffset(source, offset);
}

export function lineOfOffset(source: YamlSource, offset: number): { line: number; column: number } {
  const position = source.lineCounter.linePos(offset);
  return { line: position.line + source.lineOffset, column: position.col };
}
