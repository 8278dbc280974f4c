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
 * Judged on the page's parsed tree (mdast), reference links included, by the content check and
 * the build's Markdown plugin alike (through ./../markdown/content-safety.ts).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
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
    const words = node.type === 'definition' ? '' : toString(node);
    const hidden = hiddenCharacters(`${words}${url}`);
    if (hidden.length > 0) {
      findings.push({
        rule: 'hidden-characters',
        ...at(node),
        message: `This link's words or address hold invisible or direction-changing characters (${hidden.join(', ')}), which can make it read differently from where it leads. Delete them: retype the link.`,
      });
      continue;
    }
    if (/^\s*mailto:[^?]*\?/i.test(url)) {
      findings.push({
        rule: 'mailto-settings',
        ...at(node),
        message: `The email link "${url.slice(0, 60)}" has settings after "?" that fill in the message (or copy it to someone else) without the reader seeing. Remove everything from the "?" on, and put what to write in the page's words.`,
      });
      continue;
    }
    const target = parseUrl(url.trim());
    if (!target || !/^(https?|mailto):$/.test(target.protocol)) continue;
    const targetHost =
      target.protocol === 'mailto:' ? parseUrl(`https://${target.pathname.split('@').pop() ?? ''}/`)?.hostname : target.hostname;
    if (target.protocol !== 'mailto:') {
      const written = /^\s*[a-z]+:\/\/([^/?#:]+)/i.exec(url)?.[1] ?? target.hostname;
      const lookalike = lookalikeProblem(decodeSafely(written), target.hostname);
      if (lookalike) {
        findings.push({ rule: 'lookalike-domain', ...at(node), message: lookalike });
        continue;
      }
    }
    const named = words ? hostNamedBy(words) : undefined;
    if (!named || !targetHost) continue;
    const leadsThere = bare(targetHost) === bare(named.host) || bare(targetHost).endsWith(`.${bare(named.host)}`);
    if (!leadsThere) {
      findings.push({
        rule: 'misleading-link',
        ...at(node),
        message: `The link's words show the address "${words.trim().slice(0, 60)}", but it leads to ${targetHost}. Readers trust the words they see: link to the address the words show, or use words that describe where the link goes, for example [Our full strategy](${url.slice(0, 60)}).`,
      });
    }
  }
  return findings;
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
