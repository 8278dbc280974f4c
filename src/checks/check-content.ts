/**
 * Checks everything the build would, without building: every trust's settings and every
 * page, reporting all problems at once in plain English with file, line and field.
 * Runs in well under a second per trust, so the build runs it first and the check command
 * runs nothing else.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { easyReadSchema } from '../schemas/easy-read.ts';
import { pageSchema, pageSchemas, pageTypes } from '../schemas/pages/index.ts';
import { trustSchema } from '../schemas/trust.ts';
import { fleetAddressProblems } from './fleet-addresses.ts';
import { isFileInTrust } from './link-truth.ts';
import { generatedPages, reservedPagePaths } from '../site/reserved-paths.ts';
import { isTwinPath, standardPathOfTwin, twinPagePath } from '../site/easy-read-pairing.ts';
import { pagePathOf } from '../site/trust-address.ts';
import { checkBody, internalLinks, relativeLink, resolveLink, type Link } from './body-rules.ts';
import { safeDecodeUri, trustFilePath } from '../markdown/picture-paths.ts';
import { checkDocumentFiles, type DocumentFileRef } from './document-files.ts';
import { listPageFiles, listPublishedFiles } from './content-files.ts';
import { lintEasyRead } from './easy-read-lint.ts';
import { checkTrustFiles } from './trust-files.ts';
import type { TrustSettings } from '../schemas/trust.ts';
import {
  decodeUtf8,
  lineOfOffset,
  lineOfPath,
  parseYaml,
  splitFrontMatter,
  yamlAliasOffsets,
  yamlData,
  type YamlSource,
} from './front-matter.ts';
import type { Problem } from './problem.ts';
import { placeholderProblems, type PlaceholderSeverity } from './placeholders.ts';
import { staleDates } from './stale-dates.ts';
import { buildDate } from '../site/build-date.ts';

export interface CheckOptions {
  /** Folder with one sub-folder per trust. */
  contentDir: string;
  /** File paths in messages are relative to this folder (the repository root). */
  displayRoot: string;
  /** Only these trusts; all when empty. */
  trusts?: string[];
  /** Scaffold guidance left in ("Replace this…"): a warning while drafting (check), an error when publishing (build). */
  placeholders?: PlaceholderSeverity;
  /** "Today", for dates that have passed; the build date by default (src/site/build-date.ts). */
  today?: Date;
}

/** Largest page or settings file read: a strategy page is a few kilobytes, so this only stops runaway input. */
const MAX_TEXT_FILE_BYTES = 1_000_000;

/** Pages the product makes for every trust, which content may link to. */
const generatedPagePaths = ['', 'contents/', 'search/', 'contact/', 'accessibility/', 'cookies/'];

interface PageFile {
  file: string;
  /** Path inside the trust folder without extension, for example "goals" or "easy-read/goals". */
  relativePath: string;
  /** The standard page's path: the same as relativePath, or for a twin the page it pairs with. */
  standardPath: string;
  pagePath: string;
  isEasyRead: boolean;
  isMdx: boolean;
  body?: { text: string; line: number };
  data?: Record<string, unknown>;
  /** Pages of this site that the page's documents name (documents[].page), to check once every page is known. */
  documentPages?: Array<{ page: string; line: number | undefined; field: string }>;
}

