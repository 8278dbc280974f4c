/**
 * Every wait in the build tier's tests (browser, build, cli, hosting and their support) is sized
 * for a loaded 2-core machine, where `npm test` runs beside other work: a poll or a wait of a
 * second or two passes on an idle machine and fails at a load of 7 to 10. So no wait shorter than
 * 10 s, no vi.waitFor without its own timeout (its 1 s default is not configurable), no fixed
 * sleep standing in for a condition, and no server wait counted in tries rather than time
 * (tests/support/wait-until.ts waits by the clock).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SHORTEST_WAIT_MS = 10_000;
const root = path.resolve(import.meta.dirname, '..');
const folders = ['browser', 'build', 'cli', 'hosting', 'support'].map((folder) => path.join(root, 'tests', folder));

const files = folders.flatMap((folder) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(folder, name)),
);

/** The text between the parentheses of the call that opens at `open` (the index of its "("). */
function callArguments(text: string, open: number): string {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '(') depth += 1;
    else if (text[index] === ')' && --depth === 0) return text.slice(open + 1, index);
  }
  return text.slice(open + 1);
}

const milliseconds = (literal: string) => Number(literal.replaceAll('_', ''));

interface Finding {
  where: string;
  what: string;
}

/** Each wait in one file's text that a loaded machine would outlast. */
function shortWaits(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const where = (index: number) => `${path.relative(root, file)}:${text.slice(0, index).split('\n').length}`;
  for (const match of text.matchAll(/(expect\.poll|vi\.waitFor|\.waitFor\w*|AbortSignal\.timeout|setDefault\w*Timeout)\s*\(/g)) {
    const call = match[1]!;
    const args = callArguments(text, match.index + match[0].length - 1);
    if (call === '.waitForTimeout') {
      findings.push({ where: where(match.index), what: 'a fixed sleep (waitForTimeout): wait for what the reader would see instead' });
      continue;
    }
    const given = /^(AbortSignal\.timeout|setDefault)/.test(call)
      ? /^\s*([\d_]+)\s*$/.exec(args)?.[1]
      : /\btimeout:\s*([\d_]+)/.exec(args)?.[1];
    if (given === undefined) {
      if (call === 'vi.waitFor') findings.push({ where: where(match.index), what: 'vi.waitFor with its 1 s default timeout' });
      continue;
    }
    if (milliseconds(given) < SHORTEST_WAIT_MS) findings.push({ where: where(match.index), what: `${call} waits only ${given} ms` });
  }
  for (const match of text.matchAll(/for \(let (attempt|tries|try)\b/g))
    findings.push({
      where: where(match.index),
      what: 'a wait counted in tries: use waitUntil (tests/support/wait-until.ts), which waits by the clock',
    });
  return findings;
}

describe('waits in the build tier tests', () => {
  it('reads the test files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('gives expect.poll a default of at least 10 s (vitest.config.ts)', () => {
    const config = readFileSync(path.join(root, 'vitest.config.ts'), 'utf8');
    const poll = /poll:\s*{\s*timeout:\s*([\d_]+)/.exec(config)?.[1];
    expect(poll, 'vitest.config.ts sets expect.poll.timeout').toBeDefined();
    expect(milliseconds(poll!)).toBeGreaterThanOrEqual(SHORTEST_WAIT_MS);
  });

  it('has no wait a loaded machine would outlast', () => {
    expect(files.flatMap((file) => shortWaits(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('finds each kind of short wait', () => {
    const found = shortWaits(
      path.join(root, 'tests', 'browser', 'example.test.ts'),
      [
        'await expect.poll(() => count(), { timeout: 2_000 }).toBe(1);',
        'await vi.waitFor(() => ready());',
        "await page.locator('a').waitFor({ timeout: 5000 });",
        'await page.waitForTimeout(500);',
        'fetch(url, { signal: AbortSignal.timeout(3_000) });',
        'for (let attempt = 0; attempt < 50; attempt += 1) {}',
        'await expect.poll(() => count()).toBe(1);',
        'await expect.poll(() => count(), { timeout: 30_000 }).toBe(1);',
        'await vi.waitFor(() => ready(), { timeout: 20_000 });',
      ].join('\n'),
    );
    expect(found.map((finding) => finding.where)).toEqual([1, 2, 3, 4, 5, 6].map((line) => `tests/browser/example.test.ts:${line}`));
  });
});
