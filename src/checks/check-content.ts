/**
 * The content check: everything the build would refuse, judged on the one source model
 * (src/reader/read-content.ts) without building, all problems at once in plain English with
 * file, line and field. The build's content loader (src/reader/content-loader.ts) runs this
 * same function on the same model before Astro renders anything, so `npm run check` passes
 * exactly when the build would publish.
 *
 * Each concern has its own module: settings (./settings-rules.ts), one page (./page-rules.ts),
 * pages together (./site-rules.ts), links and pictures (./link-rules.ts), files (./trust-files.ts
 * and ./document-files.ts).
 */
import path from 'node:path';
import type { PageType } from '../schemas/pages/index.ts';
import { isReadPage, readContent, type ContentModel, type ReadOptions, type TrustSource } from '../reader/read-content.ts';
import { buildDate } from '../site/build-date.ts';
import { generatedPageList, linkableGeneratedPaths, type SiteFacts } from '../routes/generated-pages.ts';
import { strategyOnAPage, type StrategyOnAPageSource } from '../site/strategy-on-a-page.ts';
import type { TrustSettings } from '../schemas/trust.ts';
import { checkDocumentFiles, type DocumentFileRef } from './document-files.ts';
import { fleetAddressProblems } from './fleet-addresses.ts';
import { checkLetterCase } from './letter-case.ts';
import { checkLinks } from './link-rules.ts';
import { checkPage, type CheckedPage, type PageRuleOptions } from './page-rules.ts';
import type { PlaceholderSeverity } from './placeholders.ts';
import type { Problem } from './problem.ts';
import { checkSettings } from './settings-rules.ts';
import { checkAddresses, checkDocumentPages, checkRedirects, checkTwins } from './site-rules.ts';
import { checkTrustFiles } from './trust-files.ts';

export interface CheckOptions extends ReadOptions {
  /** Scaffold guidance left in ("Replace this…"): an error for the check and the build, a warning in the live preview. */
  placeholders?: PlaceholderSeverity;
  /** "Today", for dates that have passed; the build date by default (src/site/build-date.ts). */
  today?: Date;
}

/** Reads the content once and judges it. Async because each document file is opened (./document-files.ts). */
export async function checkContent(options: CheckOptions): Promise<Problem[]> {
  return checkModel(readContent(options), options);
}

/** Every problem with content already read: what could not be read, then what is wrong with what was. */
export async function checkModel(model: ContentModel, options: Omit<CheckOptions, keyof ReadOptions> = {}): Promise<Problem[]> {
  const problems = [...model.problems];
  const ruleOptions: PageRuleOptions = { placeholders: options.placeholders ?? 'error', today: options.today ?? buildDate() };
  const documentFiles: DocumentFileRef[] = [];
  for (const trust of model.trusts) checkTrust(trust, ruleOptions, documentFiles, model, problems);
  // Each trust's address against every other trust's in the content folder, not only those read.
  if (model.trusts.length > 0)
    problems.push(
      ...fleetAddressProblems(
        model.contentDir,
        model.trusts.map((trust) => trust.slug),
        (absolute) => path.relative(model.displayRoot, absolute).split(path.sep).join('/'),
      ),
    );
  problems.push(...(await checkDocumentFiles(documentFiles)));
  return problems;
}

function checkTrust(
  trust: TrustSource,
  options: PageRuleOptions,
  documentFiles: DocumentFileRef[],
  model: ContentModel,
  problems: Problem[],
): void {
  const settings = checkSettings(trust, options.placeholders, problems);
  const checked = trust.pages.filter(isReadPage).map((page) => checkPage(page, trust, settings, options, documentFiles, problems));
  checkAddresses(trust, problems);
  checkLetterCase(trust, problems);
  checkDocumentPages(trust, checked, problems);
  checkTwins(trust, settings, problems);
  const facts = siteFacts(trust, checked, settings);
  checkLinks(trust, checked, facts, problems);
  const pages = new Set([...linkableGeneratedPaths(facts), ...trust.pages.map((page) => page.pagePath)]);
  checkRedirects(trust, settings, { pages, generated: generatedPageList.map((page) => page.path) }, problems);
  problems.push(...checkTrustFiles(trust.dir, (absolute) => path.relative(model.displayRoot, absolute).split(path.sep).join('/')));
}

/** What decides which generated pages a trust's site has, from its validated content. */
function siteFacts(trust: TrustSource, checked: CheckedPage[], settings: TrustSettings | undefined): SiteFacts {
  const standard = checked.filter((each) => !each.page.isEasyRead && each.page.standardPath !== 'index');
  const pages = standard.flatMap((each) => (each.data ? [each.data] : []));
  // The first page of each type in menu order, as the site model picks it.
  const ordered = standard
    .flatMap((each) => (each.data ? [each.data] : []))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const firstOfType: StrategyOnAPageSource['firstOfType'] = {};
  for (const data of ordered) firstOfType[data.type as PageType] ??= { entry: { data } };
  return {
    pages,
    easyReadPages: trust.pages.filter((page) => page.isEasyRead).length,
    hasStrategyOnAPage: settings ? strategyOnAPage({ settings, firstOfType }) !== undefined : false,
    publishesReadingAge: settings?.plainEnglish.publishReport ?? false,
  };
}