/** Async because each document file is opened and read (src/checks/document-files.ts). */
export async function checkContent(options: CheckOptions): Promise<Problem[]> {
  const problems: Problem[] = [];
  if (!existsSync(options.contentDir)) {
    return [
      {
        file: display(options, options.contentDir),
        rule: 'no-content',
        severity: 'error',
        message: 'The content folder does not exist. Create it with one folder per trust inside.',
      },
    ];
  }
  const folders = readdirSync(options.contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .filter((slug) => !options.trusts?.length || options.trusts.includes(slug))
    .sort();
  const documentFiles: DocumentFileRef[] = [];
  for (const slug of folders) problems.push(...checkTrust(options, slug, documentFiles));
  problems.push(...fleetAddressProblems(options.contentDir, folders, (absolute) => display(options, absolute)));
  // A trust folder that is a link would bring in content from anywhere: it is refused, not skipped.
  for (const entry of readdirSync(options.contentDir, { withFileTypes: true })) {
    if (!entry.isSymbolicLink() || (options.trusts?.length && !options.trusts.includes(entry.name))) continue;
    problems.push({
      file: `${display(options, path.join(options.contentDir, entry.name))}/`,
      rule: 'file-link',
      severity: 'error',
      message:
        'This trust folder is a shortcut (a symbolic link) to a folder somewhere else. Replace it with the real folder, or delete it.',
    });
  }
  problems.push(...(await checkDocumentFiles(documentFiles)));
  return problems;
}

function display(options: CheckOptions, absolute: string): string {
  return path.relative(options.displayRoot, absolute).split(path.sep).join('/') || '.';
}

/** Reads a file as UTF-8 text, reporting empty and non-UTF-8 files. */
function readText(options: CheckOptions, absolute: string, problems: Problem[]): string | undefined {
  const file = display(options, absolute);
  const size = statSync(absolute).size;
  if (size > MAX_TEXT_FILE_BYTES) {
    problems.push({
      file,
      rule: 'file-too-large',
      severity: 'error',
      message: `This file is ${(size / 1e6).toFixed(1)} MB, far longer than any page or settings file (at most ${MAX_TEXT_FILE_BYTES / 1e6} MB). Split it into several pages, or put a long document in files/ as a PDF and link to it.`,
    });
    return undefined;
  }
  const { text, notUtf8 } = decodeUtf8(readFileSync(absolute));
  if (notUtf8) {
    problems.push({
      file,
      rule: 'not-utf8',
      severity: 'error',
      message:
        'This file is not saved as UTF-8 text, so some letters would show as nonsense. Open it in your editor and save it with the encoding "UTF-8".',
    });
    return undefined;
  }
  if (!text?.trim()) {
    problems.push({
      file,
      rule: 'empty-file',
      severity: 'error',
      message: 'This file is empty. Fill it in (copy a page of the same type from another trust to start), or delete it.',
    });
    return undefined;
  }
  return text;
}

function yamlSyntaxProblems(file: string, source: YamlSource): Problem[] {
  const aliases = yamlAliasOffsets(source).map((offset) => ({
    file,
    ...lineOfOffset(source, offset),
    rule: 'yaml-syntax',
    severity: 'error' as const,
    message:
      'The settings use "&" or "*" to repeat a value (a YAML anchor or alias), which content does not use. Write each value out in full, and put text that starts with * or & in quotes, for example title: "*New* services".',
  }));
  return [
    ...aliases,
    ...source.document.errors.map((error) => {
      const { line, column } = lineOfOffset(source, error.pos[0]);
      const hint =
        error.code === 'DUPLICATE_KEY'
          ? 'The same field appears twice. Keep one of them.'
          : error.code === 'TAB_AS_INDENT'
            ? 'Use spaces, not tabs, to indent.'
            : 'Check the indentation (use spaces), that each field is written as "name: value", and that text containing a colon (:) or starting with a quote is wrapped in quotes.';
      return {
        file,
        line,
        column,
        rule: 'yaml-syntax',
        severity: 'error' as const,
        message: `The settings at the top of this file cannot be read here. ${hint}`,
      };
    }),
  ];
}

function schemaProblems(
  file: string,
  source: YamlSource,
  result: z.ZodSafeParseResult<unknown>,
  knownKeys: (path: PropertyKey[]) => string[],
): Problem[] {
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem[] => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const keyPath = [...issue.path, key];
        const known = knownKeys(issue.path);
        const suggestion = known.length ? ` Did you mean "${closest(key, known)}"? The fields here are: ${known.join(', ')}.` : '';
        return {
          file,
          line: lineOfPath(source, keyPath),
          field: keyPath.map(String).join('.'),
          rule: 'unknown-field',
          severity: 'error',
          message: `"${key}" is not a field this page uses.${suggestion}`,
        };
      });
    }
    return [
      {
        file,
        line: lineOfPath(source, issue.path),
        field: field || undefined,
        rule: 'invalid-field',
        severity: 'error',
        message: issue.message,
      },
    ];
  });
}

/** The field names a schema allows at a path, for "did you mean" suggestions. */
function keysAt(schema: unknown, fieldPath: PropertyKey[]): string[] {
  let current = schema as { shape?: Record<string, unknown>; def?: { element?: unknown; innerType?: unknown; type?: string } } | undefined;
  for (const key of fieldPath) {
    while (current?.def?.innerType) current = current.def.innerType as typeof current;
    if (typeof key === 'number') current = current?.def?.element as typeof current;
    else current = current?.shape?.[String(key)] as typeof current;
  }
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  if (current?.def?.element) current = current.def.element as typeof current;
  return Object.keys(current?.shape ?? {});
}

