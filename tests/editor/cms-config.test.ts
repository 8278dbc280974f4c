/**
 * The browser editor's configuration is generated from the schemas: the committed copies in
 * editor/ must be current, every schema field must reach editors through a widget that fits
 * it, and new kinds of field (unions, preprocessed dates, defaults, enums, literals) must
 * flow through without anyone writing configuration by hand.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { trustPageTypes } from '../../src/editor/trust-page-types.ts';
import { describe, expect, it } from 'vitest';
import { fieldRows } from '../../scripts/editors-guide.ts';
import { listTrustFolders } from '../../src/reader/trust-folders.ts';
import { committedConfigPath, renderConfig } from '../../scripts/editor/editor-site.ts';
import { cmsConfig, withBackend } from '../../src/editor/cms-config.ts';
import { NoWidgetError, objectFields, type CmsField } from '../../src/editor/cms-fields.ts';
import { calendarDate, text, textList, trustFile } from '../../src/schemas/fields.ts';
import { toJsonSchema } from '../../src/schemas/json-schema.ts';
import { pageSchemas } from '../../src/page-types/registry.ts';
import { easyReadSchema } from '../../src/schemas/easy-read.ts';
import { trustSchema } from '../../src/schemas/trust.ts';
import { repoRoot } from '../support/built-sites.ts';

/** Every field as a dotted path, as the editor's guide writes them ("goals.outcomes"). */
function paths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const here = prefix ? `${prefix}.${field.name}` : field.name;
    return [here, ...paths(field.fields ?? [], here)];
  });
}

const config = cmsConfig({ slug: 'harbourside', url: 'https://harbourside.example/our-strategy/' });
const collection = (name: string) => config.collections.find((candidate) => candidate.name === name)!;
const field = (fields: CmsField[], dotted: string): CmsField =>
  dotted.split('.').reduce<CmsField>((found, name) => (found.fields ?? []).find((candidate) => candidate.name === name)!, {
    fields,
  } as CmsField);

