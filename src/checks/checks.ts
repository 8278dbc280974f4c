/**
 * The checks the rules of the registry (./registry.ts) name: each is one pass over one scope
 * (the content folder, a trust's settings, a page, an easy read page, a trust's pages together,
 * its files, the whole fleet, the document files) and may find several rules at once, because
 * one reading of a file finds all that is wrong with it. The runner (./runner.ts) walks the
 * scopes in the order below and, within a scope, runs the checks in the order of this table:
 * a check may use what an earlier one kept (the validated settings, a page's data and tree).
 */
import path from 'node:path';
import type { ContentModel, TrustSource } from '../reader/read-content.ts';
import type { TrustSettings } from '../schemas/trust.ts';
import { generatedPageList, type SiteFacts } from '../routes/generated-pages.ts';
import { checkDocumentFiles, type DocumentFileRef } from './document-files.ts';
import { fleetAddressProblems } from './fleet-addresses.ts';
import { checkLetterCase } from './letter-case.ts';
import { checkLinks, generatedPathsInEveryLanguage } from './link-rules.ts';
import {
  documentList,
  easyReadPage,
  pageBody,
  pagePlaceholders,
  pageSettings,
  pageStaleDates,
  pageReviewOverdue,
  reservedName,
  type CheckedPage,
} from './page-rules.ts';
import type { PlaceholderSeverity } from './placeholders.ts';
import type { Problem } from '../problems/problem.ts';
import {
  judgeLanguageSettings,
  judgeSettings,
  languageFolderClashes,
  languageWithoutWords,
  missingLogo,
  settingsPlaceholders,
  slugMismatch,
  translationProblems,
} from './settings-rules.ts';
import { checkAddresses, checkDocumentPages, checkProgressGoals, checkRedirects, checkTwins } from './site-rules.ts';
import { siteFacts } from './site-facts.ts';
import { checkTrustFiles } from './trust-files.ts';

/** Which files a check (and so each of its rules) looks at, in the order the runner visits them. */
export const scopes = [
  'content folder',
  'trust.yaml',
  'page',
  'easy read page',
  'pages together',
  'files',
  'all trusts',
  'document files',
  'build',
] as const;
export type Scope = (typeof scopes)[number];

export interface RunOptions {
  /** Scaffold guidance left in: an error for the check and the build, a warning in the live preview. */
  placeholders: PlaceholderSeverity;
  /** "Today", for dates that have passed. */
  today: Date;
}

/** One run over the content: what every check may read, and the document files gathered for the last check. */
export interface ContentRun {
  model: ContentModel;
  options: RunOptions;
  documentFiles: DocumentFileRef[];
  /** A path as problems name it, from the repository root. */
  display: (absolute: string) => string;
}

/** One trust within a run; the settings and pages are filled in by the checks that judge them. */
export interface TrustRun {
  run: ContentRun;
  trust: TrustSource;
  settings: TrustSettings | undefined;
  pages: CheckedPage[];
  /** Which generated pages the trust's site has, worked out once the pages are judged. */
  facts?: SiteFacts;
}

type Checks = {
  'content folder': (run: ContentRun) => Problem[];
  'trust.yaml': (trust: TrustRun) => Problem[];
  page: (page: CheckedPage, trust: TrustRun) => Problem[];
  'easy read page': (page: CheckedPage, trust: TrustRun) => Problem[];
  'pages together': (trust: TrustRun) => Problem[];
  files: (trust: TrustRun) => Problem[];
  'all trusts': (run: ContentRun) => Problem[];
  'document files': (run: ContentRun) => Promise<Problem[]>;
  build: undefined;
};

/** A check: its scope and the function the runner calls for each file (or group of files) of that scope. */
export type Check = { [S in Scope]: { scope: S; run: Checks[S] } }[Scope];

const check = <S extends Scope>(scope: S, run: Checks[S]) => ({ scope, run }) as Extract<Check, { scope: S }>;

