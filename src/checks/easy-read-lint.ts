/**
 * The easy read lint: checks an easy read page's Markdown against the easy read rules
 * (Department of Health 2010, Mencap, Inclusion Europe) and reports each finding through the
 * same channel as every other content problem, with file:line:column, the rule, a plain
 * message and a fix. It reads the tree the build's own Markdown parser makes of the page
 * (./body-rules.ts), so its rows are the rows the page shows, split into sentences and words
 * with positions in the Markdown source (./sentences.ts). Done in one
 * synchronous pass so the content check stays fast and simple.
 *
 * Each rule's severity, meaning and fix are its entry in the rule registry (./rules/easy-read.ts);
 * the severity can be changed per trust in trust.yaml
 * (easyRead.rules), and acronyms the trust explains can be allowed (easyRead.allowedAcronyms).
 */
import type { Root as MdastRoot, Paragraph, PhrasingContent, Strong, Text } from 'mdast';
import type { Root as NlcstRoot, Sentence, Word } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { explanationOf } from '../markdown/easy-read-rows.ts';
import { parseBody } from './body-rules.ts';
import { sentenceTrees } from './sentences.ts';
import type { Problem, Severity } from '../problems/problem.ts';
import { easyReadRule, type EasyReadRule } from './rules/easy-read.ts';

export interface EasyReadLintOptions {
  file: string;
  /** Line in the file where the Markdown body starts. */
  bodyLine: number;
  /** Acronyms the trust explains and allows, for example ["NHS", "GP"]. NHS is always allowed. */
  allowedAcronyms?: readonly string[];
  /** Per-trust severities, overriding the registry's; "off" turns a rule off. */
  severities?: Partial<Record<EasyReadRule, Severity | 'off'>>;
  /** The body as the build's parser read it (the check has it already); read here when not given. */
  tree?: MdastRoot;
}

const MAX_WORDS = 15;
const NUMBER_WORDS =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\b/gi;
const LATIN = /\b(e\.g\.|i\.e\.|etc\b\.?|via\b)/gi;
const PERCENT = /\d+(\.\d+)?\s?%|\bper ?cent\b/gi;
const CONTRACTION = /^[a-z]+(n['’]t|['’](re|ll|ve|m|d))$|^(it|that|there|what|let|he|she|who)['’]s$/i;
const ALWAYS_ALLOWED = ['NHS', 'I'];

interface Finding {
  rule: EasyReadRule;
  line: number;
  column: number;
  message: string;
}

export function lintEasyRead(markdown: string, options: EasyReadLintOptions): Problem[] {
  const findings: Finding[] = [];
  const allowed = new Set([...ALWAYS_ALLOWED, ...(options.allowedAcronyms ?? [])]);
  const at = (point: { line: number; column: number } | undefined) => ({
    line: (point?.line ?? 1) + options.bodyLine - 1,
    column: point?.column ?? 1,
  });

  const parsed = options.tree
    ? { tree: options.tree }
    : parseBody({ file: options.file, body: markdown, bodyLine: 1, isMdx: false, pagePath: '' });
  // A body the parser cannot read is reported by the check as that, not linted.
  if (!('tree' in parsed)) return [];
  lintMarkdown(parsed.tree, findings, at);
  for (const sentences of sentenceTrees(parsed.tree, markdown)) lintSentences(sentences, findings, at, allowed);

  return findings.flatMap((finding): Problem[] => {
    const entry = easyReadRule(finding.rule);
    const severity = options.severities?.[finding.rule] ?? entry.severity;
    if (severity === 'off') return [];
    return [
      {
        file: options.file,
        line: finding.line,
        column: finding.column,
        rule: `easy-read/${finding.rule}`,
        severity,
        message: `${finding.message} ${entry.fix}`,
      },
    ];
  });
}

/** Whether `node` is `root` or inside it. */
function contains(root: unknown, node: unknown): boolean {
  if (root === node) return true;
  const children = (root as { children?: unknown[] }).children;
  return Array.isArray(children) && children.some((child) => contains(child, node));
}

type At = (point: { line: number; column: number } | undefined) => { line: number; column: number };

function textOfPhrasing(nodes: PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? textOfPhrasing(node.children as PhrasingContent[]) : ''))
    .join('');
}