describe("the browser editor's configuration", () => {
  it.each(listTrustFolders(path.join(repoRoot, 'content')).map((folder) => folder.slug))(
    'is committed and up to date for %s (run "npm run editor -- --write-config" after changing a schema)',
    (slug) => {
      const settings = parse(readFileSync(path.join(repoRoot, 'content', slug, 'trust.yaml'), 'utf8')) as { url: string };
      const trust = { slug, url: settings.url, pageTypes: trustPageTypes(path.join(repoRoot, 'content', slug)) };
      expect(readFileSync(committedConfigPath(slug), 'utf8')).toBe(renderConfig(trust));
    },
  );

  it.each([['trust.yaml', trustSchema, 'settings'], ['easy read pages', easyReadSchema, 'easy-read'], ...Object.entries(pageSchemas).map(([type, schema]) => [type, schema, type] as const)] as const)(
    'gives every field of %s a widget',
    (_name, schema, collectionName) => {
      const target = collection(collectionName);
      const fields = target.files ? target.files[0]!.fields : target.fields!;
      const expected = fieldRows(toJsonSchema(schema)).map((row) => row.field);
      const editable = paths(fields).filter((dotted) => dotted !== 'body');
      // The guide leaves out a page's fixed `type`; the editor keeps it, hidden.
      expect(editable.filter((dotted) => dotted !== 'type')).toEqual(expect.arrayContaining(expected));
      for (const dotted of expected) expect(field(fields, dotted).widget, dotted).toMatch(/^(string|text|number|boolean|datetime|select|list|object|file|image|hidden)$/);
    },
  );

  it('scopes each trust to its own folder, with media in its files folder at paths the build accepts', () => {
    const other = cmsConfig({ slug: 'fenmoor' });
    for (const target of other.collections) {
      for (const place of [target.folder, ...(target.files ?? []).map((file) => file.file)].filter(Boolean)) {
        expect(`${place}/`.startsWith('content/fenmoor/'), place).toBe(true);
      }
    }
    expect(other.media_folder).toBe('content/fenmoor/files');
    expect(other.public_folder).toBe('files');
    expect(collection('easy-read')).toMatchObject({ folder: 'content/harbourside/easy-read', public_folder: '../files/pictures' });
    expect(collection('goals')).toMatchObject({ folder: 'content/harbourside', filter: { field: 'type', value: 'goals' } });
  });

  it('chooses the widget, required flag, hint and default each field needs', () => {
    const settings = collection('settings').files![0]!.fields;
    expect(field(settings, 'strategy.launched')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: false });
    expect(field(settings, 'strategy.status')).toMatchObject({ widget: 'select', options: ['engagement', 'draft', 'launched', 'refreshing'], required: false });
    expect(field(settings, 'logo.file')).toMatchObject({ widget: 'image', choose_url: false });
    expect(field(settings, 'contact.email').pattern?.[0]).toBeDefined();
    expect(field(settings, 'language')).toMatchObject({ default: 'en-GB', required: false });
    expect(field(settings, 'easyRead.rules.sentence-length')).toMatchObject({ widget: 'select', options: ['error', 'warning', 'off'] });
    const goals = collection('goals').fields!;
    expect(goals[0]).toMatchObject({ name: 'type', widget: 'hidden', default: 'goals' });
    expect(field(goals, 'goals')).toMatchObject({ widget: 'list', min: 1, required: true });
    expect(field(goals, 'goals.outcomes')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    expect(field(goals, 'order')).toMatchObject({ widget: 'number', value_type: 'int', default: 100, required: false });
    expect(field(goals, 'title').hint).toContain('The page heading');
    const documents = collection('documents').fields!;
    expect(field(documents, 'documents.file')).toMatchObject({ widget: 'file', required: false });
    expect(field(documents, 'documents.date')).toMatchObject({ widget: 'datetime' });
  });

  it('handles unions, preprocessing, optional values, defaults, literals and enum lists, and names a field it cannot show', () => {
    const future = z.strictObject({
      type: z.literal('delivery'),
      due: z.union([calendarDate('due'), text('due')]).optional().describe('A date or words such as "spring 2027".'),
      owner: text('owner').default('The board').describe('Who is responsible.'),
      tags: z.array(z.enum(['people', 'places'])).optional().describe('Tags.'),
      notes: textList('notes').describe('Notes.'),
      report: trustFile('report').optional().describe('The report.'),
      parts: z.array(z.strictObject({ name: text('name').describe('Name.') })).describe('Parts.'),
    });
    const fields = objectFields(toJsonSchema(future));
    expect(Object.fromEntries(fields.map((each) => [each.name, each.widget]))).toEqual({
      type: 'hidden',
      due: 'string',
      owner: 'string',
      tags: 'select',
      notes: 'list',
      report: 'file',
      parts: 'list',
    });
    expect(field(fields, 'tags')).toMatchObject({ multiple: true, required: false });
    expect(field(fields, 'owner')).toMatchObject({ default: 'The board', required: false });
    expect(field(fields, 'due').hint).toBe('A date or words such as "spring 2027".');
    expect(() => objectFields(toJsonSchema(z.strictObject({ size: z.bigint().describe('Size.') })))).toThrow(NoWidgetError);
    expect(() => objectFields(toJsonSchema(z.strictObject({ size: z.bigint().describe('Size.') })))).toThrow(/size/);
  });

  it('saves through GitHub pull requests in production and through the local proxy on a laptop', () => {
    expect(withBackend(config, { kind: 'github', repo: 'example/strategy', branch: 'main', authUrl: 'https://auth.example' })).toMatchObject({
      backend: { name: 'github', repo: 'example/strategy', branch: 'main', base_url: 'https://auth.example' },
      publish_mode: 'editorial_workflow',
    });
    expect(withBackend(config, { kind: 'local', proxyUrl: 'http://127.0.0.1:9/api/v1' })).toMatchObject({
      backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:9/api/v1' },
      publish_mode: 'simple',
    });
  });

  it('never demands the fields of an optional group that is not filled in', () => {
    const values = collection('values').fields!;
    expect(field(values, 'refresh')).toMatchObject({ widget: 'object', required: false });
    // Inside it nothing is required and nothing has a default that would make it look filled in.
    for (const inner of field(values, 'refresh').fields!) expect(inner, inner.name).toMatchObject({ required: false });
    expect(field(values, 'refresh.heading').default).toBeUndefined();
    const delivery = collection('delivery').fields!;
    expect(field(delivery, 'measures.target.value')).toMatchObject({ required: false });
    expect(field(delivery, 'measures.baseline.date')).toMatchObject({ required: false });
    // A list item is filled in by adding it: its own required fields stay required.
    expect(field(collection('goals').fields!, 'goals.title')).toMatchObject({ required: true });
  });

  it('names collections plainly, lists only the page types the trust has, and summarises list items by their title', () => {
    const labels = cmsConfig({ slug: 'northwold', pageTypes: ['case-for-change', 'goals', 'overview'] }).collections;
    expect(labels.map((each) => each.label)).not.toContain('Page pages');
    const shown = labels.filter((each) => !each.hide).map((each) => each.label);
    expect(shown).toEqual(['Trust settings', 'Home page introduction', 'Case for change', 'Goals or focus areas', 'Other pages', 'Easy read pages']);
    expect(labels.find((each) => each.name === 'page')!.description).toMatch(/^Add a page: /);
    expect(field(collection('values').fields!, 'values').summary).toBe('{{fields.name}}');
    expect(field(collection('engagement').fields!, 'faq').summary).toBe('{{fields.question}}');
    expect(field(collection('delivery').fields!, 'reporting').summary).toBe('{{fields.what}}');
  });

  it('offers only the formatting the check accepts: no italics, strikethrough, code or headings in easy read', () => {
    expect(field(collection('easy-read').fields!, 'body')).toMatchObject({ buttons: ['bold', 'link', 'bulleted-list', 'numbered-list'], editor_components: ['image'] });
    const standard = field(collection('goals').fields!, 'body').buttons!;
    expect(standard).not.toContain('code');
    expect(standard).not.toContain('strikethrough');
  });

  it("shows the trust's name on the login screen, and no link to the live site when saving on this computer", () => {
    expect(config.logo_url).toBe('trust-name.svg');
    const local = withBackend(cmsConfig({ slug: 'harbourside', url: 'https://harbourside.example/' }), { kind: 'local', proxyUrl: 'http://127.0.0.1:9/api/v1' });
    expect(local.site_url).toBeUndefined();
    expect(local.display_url).toBeUndefined();
  });
});
