/**
 * Every link and picture of every page, from the parsed tree (src/reader/markdown-references.ts:
 * inline, reference-style, autolinks and raw HTML `<a href>`), resolved the way readers' browsers
 * and the build will: a link to a page of this site must lead to one (a page written in the
 * content or one the product generates, src/routes/generated-pages.ts), a link into files/ to a
 * file that is there, and a picture path to a picture in the trust's files folder.
 */
import path from 'node:path';
import { closest } from 'fastest-levenshtein';
import { safeDecodeUri, trustFilePath } from '../markdown/picture-paths.ts';
import { referencesIn, type Reference } from '../reader/markdown-references.ts';
import type { TrustSource } from '../reader/read-content.ts';
import { linkableGeneratedPaths, type SiteFacts, isSharedPath } from '../routes/generated-pages.ts';
import { relativeLink, resolveLink } from './body-rules.ts';
import type { CheckedPage } from './page-rules.ts';
import type { Problem } from '../problems/problem.ts';
import { ruleOf } from './rule-of.ts';
import { languagePrefix } from '../addresses/languages.ts';

/** Addresses with a scheme (https:, mailto:, tel:) or only a fragment leave the site or stay on the page. */
const OUTSIDE_OR_SAME_PAGE = /^([a-z][a-z0-9+.-]*:|#)/i;

/** The pages the site makes itself, in every language, under each language's prefix: "contact/", "cy/contact/" ("en/contact/" under the Welsh standards). */
export function generatedPathsInEveryLanguage(trust: TrustSource, facts: SiteFacts): string[] {
  const prefixes = [trust.mainPrefix, ...trust.languageFolders.map((language) => languagePrefix(language.folder))];
  const linkable = linkableGeneratedPaths(facts);
  // Files (events.ics, files/...) stay at the trust's root whatever the language; under the standards the root is the choice of language.
  const root = trust.mainPrefix === '' ? [] : [''];
  return [
    ...new Set([...root, ...linkable.flatMap((known) => (isSharedPath(known) ? [known] : prefixes.map((prefix) => prefix + known)))]),
  ];
}

export function checkLinks(trust: TrustSource, checked: CheckedPage[], facts: SiteFacts, problems: Problem[]): void {
  // Every language has the generated pages, under its own folder.
  const generated = generatedPathsInEveryLanguage(trust, facts);
  // A partial language shows the main language's pages it has not translated at its own addresses, so a translation may link to them.
  const mainPages = trust.pages.filter((page) => page.languageFolder === '').map((page) => page.pagePath.slice(trust.mainPrefix.length));
  const others = trust.languageFolders.map((language) => languagePrefix(language.folder));
  const shown = others.flatMap((prefix) => mainPages.map((pagePath) => prefix + pagePath));
  const known = new Set([...generated, ...shown, ...trust.pages.map((page) => page.pagePath)]);
  const files = new Set(trust.publishedFiles);
  for (const { page, tree } of checked) {
    if (!tree) continue;
    for (const reference of referencesIn(tree)) {
      if (OUTSIDE_OR_SAME_PAGE.test(reference.target) || reference.target.startsWith('//')) continue;
      const where = {
        file: page.file,
        line: reference.line === undefined ? undefined : reference.line + page.bodyLine - 1,
        column: reference.column,
      };
      if (reference.target.startsWith('/')) {
        const intended = reference.target.replace(/^\/+/, '');
        problems.push({
          ...where,
          ...ruleOf('absolute-link'),
          message: `The link "${reference.target}" starts with "/", which breaks when the site is published in a folder. Write it relative to this page: "${relativeLink(page.pagePath, intended)}".`,
        });
        continue;
      }
      // Pictures are file paths from the page's own file, resolved by the same function the build's
      // Markdown plugin uses, so a path the check accepts is a path the build can publish.
      if (reference.isImage) {
        checkPicture(trust, page, reference, where, problems);
        continue;
      }
      const resolved = resolveLink(page.pagePath, reference.target);
      if (resolved === undefined) continue;
      if (resolved === 'outside') {
        problems.push({
          ...where,
          ...ruleOf('broken-link'),
          message: `The link "${reference.target}" climbs above this site's home page, so it would lead away from the site. Links start from this page: the home page is "${relativeLink(page.pagePath, '')}" from here.`,
        });
        continue;
      }
      if (resolved.startsWith('files/')) {
        const inFiles = safeDecodeUri(resolved.slice('files/'.length));
        if (inFiles === undefined || !files.has(inFiles)) {
          problems.push({
            ...where,
            ...ruleOf('missing-file'),
            message: `The link "${reference.target}" points to a file that does not exist in ${trust.folder}/files/. Add the file or correct the name.`,
          });
        }
        continue;
      }
      const asPage = resolved.endsWith('/') || resolved === '' || known.has(resolved) ? resolved : `${resolved}/`;
      if (!known.has(asPage)) {
        const suggestion = closest(asPage, [...known].filter(Boolean));
        problems.push({
          ...where,
          ...ruleOf('broken-link'),
          message: `The link "${reference.target}" leads to a page that does not exist. Did you mean "${relativeLink(page.pagePath, suggestion)}" (${suggestion})?`,
        });
      }
    }
  }
}

function checkPicture(
  trust: TrustSource,
  page: CheckedPage['page'],
  reference: Reference,
  where: Pick<Problem, 'file' | 'line' | 'column'>,
  problems: Problem[],
): void {
  const inFiles = trustFilePath(path.dirname(trust.dir), page.absolute, reference.target);
  if (inFiles !== undefined && trust.publishedFiles.includes(inFiles)) return;
  const fromPage = (inside: string) => path.posix.relative(path.posix.dirname(page.relativePath), `files/${inside}`);
  // Suggest the same file name found anywhere in files/, written from this page.
  const name = path.posix.basename(safeDecodeUri(reference.target) ?? reference.target);
  const found = trust.publishedFiles.find((candidate) => path.posix.basename(candidate) === name);
  const suggestion = found ? ` Write it as "${fromPage(found)}": picture paths start from this page's own file.` : '';
  if (inFiles === undefined) {
    problems.push({
      ...where,
      ...ruleOf('picture-path'),
      message: `The picture "${reference.target}" is not in ${trust.folder}/files/. Pictures must be in the trust's files folder, written as a path from this page's file (from ${page.relativePath.includes('/') ? 'an easy read page, "../files/pictures/…"' : 'a page in the trust folder, "files/pictures/…"'}).${suggestion || ' Put the picture in the files folder and correct the path.'}`,
    });
    return;
  }
  problems.push({
    ...where,
    ...ruleOf('missing-file'),
    message: `The picture "${reference.target}" does not exist in ${trust.folder}/files/.${suggestion || ' Add the file or correct the name.'}`,
  });
}
