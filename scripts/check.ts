/**
 * npm run check: checks every trust's content without building (see --help).
 * Prints every problem at once with file, line, field and how to fix it; exits 1 on errors.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkModel } from '../src/checks/check-content.ts';
import { readContent } from '../src/reader/read-content.ts';
import { formatProblems, hasErrors } from '../src/problems/problem.ts';
import { formatReadingAges, readingAgeReport } from '../src/checks/reading-age-report.ts';
import { listTrustFolders, unknownTrustMessage } from '../src/reader/trust-folders.ts';
import { markdownReadingAges, markdownReport } from './check/markdown-report.ts';
import { parseCommandLine, stop } from './cli/arguments.ts';

const root = path.resolve(import.meta.dirname, '..');
const command = 'npm run check';
const { values } = parseCommandLine({
  command,
  usage: '[options]',
  summary:
    "Checks the trusts' content as the build would, without building: every problem at once, with the file, line, field and how to fix it. Exits 1 if any problem would stop the build.",
  options: {
    trust: { type: 'string', multiple: true, default: [], value: 'slug', description: 'check only this trust' },
    content: { type: 'string', default: 'content', value: 'dir', description: 'the folder with one folder per trust' },
    format: { type: 'string', default: 'text', value: 'text|markdown', description: 'markdown: a report for a pull request comment' },
    'report-file': { type: 'string', value: 'file', description: 'also write the report to this file' },
    'plain-english-for': {
      type: 'string',
      default: '',
      value: 'slugs',
      description:
        'with --format markdown: add the plain English report (reading ages) of these trusts, comma-separated or a JSON list as build --list prints it',
    },
  },
  examples: [
    ['npm run check', 'check every trust'],
    ['npm run check -- --trust harbourside', 'check one trust'],
    ['npm run check -- --format markdown --report-file check.md', 'a report to post on a pull request'],
    ['npm run check -- --format markdown --plain-english-for harbourside', "the same, with harbourside's reading ages"],
  ],
});
if (values.format !== 'text' && values.format !== 'markdown') stop(`${command}: --format is "text" or "markdown", not "${values.format}".`);

const contentDir = path.resolve(root, values.content);
const unknown = unknownTrustMessage(values.trust, listTrustFolders(contentDir), path.relative(root, contentDir) || contentDir);
if (unknown) stop(unknown);

const started = performance.now();
// One reading of the content for the check and the plain English report.
const model = readContent({ contentDir, displayRoot: path.dirname(contentDir), trusts: values.trust });
const problems = await checkModel(model);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
let report: string;
if (values.format === 'markdown') {
  // The pull request carries the plain English advice of the trusts it changed: it is where a save from the browser editor is checked.
  const advised = plainEnglishFor(values['plain-english-for']);
  const advice = readingAgeReport(model).filter((trust) => advised.has(trust.slug));
  report = markdownReport(problems, values.trust);
  if (!hasErrors(problems) && advice.length > 0) report = `${report}\n${markdownReadingAges(advice)}`;
} else report = problems.length === 0 ? `No problems found (${seconds} s).` : `${formatProblems(problems)} (${seconds} s)`;
console.log(report);
if (values['report-file']) writeFileSync(values['report-file'], `${report}\n`);

if (hasErrors(problems)) {
  process.exitCode = 1;
} else if (values.format === 'text') {
  // Plain English: advice for the standard pages, not a reason to stop.
  console.log(`\n${formatReadingAges(readingAgeReport(model))}`);
}

/** "a,b" or '["a","b"]' (build --list's output, which the workflow passes on). */
function plainEnglishFor(list: string): Set<string> {
  const text = list.trim();
  if (!text.startsWith('['))
    return new Set(
      text
        .split(',')
        .map((slug) => slug.trim())
        .filter(Boolean),
    );
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.every((slug) => typeof slug === 'string')) return new Set(parsed);
  } catch {
    // Said below, in one line.
  }
  stop(`${command}: --plain-english-for needs trust names separated by commas, or a JSON list of them, not ${JSON.stringify(text)}.`);
}