function checkTrust(options: CheckOptions, slug: string, documentFiles: DocumentFileRef[]): Problem[] {
  const problems: Problem[] = [];
  let settings: TrustSettings | undefined;
  const trustDir = path.join(options.contentDir, slug);
  const settingsPath = path.join(trustDir, 'trust.yaml');
  const settingsFile = display(options, settingsPath);

  if (!existsSync(settingsPath)) {
    problems.push({
      file: `${display(options, trustDir)}/`,
      rule: 'missing-settings',
      severity: 'error',
      message: `This trust folder has no trust.yaml, the file with the trust's name, address and colours. Copy trust.yaml from another trust's folder into it and change the details.`,
    });
  } else {
    const text = readText(options, settingsPath, problems);
    if (text !== undefined) {
      problems.push(...placeholderProblems(settingsFile, text, 1, options.placeholders ?? 'error'));
      const source = parseYaml(text);
      const syntax = yamlSyntaxProblems(settingsFile, source);
      problems.push(...syntax);
      if (syntax.length === 0) {
        const data = yamlData(source) as Record<string, unknown> | null;
        const result = trustSchema.safeParse(data ?? {});
        if (result.success) settings = result.data;
        problems.push(...schemaProblems(settingsFile, source, result, (fieldPath) => keysAt(trustSchema, fieldPath)));
        if (data && typeof data.slug === 'string' && data.slug !== slug) {
          problems.push({
            file: settingsFile,
            line: lineOfPath(source, ['slug']),
            field: 'slug',
            rule: 'slug-mismatch',
            severity: 'error',
            message: `slug is "${data.slug}" but the folder is called "${slug}". Make them the same, for example slug: ${slug}`,
          });
        }
        const logo = (data?.logo as { file?: unknown } | undefined)?.file;
        if (result.success && typeof logo === 'string' && !existsSync(path.join(trustDir, logo))) {
          problems.push({
            file: settingsFile,
            line: lineOfPath(source, ['logo', 'file']),
            field: 'logo.file',
            rule: 'missing-file',
            severity: 'error',
            message: `The file "${logo}" does not exist. Put the logo in content/${slug}/files/ or correct the name, for example file: files/logo.svg`,
          });
        }
      }
    }
  }

  const pages = listPageFiles(trustDir).map((relative) =>
    readPage(options, trustDir, path.join(trustDir, relative), problems, settings, documentFiles),
  );
  checkAddresses(pages, slug, problems);
  checkDocumentPages(pages, problems);
  checkTwins(pages, slug, problems, settings);
  checkLinks(trustDir, pages, problems);
  problems.push(...checkTrustFiles(trustDir, (absolute) => display(options, absolute)));
  return problems;
}

