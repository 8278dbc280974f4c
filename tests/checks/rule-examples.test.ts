/**
 * Every rule of the registry against its own examples, through the whole content check: each
 * failing example, written over the small example trust, must produce that rule's problem and
 * nothing else (but the rules it names as rightly broken alongside), at the rule's usual severity; each passing example (a near miss) must produce no
 * problem at all. A rule with no examples, or a check no rule names, fails here.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { checks } from '../../src/checks/checks.ts';
import { registry } from '../../src/checks/registry.ts';
import type { Example } from '../../src/checks/rule.ts';
import { exampleSlug, exampleTrust } from '../../src/checks/rules/example-trust.ts';

// The languages rules' examples name Welsh (cy-GB).

let work: string;
let runs = 0;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-rule-examples-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes the example trust with the example's changes into a fresh folder and checks it. */
async function checkExample(example: Example) {
  const root = path.join(work, String(++runs));
  const contentDir = path.join(root, 'content');
  const trustDir = path.join(contentDir, exampleSlug);
  const written = { ...exampleTrust, ...example.files };
  for (const [name, content] of Object.entries(written)) {
    if (content === null) continue;
    const file = path.join(trustDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === 'object' && 'linkTo' in content) symlinkSync(content.linkTo, file);
    else writeFileSync(file, typeof content === 'function' ? content() : content);
  }
  if (example.noContentFolder) rmSync(contentDir, { recursive: true, force: true });
  return checkContent({ contentDir, displayRoot: root, today: new Date('2026-12-01') });
}

/** Rules found only while the site is built have no content example the check could refuse. */
const checkedRules = registry.filter((entry) => entry.checks.some((name) => name !== 'build'));

describe('the rule registry', () => {
  it('names each rule once', () => {
    const ids = registry.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('gives each rule the scope of its first check, and runs every check some rule names', () => {
    for (const entry of registry) expect(entry.scope, entry.id).toBe(checks[entry.checks[0]!].scope);
    const named = new Set(registry.flatMap((entry) => entry.checks));
    expect(Object.keys(checks).filter((name) => !named.has(name as keyof typeof checks))).toEqual([]);
  });

  it.each(checkedRules.map((entry) => [entry.id, entry] as const))('gives %s examples that fail and pass', (_id, entry) => {
    expect(entry.examples.fail.length).toBeGreaterThan(0);
    expect(entry.examples.pass.length).toBeGreaterThan(0);
  });
});

describe.each(checkedRules.map((entry) => [entry.id, entry] as const))('rule %s', (id, entry) => {
  it.each(entry.examples.fail.map((example, index) => [index + 1, example] as const))('refuses failing example %i', async (_n, example) => {
    const problems = await checkExample(example);
    const own = problems.filter((problem) => problem.rule === id);
    expect(own.length, JSON.stringify(problems, null, 1)).toBeGreaterThan(0);
    for (const problem of own) {
      expect(problem.severity).toBe(entry.severity);
      expect(problem.message.length).toBeGreaterThan(20);
    }
    const others = problems.filter((problem) => problem.rule !== id).map((problem) => problem.rule);
    expect([...new Set(others)]).toEqual(example.alongside ?? []);
  });

  it.each(entry.examples.pass.map((example, index) => [index + 1, example] as const))('passes passing example %i', async (_n, example) => {
    expect(await checkExample(example)).toEqual([]);
  });
});
