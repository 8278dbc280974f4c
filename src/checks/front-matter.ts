/**
 * Reads a content file the way the build will, but keeps line numbers: the text (refusing
 * files that are not UTF-8), the YAML front matter between the two "---" lines, and the
 * Markdown body after it.
 */
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
  document: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML starts in the file (1 for front matter after "---"). */
  lineOffset: number;
}

export interface SplitFile {
  /** The front matter, or undefined when the file has none. */
  frontMatter?: YamlSource;
  /** True when the file opens "---" but never closes it. */
  unclosed?: boolean;
  body: string;
  /** The line in the file where the body starts. */
  bodyLine: number;
}

export function parseYaml(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { document, lineCounter, lineOffset };
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

/** The YAML's values, bounded: no alias is ever expanded. */
export function yamlData(source: YamlSource): unknown {
  return source.document.toJS({ maxAliasCount: 0 });
}

export function splitFrontMatter(text: string): SplitFile {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { body: text, bodyLine: 1 };
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) return { unclosed: true, body: '', bodyLine: lines.length + 1 };
  return {
    frontMatter: parseYaml(lines.slice(1, close).join('\n'), 1),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

/** The line (1-based, in the file) of a YAML error or of the node at a path, going as deep as the path exists. */
export function lineOfPath(source: YamlSource, path: ReadonlyArray<PropertyKey>): number | undefined {
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
  return offset === undefined ? undefined : source.lineCounter.linePos(offset).line + source.lineOffset;
}

export function lineOfOffset(source: YamlSource, offset: number): { line: number; column: number } {
  const position = source.lineCounter.linePos(offset);
  return { line: position.line + source.lineOffset, column: position.col };
}
