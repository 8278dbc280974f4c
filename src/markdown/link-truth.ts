/**
 * Links that tell the truth. A reader decides whether to follow a link by its words, so:
 * - words that read as a web or email address must lead to that address's host (or a part of it);
 * - a host name that mixes writing systems ("pаypal" with a Cyrillic "а"), or is written in
 *   letters other than Latin ones, is refused, with the "xn--" form the browser will really use;
 * - a `mailto:` link may not carry "?" settings (they can fill in a subject or body, or copy the
 *   message to someone else, without the reader seeing);
 * - invisible and direction-changing characters are refused in link words, link addresses and
 *   headings, where they can make text read differently from what it is.
 *
 * Judged on the page's parsed tree (mdast), reference links and links written as raw HTML
 * included, by the content check and the build's Markdown plugin alike (through ./../markdown/content-safety.ts).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes as HastNodes } from 'hast';
import type { Definition, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface LinkTruthFinding {
  rule: 'misleading-link' | 'lookalike-domain' | 'mailto-settings' | 'hidden-characters';
  message: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** Zero-width spaces, direction marks, embeddings, overrides and isolates, word joiners and the byte-order mark. */
const HIDDEN = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** The characters in `text` that are invisible or change its direction, named as U+ codes. */
export function hiddenCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const character of text)
    if (HIDDEN.test(character)) found.add(`U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return [...found];
}

/** Text that reads as a web address: an optional scheme, a dotted host name, an optional path. */
const READS_AS_WEB_ADDRESS = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\.?(?::\d{1,5})?(?:[/?#][^\s]*)?$/iu;
const READS_AS_EMAIL = /^(?:mailto:)?[^\s@]+@((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})$/iu;

const parseUrl = (value: string) => (URL.canParse(value) ? new URL(value) : undefined);
const bare = (host: string) => host.replace(/^www\./, '').replace(/\.$/, '');

/** The host a link's words name, in the form a browser uses (punycode), if the words read as an address. */
function hostNamedBy(words: string): { host: string; email: boolean } | undefined {
  const text = words.trim();
  const email = READS_AS_EMAIL.exec(text);
  if (email) {
    const host = parseUrl(`https://${email[1]}/`)?.hostname;
    return host ? { host, email: true } : undefined;
  }
  if (!READS_AS_WEB_ADDRESS.test(text)) return undefined;
  const host = parseUrl(/^https?:\/\//i.test(text) ? text : `https://${text}`)?.hostname;
  return host ? { host, email: false } : undefined;
}

/** The writing systems of a host label's letters. */
function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  for (const character of label) {
    if (!/\p{L}/u.test(character)) continue;
    const script = [
      'Latin',
      'Cyrillic',
      'Greek',
      'Armenian',
      'Hebrew',
      'Arabic',
      'Han',
      'Hiragana',
      'Katakana',
      'Hangul',
      'Devanagari',
      'Thai',
      'Georgian',
      'Cherokee',
    ].find((name) => new RegExp(`\\p{Script=${name}}`, 'u').test(character));
    scripts.add(script ?? 'Other');
  }
  return scripts;
}

/** Why a link's host looks like another, or undefined. `written` is the host as the author wrote it (Unicode). */
function lookalikeProblem(written: string, punycode: string): string | undefined {
  if (!/[^\x00-\x7f]/.test(written)) return undefined;
  const labels = written
    .split('.')
    .filter((label) => /[^\x00-\x7f]/.test(label))
    .map(scriptsOf);
  // Accented Latin letters (Welsh "ŵ", French "é") are ordinary; a label mixing alphabets, or written
  // wholly in another alphabet that has letters shaped like Latin ones, is how look-alikes are made.
  const mixed = labels.some((scripts) => scripts.size > 1);
  const foreign = labels.some((scripts) => scripts.size === 1 && !scripts.has('Latin'));
  if (!mixed && !foreign) return undefined;
  const reason = mixed
    ? 'mixes letters from different alphabets, a trick used to make one address look like another'
    : 'is written in another alphabet, whose letters can look like Latin ones';
  return `The web address "${written}" ${reason}. Browsers will really go to "${punycode}". Link to the ordinary address of the site instead, or, if this is truly the address, write it as ${punycode}.`;
}