function readPage(
  options: CheckOptions,
  trustDir: string,
  absolute: string,
  problems: Problem[],
  settings: TrustSettings | undefined,
  documentFiles: DocumentFileRef[],
): PageFile {
  const file = display(options, absolute);
  const relativePath = path
    .relative(trustDir, absolute)
    .split(path.sep)
    .join('/')
    .replace(/\.(md|mdx)$/, '');
  const isEasyRead = isTwinPath(relativePath);
  const standardPath = isEasyRead ? standardPathOfTwin(relativePath) : relativePath;
  const pagePath = isEasyRead ? twinPagePath(standardPath) : pagePathOf(standardPath);
  const page: PageFile = { file, relativePath, standardPath, pagePath, isEasyRead, isMdx: absolute.endsWith('.mdx') };
  const text = readText(options, absolute, problems);
  if (text === undefined) return page;
  problems.push(...placeholderProblems(file, text, 1, options.placeholders ?? 'error'));

  const split = splitFrontMatter(text);
  if (split.unclosed) {
    problems.push({
      file,
      line: 1,
      rule: 'front-matter-unclosed',
      severity: 'error',
      message:
        'The settings at the top of this file start with "---" but never end. Add a line with just --- after the last setting (for example after the description line).',
    });
    return page;
  }
  if (!split.frontMatter) {
    problems.push({
      file,
      line: 1,
      rule: 'front-matter-missing',
      severity: 'error',
      message:
        'This page has no settings at the top. Start the file with a line "---", then lines such as "type: page", "title: ..." and "description: ...", then another line "---".',
    });
    return page;
  }
  page.body = { text: split.body, line: split.bodyLine };
  const source = split.frontMatter;
  const syntax = yamlSyntaxProblems(file, source);
  problems.push(...syntax);
  if (syntax.length > 0) return page;

  const data = (yamlData(source) ?? {}) as Record<string, unknown>;
  page.data = data;
  if (isEasyRead) {
    problems.push(...schemaProblems(file, source, easyReadSchema.safeParse(data), (fieldPath) => keysAt(easyReadSchema, fieldPath)));
    problems.push(
      ...lintEasyRead(split.body, {
        file,
        bodyLine: split.bodyLine,
        allowedAcronyms: settings?.easyRead.allowedAcronyms ?? [],
        severities: settings?.easyRead.rules ?? {},
      }),
    );
  } else if (typeof data.type !== 'string' || !(pageTypes as string[]).includes(data.type)) {
    const message =
      data.type === undefined
        ? `This page has no type. Add a line such as "type: page". The types are: ${pageTypes.join(', ')}.`
        : `"${String(data.type)}" is not a page type. Did you mean "${closest(String(data.type), pageTypes)}"? The types are: ${pageTypes.join(', ')}.`;
    problems.push({ file, line: lineOfPath(source, ['type']), field: 'type', rule: 'unknown-type', severity: 'error', message });
  } else {
    const schema = pageSchemas[data.type as keyof typeof pageSchemas];
    const result = pageSchema.safeParse(data);
    problems.push(...schemaProblems(file, source, result, (fieldPath) => keysAt(schema, fieldPath)));
    if (result.success) {
      for (const stale of staleDates(result.data, options.today ?? buildDate())) {
        problems.push({
          file,
          line: lineOfPath(source, stale.path),
          field: stale.path.join('.'),
          rule: 'date-passed',
          severity: 'warning',
          message: stale.message,
        });
      }
    }
    if (result.success && result.data.type === 'documents') {
      result.data.documents.forEach((document, index) => {
        const line = lineOfPath(source, ['documents', index, 'file']);
        const field = `documents.${index}.file`;
        if (document.file && !existsSync(path.join(trustDir, document.file))) {
          problems.push({
            file,
            line,
            field,
            rule: 'missing-file',
            severity: 'error',
            message: `The file "${document.file}" does not exist. Put it in ${display(options, path.join(trustDir, 'files'))}/ or correct the name.`,
          });
        } else if (document.file) {
          documentFiles.push({ file, line, field, name: document.file, absolute: path.join(trustDir, document.file) });
        }
        if (document.page) {
          (page.documentPages ??= []).push({
            page: document.page,
            line: lineOfPath(source, ['documents', index, 'page']),
            field: `documents.${index}.page`,
          });
        }
      });
    }
  }

  const firstSegment = standardPath.split('/')[0] ?? '';
  if (!isEasyRead && reservedPagePaths.includes(firstSegment)) {
    problems.push({
      file,
      rule: 'reserved-name',
      severity: 'error',
      message: `The name "${firstSegment}" is used by a page the site makes itself. Rename the file, for example to "our-${firstSegment}.md".`,
    });
  }
  problems.push(...checkBody({ file, body: split.body, bodyLine: split.bodyLine, isMdx: page.isMdx, pagePath }));
  return page;
}

function checkAddresses(pages: PageFile[], slug: string, problems: Problem[]): void {
  const byAddress = new Map<string, PageFile[]>();
  for (const page of pages) byAddress.set(page.pagePath, [...(byAddress.get(page.pagePath) ?? []), page]);
  for (const [address, same] of byAddress) {
    if (same.length < 2) continue;
    for (const page of same) {
      const others = same.filter((other) => other !== page).map((other) => other.file);
      problems.push({
        file: page.file,
        rule: 'duplicate-address',
        severity: 'error',
        message: `This page and ${others.join(' and ')} would both be published at ${address || 'the home page'} (in content/${slug}/). Rename or delete one of them.`,
      });
    }
  }
}

/** A document's "Read it on this site" page must be a standard page of the same trust. */
function checkDocumentPages(pages: PageFile[], problems: Problem[]): void {
  const standard = pages.filter((page) => !page.isEasyRead && page.standardPath !== 'index').map((page) => page.standardPath);
  for (const page of pages) {
    for (const reference of page.documentPages ?? []) {
      if (standard.includes(reference.page)) continue;
      const suggestion = standard.length
        ? ` Did you mean "${closest(reference.page, standard)}"? The pages are: ${standard.join(', ')}.`
        : '';
      problems.push({
        file: page.file,
        line: reference.line,
        field: reference.field,
        rule: 'unknown-page',
        severity: 'error',
        message: `There is no page called "${reference.page}" on this site.${suggestion}`,
      });
    }
  }
}

