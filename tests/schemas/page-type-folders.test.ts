/**
 * Page types are folders (src/page-types/<type>/) listed once in the registry. Every folder is
 * listed under its own name, has the files a type needs, its templates are pages the type
 * accepts, and the README's table of types is the registry's. Forgetting any of these used to
 * fail silently (a type missing from the scaffold or the README); now it fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { typeName } from '../../src/page-types/define.ts';
import { pageSchema, pageTypeDefinitions, pageTypes } from '../../src/page-types/registry.ts';

const root = path.resolve(import.meta.dirname, '../..');
const typesDir = path.join(root, 'src', 'page-types');
const folders = readdirSync(typesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const frontMatter = (file: string): unknown => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');

it('lists every folder once, under the folder’s own name', () => {
  expect([...pageTypes].sort()).toEqual([...folders].sort());
  expect(new Set(pageTypes).size).toBe(pageTypes.length);
});

it('gives each type its own scaffold file name', () => {
  const files = pageTypeDefinitions.map((definition) => definition.scaffoldFile);
  expect(new Set(files).size).toBe(files.length);
});

describe.each(pageTypeDefinitions.map((definition) => [typeName(definition), definition] as const))('%s', (type, definition) => {
  const folder = path.join(typesDir, type);

  it('has its schema, its component and both templates in its folder', () => {
    expect(existsSync(path.join(folder, 'schema.ts'))).toBe(true);
    if (definition.component) expect(existsSync(path.join(folder, definition.component.file)), definition.component.file).toBe(true);
    expect(existsSync(path.join(folder, 'template.md'))).toBe(true);
    expect(existsSync(path.join(folder, 'easy-read.md'))).toBe(true);
  });

  it('has a template the type accepts', () => {
    const data = frontMatter(path.join(folder, 'template.md'));
    expect(pageSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    expect((data as { type?: string }).type).toBe(type);
  });

  it('has every label', () => {
    for (const [label, words] of Object.entries(definition.labels)) expect(words.trim(), label).not.toBe('');
  });

  it('names a sample page of its type for the guide', () => {
    expect((frontMatter(path.join(root, 'content', definition.guide.example)) as { type?: string }).type).toBe(type);
  });
});

it('has the README’s table of page types from the registry', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const table = /<!-- page types:[^\n]*-->\n\n([\s\S]*?)\n\n<!-- end of page types -->/.exec(readme)?.[1] ?? '';
  // Rows as cells, so the table may be laid out (padded) as Prettier writes it.
  const rows = table
    .split('\n')
    .slice(2)
    .map((row) =>
      row
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  expect(rows, 'README.md: the table between "<!-- page types" and "<!-- end of page types -->"').toEqual(
    pageTypeDefinitions.map((definition) => [`\`${typeName(definition)}\``, definition.labels.scaffold]),
  );
});
