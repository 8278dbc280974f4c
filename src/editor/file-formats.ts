/**
 * How the browser editor reads and writes our files, registered with Decap CMS in place of
 * its own front-matter and YAML formats, which re-write a whole file on every save: folding
 * long lines at 80 characters, dropping comments and the blank line after the front matter.
 *
 * Here a save changes only what the editor changed: the file's own YAML document is kept
 * (its order, comments, quoting and line breaks) and each changed value is set in place.
 * Dates stay strings such as 2026-03-31 (YAML 1.2), as Decap reads them: the YAML is read with
 * the same options as the content reader (src/reader/yaml-options.ts).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { YAML_OPTIONS } from '../reader/yaml-options.ts';

/** Where the file as read is kept in the entry's data, for writing it back. */
export const SOURCE_KEY = '__source';

type Data = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Nothing filled in: the editor hands back an optional group the writer never opened as an
 * object of empty values. Writing it would add a group the check then asks to complete.
 */
const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (isPlainObject(value) && Object.values(value).every(isBlank));

/** Sets `value` into `node`, keeping every part of the node whose value did not change. */
function update(document: Document, node: unknown, value: unknown): Node | unknown {
  if (isMap(node) && isPlainObject(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const kept = node.get(key, true) as Node | undefined;
      // A group the file already has empty ("contact: {}") stays as written.
      if (!(key in value) || (isBlank(value[key]) && !isBlank(kept?.toJSON?.() ?? kept))) node.delete(key);
    }
    for (const [key, next] of Object.entries(value)) {
      if (isBlank(next)) continue;
      const current = node.get(key, true);
      // A list left empty that the file never had is not written either.
      if (current === undefined && Array.isArray(next) && next.length === 0) continue;
      if (current === undefined) node.set(key, document.createNode(next));
      else if (!same((current as Node).toJSON?.() ?? current, next)) node.set(key, update(document, current, next));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value) && node.items.length === value.length) {
    value.forEach((next, index) => {
      const current = node.items[index];
      if (!same((current as Node | undefined)?.toJSON?.() ?? current, next)) node.items[index] = update(document, current, next) as Node;
    });
    return node;
  }
  if (isScalar(node) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
    node.value = value;
    // A changed value is written in whatever style it now needs.
    delete node.type;
    return node;
  }
  return document.createNode(value);
}

const toString = (document: Document) => document.toString({ lineWidth: 0 });

/** YAML text for `data`, as a change to `source` (the file as read) where there is one. */
export function writeYaml(data: Data, source?: string): string {
  const document = source && source.trim() ? parseDocument(source, YAML_OPTIONS) : new Document({});
  if (!isMap(document.contents)) document.contents = new Document({}).contents;
  update(document, document.contents, data);
  return toString(document);
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---(\r?\n|$)(\s*)/;

/** A Markdown file with YAML front matter, as Decap's entry data: its fields and `body`. */
export function readMarkdown(content: string): Data {
  const match = FRONT_MATTER.exec(content);
  if (!match) return { body: content, [SOURCE_KEY]: content };
  const data = (parseDocument(match[1]!, YAML_OPTIONS).toJS() ?? {}) as Data;
  return { ...data, body: content.slice(match[0].length), [SOURCE_KEY]: content };
}

export function writeMarkdown(data: Data): string {
  const { body = '', [SOURCE_KEY]: source, ...fields } = data;
  const before = typeof source === 'string' ? FRONT_MATTER.exec(source) : null;
  const yaml = writeYaml(fields, before?.[1]);
  // Keep the gap the author left between the front matter and the text (usually a blank line).
  const gap = before ? before[3]! : '\n';
  const text = String(body).replace(/^\s+/, '');
  return `---\n${yaml}---\n${text ? gap : ''}${text}${text && !text.endsWith('\n') ? '\n' : ''}`;
}

export function readYaml(content: string): Data {
  return { ...((parseDocument(content, YAML_OPTIONS).toJS() ?? {}) as Data), [SOURCE_KEY]: content };
}

export function writeYamlFile(data: Data): string {
  const { [SOURCE_KEY]: source, ...fields } = data;
  return writeYaml(fields, typeof source === 'string' ? source : undefined);
}

/** The format names the generated configuration uses (src/editor/cms-config.ts). */
export const formats = {
  markdown: 'strategy-markdown',
  yaml: 'strategy-yaml',
} as const;
