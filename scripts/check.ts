/**
 * npm run check                    check every trust's content without building
 * npm run check -- --trust <slug>  check one trust
 * Prints every problem at once with file, line, field and how to fix it; exits 1 on errors.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/checks/check-content.ts';
import { formatProblems, hasErrors } from '../src/checks/problem.ts';
import { formatReadingAges, readingAgeReport } from '../src/checks/reading-age-report.ts';
import { readdirSync } from 'node:fs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    trust: { type: 'string', multiple: true, default: [] },
    content: { type: 'string', default: path.join(root, 'content') },
  },
});

const started = performance.now();
const contentDir = path.resolve(values.content);
const problems = checkContent({ contentDir, displayRoot: path.dirname(contentDir), trusts: values.trust });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length === 0) {
  console.log(`No problems found (${seconds} s).`);
} else {
  console.log(`${formatProblems(problems)} (${seconds} s)`);
}
if (hasErrors(problems)) {
  process.exitCode = 1;
} else {
  // Plain English: advice for the standard pages, not a reason to stop.
  const slugs =
    values.trust.length > 0
      ? values.trust
      : readdirSync(contentDir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
          .map((entry) => entry.name)
          .sort();
  console.log(`\n${formatReadingAges(readingAgeReport(contentDir, slugs))}`);
}