function lintMarkdown(tree: MdastRoot, findings: Finding[], at: At): void {
  let seenPicture = false;
  for (const block of tree.children) {
    if (block.type === 'heading') {
      // A heading starts a new group of rows: its text must come after a picture too.
      seenPicture = false;
      continue;
    }
    const isPicture =
      block.type === 'paragraph' &&
      block.children.every((child) => child.type === 'image' || (child.type === 'text' && !child.value.trim()));
    if (isPicture) seenPicture = true;
    else if (!seenPicture && (block.type === 'paragraph' || block.type === 'list')) {
      findings.push({
        rule: 'row-without-picture',
        ...at(block.position?.start),
        message: 'This text comes before any picture, so it is not beside one.',
      });
    }
  }

  visit(tree, 'emphasis', (node) => {
    findings.push({ rule: 'italics', ...at(node.position?.start), message: `"${textOfPhrasing(node.children)}" is in italics.` });
  });
  visit(tree, 'html', (node) => {
    if (/<u\b/i.test(node.value)) findings.push({ rule: 'underline', ...at(node.position?.start), message: 'This text is underlined.' });
    if (/<(i|em)\b/i.test(node.value)) findings.push({ rule: 'italics', ...at(node.position?.start), message: 'This text is in italics.' });
  });
  // A hard word may be explained by any sentence of its row: the text after one picture, up to the next picture or heading.
  const rowText = new Map<MdastRoot['children'][number], string>();
  let row: MdastRoot['children'] = [];
  const closeRow = () => {
    const text = row.map((block) => mdastToString(block)).join(' ');
    for (const block of row) rowText.set(block, text);
    row = [];
  };
  for (const block of tree.children) {
    const startsRow =
      block.type === 'heading' ||
      (block.type === 'paragraph' &&
        block.children.every((child) => child.type === 'image' || (child.type === 'text' && !child.value.trim())));
    if (startsRow) closeRow();
    if (block.type !== 'heading') row.push(block);
  }
  closeRow();

  visit(tree, 'strong', (node: Strong, _index, parent) => {
    const word = textOfPhrasing(node.children).trim();
    const block = tree.children.find((candidate) => contains(candidate, node));
    const text = (block && rowText.get(block)) ?? (parent ? textOfPhrasing((parent as Paragraph).children) : word);
    if (!explanationOf(text, word)) {
      findings.push({
        rule: 'bold-unexplained',
        ...at(node.position?.start),
        message: `"${word}" is in bold as a hard word, but no sentence says what it means.`,
      });
    }
  });
  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start;
    if (!start) return;
    const positionOf = (index: number) => {
      const before = node.value.slice(0, index);
      const lines = before.split('\n');
      return at({ line: start.line + lines.length - 1, column: lines.length > 1 ? lines.at(-1)!.length + 1 : start.column + index });
    };
    for (const match of node.value.matchAll(LATIN)) {
      findings.push({ rule: 'latin-abbreviation', ...positionOf(match.index ?? 0), message: `"${match[0]}" is hard to understand.` });
    }
    for (const match of node.value.matchAll(PERCENT)) {
      findings.push({ rule: 'percentage', ...positionOf(match.index ?? 0), message: `"${match[0]}" is a percentage.` });
    }
    for (const match of node.value.matchAll(NUMBER_WORDS)) {
      findings.push({ rule: 'number-word', ...positionOf(match.index ?? 0), message: `"${match[0]}" is a number written as a word.` });
    }
  });
}

function lintSentences(tree: NlcstRoot, findings: Finding[], at: At, allowed: Set<string>): void {
  visit(tree, 'SentenceNode', (sentence: Sentence) => {
    const words = sentence.children.filter((child): child is Word => child.type === 'WordNode');
    if (words.length > MAX_WORDS) {
      findings.push({
        rule: 'sentence-length',
        ...at(sentence.position?.start),
        message: `This sentence has ${words.length} words; easy read sentences have ${MAX_WORDS} or fewer.`,
      });
    }
    for (const word of words) {
      const text = nlcstToString(word);
      if (CONTRACTION.test(text)) {
        findings.push({ rule: 'contraction', ...at(word.position?.start), message: `"${text}" is a short form.` });
      } else if (/^[A-Z]{2,}s?$/.test(text) && !allowed.has(text.replace(/s$/, ''))) {
        const rule = text.length >= 5 ? 'all-caps' : 'acronym';
        findings.push({
          rule,
          ...at(word.position?.start),
          message: rule === 'acronym' ? `"${text}" is an acronym.` : `"${text}" is in capital letters.`,
        });
      }
    }
  });
}