export const checks = {
  /** What the reader could not read: missing settings, encodings, front matter, stray files (src/reader/read-content.ts). */
  reading: check('content folder', (run) => run.model.problems),
  'settings-placeholders': check('trust.yaml', (trust) => settingsPlaceholders(trust.trust, trust.run.options.placeholders)),
  settings: check('trust.yaml', (trust) => {
    const judged = judgeSettings(trust.trust);
    // Settings in a language with no words are not used: the pages would be in English.
    const language = languageWithoutWords(trust.trust, judged.settings);
    trust.settings = language.length === 0 ? judged.settings : undefined;
    return [...judged.problems, ...language];
  }),
  slug: check('trust.yaml', (trust) => slugMismatch(trust.trust)),
  languages: check('trust.yaml', (trust) => [...languageFolderClashes(trust.trust, trust.settings), ...judgeLanguageSettings(trust.trust)]),
  logo: check('trust.yaml', (trust) => missingLogo(trust.trust, trust.settings)),
  'page-placeholders': check('page', (page, trust) => pagePlaceholders(page, trust.run.options.placeholders)),
  'page-settings': check('page', (page) => pageSettings(page)),
  'stale-dates': check('page', (page, trust) => pageStaleDates(page, trust.run.options.today)),
  'review-dates': check('page', (page, trust) => pageReviewOverdue(page, trust.run.options.today)),
  documents: check('page', (page, trust) => documentList(page, trust.trust, trust.settings, trust.run.documentFiles)),
  'page-name': check('page', (page) => reservedName(page)),
  'page-body': check('page', (page) => pageBody(page)),
  'easy-read': check('easy read page', (page, trust) => easyReadPage(page, trust.settings)),
  addresses: check('pages together', (trust) => collect((problems) => checkAddresses(trust.trust, problems))),
  'letter-case': check('pages together', (trust) => collect((problems) => checkLetterCase(trust.trust, problems))),
  'document-pages': check('pages together', (trust) => collect((problems) => checkDocumentPages(trust.trust, trust.pages, problems))),
  'progress-goals': check('pages together', (trust) => collect((problems) => checkProgressGoals(trust.trust, trust.pages, problems))),
  translations: check('pages together', (trust) => translationProblems(trust.trust, trust.settings)),
  twins: check('pages together', (trust) => collect((problems) => checkTwins(trust.trust, trust.settings, problems))),
  links: check('pages together', (trust) => collect((problems) => checkLinks(trust.trust, trust.pages, factsOf(trust), problems))),
  redirects: check('pages together', (trust) => {
    const pages = new Set([
      ...generatedPathsInEveryLanguage(trust.trust, factsOf(trust)),
      ...trust.trust.pages.map((page) => page.pagePath),
    ]);
    const generated = generatedPageList.map((page) => page.path);
    return collect((problems) => checkRedirects(trust.trust, trust.settings, { pages, generated }, problems));
  }),
  'trust-files': check('files', (trust) => checkTrustFiles(trust.trust.dir, trust.run.display)),
  // Each trust's address against every other trust's in the content folder, not only those read.
  'fleet-addresses': check('all trusts', (run) =>
    run.model.trusts.length > 0
      ? fleetAddressProblems(
          run.model.contentDir,
          run.model.trusts.map((trust) => trust.slug),
          run.display,
        )
      : [],
  ),
  'document-files': check('document files', (run) => checkDocumentFiles(run.documentFiles)),
  /** Found only while the site is built (src/publishing/): what no check of the content can see. */
  build: { scope: 'build', run: undefined } as Extract<Check, { scope: 'build' }>,
} satisfies Record<string, Check>;

export type CheckName = keyof typeof checks;

function factsOf(trust: TrustRun): SiteFacts {
  trust.facts ??= siteFacts(trust.trust, trust.pages, trust.settings);
  return trust.facts;
}

/** Runs one of the older checks that add to a list. */
function collect(add: (problems: Problem[]) => void): Problem[] {
  const problems: Problem[] = [];
  add(problems);
  return problems;
}

/** A path from the model's display root, with forward slashes. */
export const displayPath = (model: ContentModel) => (absolute: string) =>
  path.relative(model.displayRoot, absolute).split(path.sep).join('/');
