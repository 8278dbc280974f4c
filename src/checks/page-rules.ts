/**
 * One page, judged on its own: its type and settings against the schema, dates that have
 * passed, the documents it lists, its name, and its body (safety, picture descriptions, the
 * easy read rules for a twin). Each function is one check of the registry (./checks.ts); the
 * settings and body checks keep what the checks over the whole site need: the validated data
 * and the parsed body.
 */
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import type { Root } from 'mdast';
import { easyReadSchema } from '../schemas/easy-read.ts';
import { pageSchema, pageSchemas, pageTypes, type PageData } from '../page-types/registry.ts';
import type { TrustSettings } from '../schemas/trust.ts';
import { hasPublishedFile, type PageSource, type TrustSource } from '../reader/read-content.ts';
import { lineOfPath } from '../reader/source-text.ts';
import { reservedPagePaths } from '../routes/generated-pages.ts';
import { checkBody, parseBody } from './body-rules.ts';
import type { DocumentFileRef } from './document-files.ts';
import { lintEasyRead } from './easy-read-lint.ts';
import { placeholderProblems, type PlaceholderSeverity } from './placeholders.ts';
import type { Problem } from '../problems/problem.ts';
import { judge } from './issue-words.ts';
import { fieldIsOptional, schemaProblems } from './schema-problems.ts';
import { reviewOverdue, staleDates } from './stale-dates.ts';
import type { PageReview } from '../schemas/pages/common.ts';
import { ruleOf } from './rule-of.ts';

export interface CheckedPage {
  page: PageSource;
  /** The validated data of a standard page whose settings pass. */
  data: PageData | undefined;
  /** The validated review dates of a standard or easy read page whose settings pass. */
  review?: PageReview | undefined;
  /** The body as the build's parser reads it, when it can be read. */
  tree: Root | undefined;
  /** Pages of this site that the page's documents name (documents[].page). */
  documentPages: Array<{ page: string; line: number | undefined; field: string }>;
}

/** A page ready for the checks: the checks of its settings and body fill in what they found for the checks after them. */
export function pageToCheck(page: PageSource): CheckedPage {
  return { page, data: undefined, tree: undefined, documentPages: [] };
}

/** The schema for the page's settings: easy read, its type's, or none when the type is unknown. */
function ownSchemaOf(page: PageSource) {
  if (page.isEasyRead) return easyReadSchema;
  const type = page.data.type;
  return typeof type === 'string' && Object.hasOwn(pageSchemas, type) ? pageSchemas[type as keyof typeof pageSchemas] : undefined;
}

/** Scaffold guidance ("Replace this…") left in the page. */
export function pagePlaceholders({ page }: CheckedPage, placeholders: PlaceholderSeverity): Problem[] {
  const schema = ownSchemaOf(page);
  return placeholderProblems(page.file, page.text, 1, placeholders, (field) =>
    schema ? fieldIsOptional(schema, field.split('.')) : undefined,
  );
}

/** The page's type and settings against its schema; keeps the validated data of a standard page. */
export function pageSettings(checked: CheckedPage): Problem[] {
  const { file, yaml: source, data } = checked.page;
  if (checked.page.isEasyRead) {
    const easyRead = judge(easyReadSchema, data);
    if (easyRead.success) checked.review = easyRead.data.review;
    return schemaProblems(file, source, easyRead, easyReadSchema);
  }
  if (typeof data.type !== 'string' || !(pageTypes as string[]).includes(data.type)) {
    const message =
      data.type === undefined
        ? `This page has no type. Add a line such as "type: page". The types are: ${pageTypes.join(', ')}.`
        : `"${String(data.type)}" is not a page type. Did you mean "${closest(String(data.type), pageTypes)}"? The types are: ${pageTypes.join(', ')}.`;
    return [{ file, line: lineOfPath(source, ['type']), field: 'type', ...ruleOf('unknown-type'), message }];
  }
  const schema = pageSchemas[data.type as keyof typeof pageSchemas];
  const result = judge(pageSchema, data);
  if (result.success) {
    checked.data = result.data;
    checked.review = result.data.review;
  }
  return schemaProblems(file, source, result, schema);
}

/** Dates that have passed while the page still speaks of them as to come. */
export function pageStaleDates({ page, data }: CheckedPage, today: Date): Problem[] {
  if (!data) return [];
  return staleDates(data, today).map((stale) => ({
    file: page.file,
    line: lineOfPath(page.yaml, stale.path),
    field: stale.path.join('.'),
    ...ruleOf('date-passed'),
    message: stale.message,
  }));
}

/** A page whose next review is due before the build date: readers would see a review date in the past. */
export function pageReviewOverdue({ page, review }: CheckedPage, today: Date): Problem[] {
  return reviewOverdue(review, today).map((stale) => ({
    file: page.file,
    line: lineOfPath(page.yaml, stale.path),
    field: stale.path.join('.'),
    ...ruleOf('review-overdue'),
    message: stale.message,
  }));
}

/** A standard page must not take a name the site uses for a page it makes itself. */
export function reservedName({ page }: CheckedPage): Problem[] {
  // Inside its language's folder: a translation may not take a generated page's name either.
  const firstSegment = page.languagePath.split('/')[0] ?? '';
  // "Contact.md" would replace the site's own contact page wherever letter case is ignored.
  if (page.isEasyRead || !reservedPagePaths.includes(firstSegment.toLowerCase())) return [];
  return [
    {
      file: page.file,
      ...ruleOf('reserved-name'),
      message: `The name "${firstSegment}" is used by a page the site makes itself. Rename the file, for example to "our-${firstSegment}.md".`,
    },
  ];
}

/** The body as the build's parser reads it, judged (./body-rules.ts); keeps the tree for the link and easy read checks. */
export function pageBody(checked: CheckedPage): Problem[] {
  const { page } = checked;
  const context = { file: page.file, body: page.body, bodyLine: page.bodyLine, isMdx: page.isMdx, pagePath: page.pagePath };
  const parsed = parseBody(context);
  if ('problem' in parsed) return [parsed.problem];
  checked.tree = parsed.tree;
  return checkBody(context, parsed.tree);
}

/** An easy read page's body against the easy read rules, with the trust's own severities and acronyms. */
export function easyReadPage({ page, tree }: CheckedPage, settings: TrustSettings | undefined): Problem[] {
  if (!page.isEasyRead || !tree) return [];
  return lintEasyRead(page.body, {
    file: page.file,
    bodyLine: page.bodyLine,
    allowedAcronyms: settings?.easyRead.allowedAcronyms ?? [],
    severities: settings?.easyRead.rules ?? {},
    tree,
  });
}

/** The documents a documents page lists: their files, a way to ask for those on request, the pages they name. */
export function documentList(
  checked: CheckedPage,
  trust: TrustSource,
  settings: TrustSettings | undefined,
  documentFiles: DocumentFileRef[],
): Problem[] {
  if (checked.data?.type !== 'documents') return [];
  const problems: Problem[] = [];
  checkDocuments(checked, checked.data, trust, settings, documentFiles, problems);
  return problems;
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
    if (document.file && !hasPublishedFile(trust, document.file)) {
      problems.push({
        file,
        line,
        field,
        ...ruleOf('missing-file'),
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
        ...ruleOf('no-way-to-ask'),
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