/** Every untruthful link and hidden character in a parsed page. */
export function linkTruthFindings(tree: Root): LinkTruthFinding[] {
  const findings: LinkTruthFinding[] = [];
  const at = (node: Nodes) => ({ line: node.position?.start.line, column: node.position?.start.column });
  const definitions = new Map<string, Definition>();
  const stack: Nodes[] = [tree];
  const all: Nodes[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    all.push(node);
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  for (const node of all) {
    if (node.type === 'heading') {
      const hidden = hiddenCharacters(toString(node));
      if (hidden.length > 0)
        findings.push({
          rule: 'hidden-characters',
          ...at(node),
          message: `This heading holds invisible or direction-changing characters (${hidden.join(', ')}), which can make it read differently from what it says. Delete them: retype the heading.`,
        });
      continue;
    }
    const url =
      node.type === 'link' || node.type === 'definition'
        ? node.url
        : node.type === 'linkReference'
          ? definitions.get(node.identifier.toLowerCase())?.url
          : undefined;
    if (url === undefined) continue;
    const finding = judgeLink(url, node.type === 'definition' ? '' : toString(node));
    if (finding) findings.push({ ...finding, ...at(node) });
  }
  findings.push(...htmlLinkFindings(tree, all));
  return findings;
}

/** What is untruthful about one link, given its address and the words a reader sees, or undefined. */
function judgeLink(url: string, words: string): Omit<LinkTruthFinding, 'line' | 'column'> | undefined {
  const hidden = hiddenCharacters(`${words}${url}`);
  if (hidden.length > 0)
    return {
      rule: 'hidden-characters',
      message: `This link's words or address hold invisible or direction-changing characters (${hidden.join(', ')}), which can make it read differently from where it leads. Delete them: retype the link.`,
    };
  if (/^\s*mailto:[^?]*\?/i.test(url))
    return {
      rule: 'mailto-settings',
      message: `The email link "${url.slice(0, 60)}" has settings after "?" that fill in the message (or copy it to someone else) without the reader seeing. Remove everything from the "?" on, and put what to write in the page's words.`,
    };
  const target = parseUrl(url.trim());
  if (!target || !/^(https?|mailto):$/.test(target.protocol)) return undefined;
  const targetHost =
    target.protocol === 'mailto:' ? parseUrl(`https://${target.pathname.split('@').pop() ?? ''}/`)?.hostname : target.hostname;
  if (target.protocol !== 'mailto:') {
    const written = /^\s*[a-z]+:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? target.hostname;
    const lookalike = lookalikeProblem(decodeSafely(written), target.hostname);
    if (lookalike) return { rule: 'lookalike-domain', message: lookalike };
  }
  const named = words ? hostNamedBy(words) : undefined;
  if (!named || !targetHost) return undefined;
  const leadsThere = bare(targetHost) === bare(named.host) || bare(targetHost).endsWith(`.${bare(named.host)}`);
  if (leadsThere) return undefined;
  return {
    rule: 'misleading-link',
    message: `The link's words show the address "${words.trim().slice(0, 60)}", but it leads to ${targetHost}. Readers trust the words they see: link to the address the words show, or use words that describe where the link goes, for example [Our full strategy](${url.slice(0, 60)}).`,
  };
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Links written as raw HTML (`<a href="…">words</a>`), judged by the same rules. The opening
 * tag, the words and the closing tag are often separate pieces of the Markdown tree (and the
 * words can even be Markdown between two pieces of HTML), so the page is read as the browser
 * will read it: every piece of raw HTML as written, everything else as plain text, parsed once
 * as a whole. Each link found is reported at the line of the piece of HTML that opens it.
 */
function htmlLinkFindings(tree: Root, all: Nodes[]): LinkTruthFinding[] {
  // Only a page whose raw HTML opens a link is read again (the parse costs memory on a page of many pieces).
  if (!all.some((node) => node.type === 'html' && /<a[\s/>]/i.test(node.value))) return [];
  let page = '';
  const pieces: Array<{ start: number; end: number; node: Nodes }> = [];
  // Depth-first, in reading order, without recursion (the same order as `all`); block ends become line breaks.
  const pending: Array<Nodes | '\n'> = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node === '\n') {
      page += '\n';
      continue;
    }
    if (node.type === 'html') {
      pieces.push({ start: page.length, end: page.length + node.value.length, node });
      page += node.value;
    } else if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') {
      page += escapeText(node.value);
    } else if ('children' in node) {
      pending.push('\n');
      for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index] as Nodes);
    }
  }
  const findings: LinkTruthFinding[] = [];
  const stack: HastNodes[] = [fromHtml(page, { fragment: true })];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
      const offset = node.position?.start.offset ?? -1;
      const piece = pieceAt(pieces, offset)?.node;
      const finding = judgeLink(node.properties.href, textOf(node));
      if (finding) findings.push({ ...finding, line: piece?.position?.start.line, column: piece?.position?.start.column });
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as HastNodes);
  }
  return findings;
}

/** The piece of raw HTML holding `offset` (pieces are in page order): a binary search, so a page of many links stays linear. */
function pieceAt<T extends { start: number; end: number }>(pieces: T[], offset: number): T | undefined {
  let low = 0;
  let high = pieces.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const piece = pieces[middle]!;
    if (offset < piece.start) high = middle - 1;
    else if (offset >= piece.end) low = middle + 1;
    else return piece;
  }
  return undefined;
}

/** The words of an HTML element, as a reader sees them. */
function textOf(element: Element): string {
  let text = '';
  const stack: HastNodes[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') text += node.value;
    else if ('children' in node)
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as HastNodes);
  }
  return text;
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Whether a link into the trust's files (`resolved`, a path from the site root such as
 * "files/plan%20v2.pdf") names a real file inside the trust's own `files/` folder. The path is
 * decoded first (a malformed escape is simply not a file) and resolved before anything is
 * looked up, so "%2e%2e" or an encoded "/" can never make the check look outside the folder.
 */
export function isFileInTrust(trustDir: string, resolved: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(resolved);
  } catch {
    return false;
  }
  const filesDir = path.resolve(trustDir, 'files') + path.sep;
  const target = path.resolve(trustDir, decoded);
  if (!target.startsWith(filesDir) || decoded.includes('\0')) return false;
  try {
    return statSync(target).isFile();
  } catch {
    return false;
  }
}
