/**
 * One page, judged on its own: its type and settings against the schema, dates that have
 * passed, the documents it lists, its name, and its body (safety, picture descriptions, the
 * easy read rules for a twin). Returns what the site-wide rules need: the validated data and
 * the parsed body.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import type { Root } from 'mdast';
import { easyReadSchema } from '../schemas/easy-read.ts';
import { pageSchema, pageSchemas, pageTypes, type PageData } from '../schemas/pages/index.ts';
import type { TrustSettings } from '../schemas/trust.ts';
import type { PageSource, TrustSource } from '../reader/read-content.ts';
import { lineOfPath } from '../reader/source-text.ts';
import { reservedPagePaths } from '../routes/generated-pages.ts';
import { checkBody, parseBody } from './body-rules.ts';
import type { DocumentFileRef } from './document-files.ts';
import { lintEasyRead } from './easy-read-lint.ts';
import { placeholderProblems, type PlaceholderSeverity } from './placeholders.ts';
import type { Problem } from './problem.ts';
import { judge } from './issue-words.ts';
import { fieldIsOptional, schemaProblems } from './schema-problems.ts';
import { staleDates } from './stale-dates.ts';

export interface PageRuleOptions {
  placeholders: PlaceholderSeverity;
  today: Date;
}

export interface CheckedPage {
  page: PageSource;
  /** The validated data of a standard page whose settings pass. */
  data: PageData | undefined;
  /** The body as the build's parser reads it, when it can be read. */
  tree: Root | undefined;
  /** Pages of this site that the page's documents name (documents[].page). */
  documentPages: Array<{ page: string; line: number | undefined; field: string }>;
}

export function checkPage(
  page: PageSource,
  trust: TrustSource,
  settings: TrustSettings | undefined,
  options: PageRuleOptions,
  documentFiles: DocumentFileRef[],
  problems: Problem[],
): CheckedPage {
  const { file, yaml: source, data } = page;
  const checked: CheckedPage = { page, data: undefined, tree: undefined, documentPages: [] };
  const ownSchema = page.isEasyRead
    ? easyReadSchema
    : typeof data.type === 'string' && Object.hasOwn(pageSchemas, data.type)
      ? pageSchemas[data.type as keyof typeof pageSchemas]
      : undefined;
  problems.push(
    ...placeholderProblems(file, page.text, 1, options.placeholders, (field) =>
      ownSchema ? fieldIsOptional(ownSchema, field.split('.')) : undefined,
    ),
  );

  if (page.isEasyRead) {
    problems.push(...schemaProblems(file, source, judge(easyReadSchema, data), easyReadSchema));
  } else if (typeof data.type !== 'string' || !(pageTypes as string[]).includes(data.type)) {
    const message =
      data.type === undefined
        ? `This page has no type. Add a line such as "type: page". The types are: ${pageTypes.join(', ')}.`
        : `"${String(data.type)}" is not a page type. Did you mean "${closest(String(data.type), pageTypes)}"? The types are: ${pageTypes.join(', ')}.`;
    problems.push({ file, line: lineOfPath(source, ['type']), field: 'type', rule: 'unknown-type', severity: 'error', message });
  } else {
    const schema = pageSchemas[data.type as keyof typeof pageSchemas];
    const result = judge(pageSchema, data);
    problems.push(...schemaProblems(file, source, result, schema));
    if (result.success) {
      checked.data = result.data;
      for (const stale of staleDates(result.data, options.today)) {
        problems.push({
          file,
          line: lineOfPath(source, stale.path),
          field: stale.path.join('.'),
          rule: 'date-passed',
          severity: 'warning',
          message: stale.message,
        });
      }
      if (result.data.type === 'documents') checkDocuments(checked, result.data, trust, settings, documentFiles, problems);
    }
  }

  const firstSegment = page.standardPath.split('/')[0] ?? '';
  // "Contact.md" would replace the site's own contact page wherever letter case is ignored.
  if (!page.isEasyRead && reservedPagePaths.includes(firstSegment.toLowerCase())) {
    problems.push({
      file,
      rule: 'reserved-name',
      severity: 'error',
      message: `The name "${firstSegment}" is used by a page the site makes itself. Rename the file, for example to "our-${firstSegment}.md".`,
    });
  }
  const context = { file, body: page.body, bodyLine: page.bodyLine, isMdx: page.isMdx, pagePath: page.pagePath };
  const parsed = parseBody(context);
  if ('problem' in parsed) problems.push(parsed.problem);
  else {
    checked.tree = parsed.tree;
    problems.push(...checkBody(context, parsed.tree));
    if (page.isEasyRead)
      problems.push(
        ...lintEasyRead(page.body, {
          file,
          bodyLine: page.bodyLine,
          allowedAcronyms: settings?.easyRead.allowedAcronyms ?? [],
          severities: settings?.easyRead.rules ?? {},
          tree: parsed.tree,
        }),
      );
  }
  return checked;
}

function checkDocuments(
  checked: CheckedPage,
  data: Extract<PageData, { type: 'documents' }>,
  trust: TrustSource,
  settings: TrustSettings | undefined,
  documentFiles: DocumentFileRef[],
  problems: Problem[],
): void {
  const { file, yaml: source } = checked.page;
  data.documents.forEach((document, index) => {
    const line = lineOfPath(source, ['documents', index, 'file']);
    const field = `documents.${index}.file`;
    if (document.file && !existsSync(path.join(trust.dir, document.file))) {
      problems.push({
        file,
        line,
        field,
        rule: 'missing-file',
        severity: 'error',
        message: `The file "${document.file}" does not exist. Put it in ${trust.folder}/files/ or correct the name.`,
      });
    } else if (document.file) {
      documentFiles.push({ file, line, field, name: document.file, absolute: path.join(trust.dir, document.file) });
    }
    // "Available on request" with nobody to ask is a promise the page cannot keep.
    const { email, phone, page, address } = settings?.contact ?? {};
    if (document.onRequest && settings && !email && !phone && !page && !address) {
      problems.push({
        file,
        line: lineOfPath(source, ['documents', index, 'onRequest']),
        field: `documents.${index}.onRequest`,
        rule: 'no-way-to-ask',
        severity: 'error',
        message: `"${document.title}" is listed as available on request, but ${trust.folder}/trust.yaml gives no way to ask: no contact email, phone, contact page or postal address. Add the one the trust uses under contact in trust.yaml (for example "contact:" with "  email: strategy@your-trust.nhs.uk" below it), or give the document its file or link instead of onRequest.`,
      });
    }
    if (document.page) {
      checked.documentPages.push({
        page: document.page,
        line: lineOfPath(source, ['documents', index, 'page']),
        field: `documents.${index}.page`,
      });
    }
  });
}