function checkTwins(pages: PageFile[], slug: string, problems: Problem[], settings: TrustSettings | undefined): void {
  const twins = new Set(pages.filter((page) => page.isEasyRead).map((page) => page.standardPath));
  for (const page of pages.filter((candidate) => !candidate.isEasyRead)) {
    if (twins.has(page.standardPath)) continue;
    problems.push({
      file: page.file,
      rule: 'missing-twin',
      severity: settings?.easyRead.required ? 'error' : 'warning',
      message: `This page has no easy read version. Write one as content/${slug}/easy-read/${page.relativePath}.md (copy another easy read page to start).`,
    });
  }
  const standard = new Set([...pages.filter((page) => !page.isEasyRead).map((page) => page.standardPath), 'index', ...generatedPages]);
  for (const twin of pages.filter((page) => page.isEasyRead)) {
    const { standardPath } = twin;
    if (!standard.has(standardPath)) {
      problems.push({
        file: twin.file,
        rule: 'twin-without-page',
        severity: 'error',
        message: `This easy read page has no standard page to pair with. Create content/${slug}/${standardPath}.md, or rename this file to match an existing page (the names must be the same).`,
      });
    }
  }
}

function checkPicture(
  trustDir: string,
  page: PageFile,
  link: Link,
  where: Pick<Problem, 'file' | 'line' | 'column' | 'severity'>,
  problems: Problem[],
): void {
  const pageFile = path.join(trustDir, `${page.relativePath}${page.isMdx ? '.mdx' : '.md'}`);
  const inFiles = trustFilePath(path.dirname(trustDir), pageFile, link.target);
  const slug = path.basename(trustDir);
  const fromPage = (inside: string) => path.posix.relative(path.posix.dirname(page.relativePath), `files/${inside}`);
  if (
    inFiles !== undefined &&
    existsSync(path.join(trustDir, 'files', inFiles)) &&
    statSync(path.join(trustDir, 'files', inFiles)).isFile()
  )
    return;
  // Suggest the same file name found anywhere in files/, written from this page.
  const name = path.posix.basename(safeDecodeUri(link.target) ?? link.target);
  const found = listPublishedFiles(trustDir).find((candidate) => path.posix.basename(candidate) === name);
  const suggestion = found ? ` Write it as "${fromPage(found)}": picture paths start from this page's own file.` : '';
  if (inFiles === undefined) {
    problems.push({
      ...where,
      rule: 'picture-path',
      message: `The picture "${link.target}" is not in content/${slug}/files/. Pictures must be in the trust's files folder, written as a path from this page's file (from ${page.relativePath.includes('/') ? 'an easy read page, "../files/pictures/…"' : 'a page in the trust folder, "files/pictures/…"'}).${suggestion || ' Put the picture in the files folder and correct the path.'}`,
    });
    return;
  }
  problems.push({
    ...where,
    rule: 'missing-file',
    message: `The picture "${link.target}" does not exist in content/${slug}/files/.${suggestion || ' Add the file or correct the name.'}`,
  });
}

function checkLinks(trustDir: string, pages: PageFile[], problems: Problem[]): void {
  const known = new Set([...generatedPagePaths, ...pages.map((page) => page.pagePath)]);
  for (const page of pages) {
    if (!page.body) continue;
    for (const link of internalLinks({
      file: page.file,
      body: page.body.text,
      bodyLine: page.body.line,
      isMdx: page.isMdx,
      pagePath: page.pagePath,
    })) {
      const where = { file: page.file, line: link.line, column: link.column, severity: 'error' as const };
      if (link.target.startsWith('/')) {
        const intended = link.target.replace(/^\/+/, '');
        problems.push({
          ...where,
          rule: 'absolute-link',
          message: `The link "${link.target}" starts with "/", which breaks when the site is published in a folder. Write it relative to this page: "${relativeLink(page.pagePath, intended)}".`,
        });
        continue;
      }
      // Pictures are file paths from the page's own file, resolved by the same function the build's
      // Markdown plugin uses, so a path the check accepts is a path the build can publish.
      if (link.isImage) {
        checkPicture(trustDir, page, link, where, problems);
        continue;
      }
      const resolved = resolveLink(page.pagePath, link.target);
      if (resolved === undefined) continue;
      if (resolved.startsWith('files/')) {
        if (!isFileInTrust(trustDir, resolved)) {
          problems.push({
            ...where,
            rule: 'missing-file',
            message: `The link "${link.target}" points to a file that does not exist in content/${path.basename(trustDir)}/files/. Add the file or correct the name.`,
          });
        }
        continue;
      }
      const asPage = resolved.endsWith('/') || resolved === '' ? resolved : `${resolved}/`;
      if (!known.has(asPage)) {
        const suggestion = closest(asPage, [...known].filter(Boolean));
        problems.push({
          ...where,
          rule: 'broken-link',
          message: `The link "${link.target}" leads to a page that does not exist. Did you mean "${relativeLink(page.pagePath, suggestion)}" (${suggestion})?`,
        });
      }
    }
  }
}
