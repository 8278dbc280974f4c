/**
 * Resource test: the worst page allowed under each limit, checked the way the content check
 * checks a page. Prints the time and memory each takes (the figures are for the benchmark
 * notes; nothing here is timed against a target, so it cannot fail on a busy machine); each
 * must finish and be judged (refused where a budget says so); a page accepted must also finish its reading age.
 *
 * Build tier: checking these pages takes a minute or more of processor time (the 2,000
 * paragraphs of links most of it), which the unit tier's minute cannot hold. A case that no
 * longer finishes within the build tier's test time limit (vitest.config.ts) fails.
 */
import { describe, expect, it } from 'vitest';
import { checkBody, parseBody } from '../../src/checks/body-rules.ts';
import { referencesIn } from '../../src/reader/markdown-references.ts';
import { MAX_HTML_PIECES } from '../../src/markdown/content-safety.ts';
import { MAX_NESTING } from '../../src/markdown/nesting-budget.ts';
import { MAX_BLOCK_CHARACTERS, MAX_BLOCKS } from '../../src/markdown/block-budget.ts';
import { readingAge } from '../../src/checks/reading-age.ts';

/** Just under the largest page the check reads (MAX_TEXT_FILE_BYTES in src/reader/read-content.ts). */
const SIZE = 999_000;
const fill = (unit: string) => unit.repeat(Math.floor(SIZE / unit.length));

const worst: Array<[string, string, string | undefined]> = [
  ['one million "["', fill('['), 'block-length'],
  ['125,000 links in one paragraph', fill('[a](b/)\n'), 'block-length'],
  ['125,000 links, a paragraph each', fill('[a](b/)\n\n'), 'block-length'],
  [`${MAX_BLOCKS} paragraphs of links`, `${'[a](b/) '.repeat(62)}\n\n`.repeat(MAX_BLOCKS), undefined],
  ['links that never close', fill('[a](b'), 'block-length'],
  ['links that never close, paragraphs just under the text limit', fill(`${'[a](b'.repeat(MAX_BLOCK_CHARACTERS / 5 - 1)}\n\n`), undefined],
  ['code fences that never close', fill('```x\n'), undefined],
  ['quotes nested to the limit, then on and on', `${'> '.repeat(MAX_NESTING)}x\n\n${fill('> ')}`, 'nesting-depth'],
  ['lists nested on one line', fill('- '), 'nesting-depth'],
  ['HTML pieces far past the budget', fill('<b>x</b>\n\n'), 'unsafe-html'],
  [`${MAX_HTML_PIECES} HTML pieces, each left open`, '<details><summary>a</summary>\n\nb\n\n'.repeat(MAX_HTML_PIECES), undefined],
  ['one long paragraph', fill('word '), 'block-length'],
  ['paragraphs just under the text limit', fill(`${'word '.repeat(MAX_BLOCK_CHARACTERS / 5 - 1)}word.\n\n`), undefined],
];

describe('the worst page under each limit', () => {
  it.each(worst)('%s', (_name, body, refusedAs) => {
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const context = { file: 'content/x/page.md', body, bodyLine: 1, isMdx: false, pagePath: 'page/' };
    const parsed = parseBody(context);
    const problems = 'problem' in parsed ? [parsed.problem] : checkBody(context, parsed.tree);
    // The check also reads every link and picture from the tree.
    if (!('problem' in parsed)) referencesIn(parsed.tree);
    // A page the check accepts also goes through the reading-age report and page, which must finish too.
    if (!problems.some((problem) => problem.severity === 'error')) readingAge(body, {});
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${_name}: ${(body.length / 1000).toFixed(0)} KB checked in ${seconds.toFixed(2)} s, ${((process.memoryUsage().rss - before) / 1e6).toFixed(0)} MB more memory`,
    );
    if (refusedAs) expect(problems.map((problem) => problem.rule)).toContain(refusedAs);
  });
});
