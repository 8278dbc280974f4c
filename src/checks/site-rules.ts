/**
 * Rules over a trust's pages together: two files published at one address, a document's
 * "read it on this site" page, and easy read twins without a standard page (or the reverse).
 */
import { closest } from 'fastest-levenshtein';
import type { TrustSettings } from '../schemas/trust.ts';
import type { PageSource, TrustSource, UnreadPage } from '../reader/read-content.ts';
import { twinnableGeneratedPages } from '../routes/generated-pages.ts';
import { languagePrefix } from '../addresses/languages.ts';
import { lineOfPath } from '../reader/source-text.ts';
import type { CheckedPage } from './page-rules.ts';
import type { Problem } from '../problems/problem.ts';
import { ruleOf } from './rule-of.ts';
import { goalNames } from '../site/goal-names.ts';

type AnyPage = PageSource | UnreadPage;

export function checkAddresses(trust: TrustSource, problems: Problem[]): void {
  const byAddress = new Map<string, AnyPage[]>();
  for (const page of trust.pages) byAddress.set(page.pagePath, [...(byAddress.get(page.pagePath) ?? []), page]);
  for (const [address, same] of byAddress) {
    if (same.length < 2) continue;
    for (const page of same) {
      const others = same.filter((other) => other !== page).map((other) => other.file);
      problems.push({
        file: page.file,
        ...ruleOf('duplicate-address'),
        message: `This page and ${others.join(' and ')} would both be published at ${address || 'the home page'} (in ${trust.folder}/). Rename or delete one of them.`,
      });
    }
  }
}

/** A document's "Read it on this site" page must be a standard page of the same trust. */
export function checkDocumentPages(trust: TrustSource, checked: CheckedPage[], problems: Problem[]): void {
  const standard = trust.pages.filter((page) => !page.isEasyRead && page.standardPath !== 'index').map((page) => page.standardPath);
  for (const { page, documentPages } of checked) {
    for (const reference of documentPages) {
      if (standard.includes(reference.page)) continue;
      const suggestion = standard.length
        ? ` Did you mean "${closest(reference.page, standard)}"? The pages are: ${standard.join(', ')}.`
        : '';
      problems.push({
        file: page.file,
        line: reference.line,
        field: reference.field,
        ...ruleOf('unknown-page'),
        message: `There is no page called "${reference.page}" on this site.${suggestion}`,
      });
    }
  }
}

/**
 * Each goal a progress report names must be one of the trust's goals, as its goals (or focus
 * areas, priorities or themes) page names them, in the report's own language: a report about a
 * goal readers cannot find would be a promise nobody made.
 */
export function checkProgressGoals(trust: TrustSource, checked: CheckedPage[], problems: Problem[]): void {
  for (const { page, data } of checked) {
    if (page.isEasyRead || data?.type !== 'progress-report') continue;
    const sameLanguage = checked.filter((other) => !other.page.isEasyRead && other.page.languageFolder === page.languageFolder);
    const { type, names } = goalNames(sameLanguage.flatMap((other) => (other.data ? [other.data] : [])));
    const goalPages = sameLanguage.filter((other) => other.data?.type === type).map((other) => `${other.page.languagePath}.md`);
    data.goals.forEach((progress, index) => {
      if (names.includes(progress.goal)) return;
      const known = names.map((name) => `"${name}"`).join(', ');
      const message = names.length
        ? `"${progress.goal}" is not one of the goals on ${goalPages.join(' or ')}. Did you mean "${closest(progress.goal, names)}"? The goals are: ${known}. Write the goal's name exactly as that page does.`
        : `"${progress.goal}" is not one of the trust's goals: ${trust.folder}/ has no goals, priorities or themes page to name them. Add that page, or remove this goal from the report.`;
      problems.push({
        file: page.file,
        line: lineOfPath(page.yaml, ['goals', index, 'goal']),
        field: `goals.${index}.goal`,
        ...ruleOf('unknown-goal'),
        message,
      });
    });
  }
}

