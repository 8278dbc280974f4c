/**
 * The layers import one way (.dependency-cruiser.cjs, docs/contributing.md "Layers"): every
 * import in src/ and scripts/, .astro files included, is checked against the rules, and a copy
 * of the tree with wrong-way imports planted in it must fail them, so the rule cannot pass by
 * reading nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const config = createRequire(import.meta.url)(path.join(repoRoot, '.dependency-cruiser.cjs')) as IConfiguration;

/** Wrong-way imports planted in the copy, each with the rule it must break. */
const planted: Record<string, { text: string; breaks: string; imports: string }> = {
  'src/schemas/planted-wrong-way.ts': {
    // A type-only import ties two folders together as much as any other.
    text: "import type { Problem } from '../problems/problem.ts';\nexport type Planted = Problem;\n",
    breaks: 'layer-schemas',
    imports: 'src/problems/problem.ts',
  },
  'src/site/PlantedWrongWay.astro': {
    text: "---\nimport BaseLayout from '../layouts/BaseLayout.astro';\n---\n<BaseLayout />\n",
    breaks: 'layer-site',
    imports: 'src/layouts/BaseLayout.astro',
  },
  'src/components/Planted.fixtures.ts': {
    text: "export { FIXED_BUILD_DATE } from '../../tests/support/built-sites.ts';\n",
    breaks: 'not-to-tests',
    imports: 'tests/support/built-sites.ts',
  },
  'src/components/planted-helper.ts': {
    text: "export { fixtureSite } from '../fixtures/component-fixtures.ts';\n",
    breaks: 'fixtures-only-in-fixtures',
    imports: 'src/fixtures/component-fixtures.ts',
  },
  'src/planted-folder/unlisted.ts': {
    text: "export { trustAddress } from '../addresses/trust-address.ts';\n",
    breaks: 'layer-listed',
    imports: 'src/addresses/trust-address.ts',
  },
};

/**
 * What an .astro file imports, as TypeScript dependency-cruiser can read: its front matter and
 * the scripts Astro bundles (not `is:inline` ones, nor data such as JSON-LD).
 */
function importsOfAstro(text: string): string {
  const frontMatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\b(is:inline|type=|set:html)/.test(attributes ?? ''))
    .map(([, , body]) => body);
  return [frontMatter, ...scripts].join('\n');
}

/** Every file under `folder`, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

/**
 * A copy of src/, scripts/ and tests/ in which each .astro file is replaced by `<name>.astro.ts`
 * holding its imports, and every import of an .astro file points at that copy.
 */
function stageTree(stage: string, extra: Record<string, string>): void {
  for (const folder of ['src', 'scripts', 'tests']) cpSync(path.join(repoRoot, folder), path.join(stage, folder), { recursive: true });
  for (const [file, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
    writeFileSync(path.join(stage, file), text);
  }
  for (const file of filesUnder(stage)) {
    const full = path.join(stage, file);
    if (file.endsWith('.astro')) {
      writeFileSync(`${full}.ts`, importsOfAstro(readFileSync(full, 'utf8')));
      rmSync(full);
    }
  }
  for (const file of filesUnder(stage)) {
    if (!/\.(ts|mts|mjs|js)$/.test(file)) continue;
    const full = path.join(stage, file);
    const text = readFileSync(full, 'utf8');
    const pointed = text.replace(/(['"])(\.{1,2}\/[^'"\n]*\.astro)\1/g, '$1$2.ts$1');
    if (pointed !== text) writeFileSync(full, pointed);
  }
}

interface Violation {
  rule: string;
  from: string;
  to: string;
}

let stage: string;
let violations: Violation[];

beforeAll(async () => {
  stage = mkdtempSync(path.join(os.tmpdir(), 'layers-'));
  stageTree(stage, Object.fromEntries(Object.entries(planted).map(([file, { text }]) => [file, text])));
  // The copy has no node_modules: packages stay unresolved, which no rule is about.
  const { tsConfig: _projectTsConfig, ...options } = config.options ?? {};
  const result = await cruise(['src', 'scripts'], {
    ...options,
    baseDir: stage,
    validate: true,
    ruleSet: { forbidden: config.forbidden ?? [] },
  });
  const output = result.output as ICruiseResult;
  const unastro = (file: string) => file.replace(/\.astro\.ts$/, '.astro');
  violations = output.summary.violations.map((violation) => ({
    rule: violation.rule.name,
    from: unastro(violation.from),
    to: unastro(violation.to),
  }));
}, 120_000);

afterAll(() => {
  if (stage) rmSync(stage, { recursive: true, force: true });
});

describe('layers', () => {
  it('src/ and scripts/ import only from their own layer or the layers below it, and never from tests/', () => {
    const wrongWay = violations.filter((violation) => !(violation.from in planted));
    // Each line says what to do: the rule's comment names the layers and where to move the shared piece.
    const fixOf = (rule: string) => config.forbidden?.find((candidate) => candidate.name === rule)?.comment ?? '';
    expect(wrongWay.map(({ rule, from, to }) => `${from} → ${to} (${rule}: ${fixOf(rule)})`)).toEqual([]);
  });

  it('fails on a wrong-way import: a type from a higher layer, an .astro import, an import of tests/, a fixture builder outside fixtures, a folder in no layer', () => {
    const caught = violations.filter((violation) => violation.from in planted).sort((a, b) => a.from.localeCompare(b.from));
    const expected = Object.entries(planted)
      .map(([from, { breaks, imports }]) => ({ rule: breaks, from, to: imports }))
      .sort((a, b) => a.from.localeCompare(b.from));
    expect(caught).toEqual(expected);
  });
});
