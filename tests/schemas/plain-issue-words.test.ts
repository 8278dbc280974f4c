/**
 * No message a comms officer can meet is in zod's own words ("Invalid input: expected object,
 * received undefined"). Every field of every sample trust's settings and pages is left out or
 * given each wrong kind of value in turn, as an editor might; every message the check would give
 * is held to plain words, and the kinds of problem this met are counted, so a kind of problem
 * the schemas start to produce is covered without editing this file. The kinds no mutation
 * reaches are put to the error map directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { judge, plainIssueMessage } from '../../src/checks/issue-words.ts';
import { easyReadSchema } from '../../src/schemas/easy-read.ts';
import { pageSchema } from '../../src/page-types/registry.ts';
import { trustSchema } from '../../src/schemas/trust.ts';
import { parseYaml, splitFrontMatter, yamlData } from '../../src/reader/source-text.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');

/** zod's own English: what no editor should read. */
const ZOD_WORDS =
  /Invalid input|expected [a-z]+, received|received [a-z]+$|Too (big|small)|Unrecognized key|Invalid (option|key|element|string|format|value|union|type|date|email|url)|Expected [a-z]+|^Invalid\b/;

type Data = Record<string, unknown>;

/** Every path to a value in the data, objects and lists alike. */
function paths(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const found: PropertyKey[][] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...paths(item, [...prefix, index])));
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...prefix, key]));
  return found;
}

function withValue(data: unknown, at: PropertyKey[], value: unknown): unknown {
  const copy = structuredClone(data) as Data;
  let parent = copy as Record<PropertyKey, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
  const last = at.at(-1)!;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** What an editor might write in place of a field's value. */
const WRONG_VALUES: unknown[] = [
  undefined,
  null,
  'some words',
  '',
  42,
  -1,
  2.5,
  true,
  [],
  ['a', 'b'],
  {},
  { mistyped: 1 },
  'x'.repeat(1200),
];

const samples: Array<{ name: string; schema: z.ZodType; data: unknown }> = [];
for (const trust of readdirSync(contentDir)) {
  const dir = path.join(contentDir, trust);
  samples.push({
    name: `${trust}/trust.yaml`,
    schema: trustSchema,
    data: yamlData(parseYaml(readFileSync(path.join(dir, 'trust.yaml'), 'utf8'))),
  });
  for (const [folder, schema] of [
    ['', pageSchema],
    ['easy-read', easyReadSchema],
  ] as const) {
    for (const file of readdirSync(path.join(dir, folder)).filter((name) => /\.mdx?$/.test(name))) {
      const split = splitFrontMatter(readFileSync(path.join(dir, folder, file), 'utf8'));
      if (split.kind === 'split') samples.push({ name: `${trust}/${folder}/${file}`, schema, data: yamlData(split.frontMatter) });
    }
  }
}

describe('every problem the schemas can find reaches the editor in plain words', () => {
  const codes = new Set<string>();
  const raw: string[] = [];
  for (const sample of samples) {
    const cases = [
      sample.data,
      ...paths(sample.data).flatMap((at) => WRONG_VALUES.map((value) => withValue(sample.data, at, value))),
      { ...(sample.data as Data), strayField: 'x' },
    ];
    for (const data of cases) {
      const result = judge(sample.schema, data);
      for (const issue of result.error?.issues ?? []) {
        codes.add(issue.code);
        if (ZOD_WORDS.test(issue.message)) raw.push(`${sample.name} ${issue.path.join('.')}: ${issue.message}`);
      }
    }
  }

  it('tries the sample content', () => {
    expect(samples.length).toBeGreaterThan(30);
  });

  it('meets every kind of problem the schemas produce', () => {
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'custom',
        'invalid_format',
        'invalid_type',
        'invalid_union',
        'invalid_value',
        'too_big',
        'too_small',
        'unrecognized_keys',
      ]),
    );
  });

  it("and none of them in zod's own words", () => {
    expect([...new Set(raw)].slice(0, 20)).toEqual([]);
  });

  it('says a missing group of settings is missing, and what goes in it', () => {
    const settings = samples.find((sample) => sample.name === 'harbourside/trust.yaml')!.data as Data;
    const messages = (data: unknown) => judge(trustSchema, data).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages(withValue(settings, ['colours'], undefined))).toEqual([
      'colours is missing. Add it, with brand (and, if the trust has them, accent) on the lines below it, each indented by two spaces. The editor’s guide (docs/editors-guide.md) shows an example of every field.',
    ]);
    expect(messages(withValue(settings, ['strategy', 'period'], 2025))).toEqual([
      'strategy → period must be a group of settings, each on its own line below it, indented by two spaces, but it is the number 2025. The editor’s guide (docs/editors-guide.md) shows an example of every field.',
    ]);
  });
});

describe('the kinds of problem no content reaches yet', () => {
  const issues: Record<z.core.$ZodIssue['code'], z.core.$ZodRawIssue> = {
    invalid_type: { code: 'invalid_type', expected: 'bigint', input: 'x', path: ['a'] },
    too_big: { code: 'too_big', origin: 'number', maximum: 5, inclusive: true, input: 6, path: ['a'] },
    too_small: { code: 'too_small', origin: 'date', minimum: 5, inclusive: false, input: 4, path: ['a'] },
    invalid_format: { code: 'invalid_format', format: 'uuid', input: 'x', path: ['a'] },
    not_multiple_of: { code: 'not_multiple_of', divisor: 5, input: 6, path: ['a'] },
    unrecognized_keys: { code: 'unrecognized_keys', keys: ['b', 'c'], input: {}, path: ['a'] },
    invalid_union: { code: 'invalid_union', errors: [], input: 'x', path: ['a'] },
    invalid_key: { code: 'invalid_key', origin: 'record', issues: [], input: 'x', path: ['a'] },
    invalid_element: { code: 'invalid_element', origin: 'map', key: 'k', issues: [], input: 'x', path: ['a'] },
    invalid_value: { code: 'invalid_value', values: ['x', 'y'], input: 'z', path: ['a'] },
    custom: { code: 'custom', input: 'x', path: ['a'] },
  } as unknown as Record<z.core.$ZodIssue['code'], z.core.$ZodRawIssue>;

  it.each(Object.entries(issues))('%s: plain words naming the field', (_code, issue) => {
    const message = plainIssueMessage(issue);
    expect(message).toMatch(/^a /);
    expect(message).not.toMatch(ZOD_WORDS);
  });
});