export function checkTwins(trust: TrustSource, settings: TrustSettings | undefined, problems: Problem[]): void {
  const { pages, slug } = trust;
  const twins = new Set(pages.filter((page) => page.isEasyRead).map((page) => page.standardPath));
  for (const page of pages.filter((candidate) => !candidate.isEasyRead)) {
    if (twins.has(page.standardPath)) continue;
    problems.push({
      file: page.file,
      ...ruleOf('missing-twin'),
      // A warning unless the trust makes easy read versions required.
      severity: settings?.easyRead.required ? 'error' : 'warning',
      message: `This page has no easy read version. Write one as content/${slug}/${languagePrefix(page.languageFolder)}easy-read/${page.languagePath}.md (copy another easy read page to start).`,
    });
  }
  const standard = new Set([
    ...pages.filter((page) => !page.isEasyRead).map((page) => page.standardPath),
    // Every language has its home page and generated pages to pair with.
    ...['', ...trust.languageFolders.map((language) => language.folder)].flatMap((folder) =>
      ['index', ...twinnableGeneratedPages].map((name) => (folder === '' ? name : `${folder}/${name}`)),
    ),
  ]);
  for (const twin of pages.filter((page) => page.isEasyRead)) {
    if (standard.has(twin.standardPath)) continue;
    problems.push({
      file: twin.file,
      ...ruleOf('twin-without-page'),
      message: `This easy read page has no standard page to pair with. Create content/${slug}/${twin.standardPath}.md, or rename this file to match an existing page (the names must be the same).`,
    });
  }
}

/**
 * Old addresses (trust.yaml `redirects`) must not hide a page or file the site still has, and
 * one that leads inside the site must lead to a page or file it has: the same judgement the
 * publishing step makes (src/publishing/host-redirects.ts), made before anything is built.
 */
export function checkRedirects(
  trust: TrustSource,
  settings: TrustSettings | undefined,
  sitePaths: { pages: Set<string>; generated: string[] },
  problems: Problem[],
): void {
  const source = trust.settings;
  if (!settings || !source) return;
  const files = new Set(trust.publishedFiles.map((file) => `files/${file}`));
  const isPage = (address: string) => sitePaths.pages.has(address) || sitePaths.pages.has(`${address.replace(/\/$/, '')}/`);
  // Letter case aside: on a case-blind host the page left at "Goals/" would replace goals/.
  const folded = (names: Iterable<string>) => new Set([...names].map((name) => name.toLowerCase().replace(/\/$/, '')));
  const pagesAndFiles = folded([...sitePaths.pages, ...files, ...sitePaths.generated.filter((generated) => generated !== '')]);
  const hides = (address: string) =>
    isPage(address) ||
    files.has(address) ||
    pagesAndFiles.has(address.toLowerCase().replace(/\/$/, '')) ||
    /^(files|pagefind|_assets)(\/|$)/i.test(address) ||
    sitePaths.generated.some((generated) => generated !== '' && (address === generated || `${address}/` === generated));
  settings.redirects.forEach((redirect, index) => {
    if (hides(redirect.from)) {
      problems.push({
        file: source.file,
        line: lineOfPath(source.yaml, ['redirects', index, 'from']),
        field: `redirects.${index}.from`,
        ...ruleOf('redirect-hides-page'),
        message: `redirects from "${redirect.from}": the site still has a page or file at that address, so readers would never reach it. Remove this redirect, or give an address the site no longer uses.`,
      });
    }
    if (!/^https:/.test(redirect.to) && !isPage(redirect.to) && !files.has(redirect.to)) {
      problems.push({
        file: source.file,
        line: lineOfPath(source.yaml, ['redirects', index, 'to']),
        field: `redirects.${index}.to`,
        ...ruleOf('redirect-target'),
        message: `redirects from "${redirect.from}" leads to "${redirect.to}", which is not a page or file of the site. Give the address of a page the site has, for example "goals/".`,
      });
    }
  });
}
