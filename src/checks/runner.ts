/**
 * The one runner of the content check: runs every check the rule registry (./registry.ts) names
 * over the source model, scope by scope (./checks.ts): what the reader could not read, then each
 * trust (its settings, each page, its pages together, its files), then all trusts together,
 * then the document files, which are opened last and in parallel.
 */
import { isReadPage, type ContentModel, type TrustSource } from '../reader/read-content.ts';
import { checks, displayPath, type Check, type CheckName, type ContentRun, type RunOptions, type Scope, type TrustRun } from './checks.ts';
import { pageToCheck } from './page-rules.ts';
import type { Problem } from '../problems/problem.ts';
import { registry } from './registry.ts';

/** The checks some rule names, in the order of the checks table. */
const named = new Set<CheckName>(registry.flatMap((entry) => entry.checks));
const inOrder = (Object.entries(checks) as Array<[CheckName, Check]>).filter(([name]) => named.has(name)).map(([, check]) => check);
const ofScope = <S extends Scope>(scope: S) => inOrder.filter((check): check is Extract<Check, { scope: S }> => check.scope === scope);

const contentChecks = ofScope('content folder');
const settingsChecks = ofScope('trust.yaml');
const pageChecks = inOrder.filter(
  (check): check is Extract<Check, { scope: 'page' | 'easy read page' }> => check.scope === 'page' || check.scope === 'easy read page',
);
const togetherChecks = ofScope('pages together');
const fileChecks = ofScope('files');
const fleetChecks = ofScope('all trusts');
const documentChecks = ofScope('document files');

/** One strategy's settings, pages one by one, pages together and files. */
function judgeStrategy(run: ContentRun, trust: TrustSource): Problem[] {
  const problems: Problem[] = [];
  const trustRun: TrustRun = { run, trust, settings: undefined, pages: trust.pages.filter(isReadPage).map(pageToCheck) };
  for (const check of settingsChecks) problems.push(...check.run(trustRun));
  // Each page is judged whole before the next, so its problems stay together in the order found.
  for (const page of trustRun.pages)
    for (const check of pageChecks) if (check.scope === 'page' || page.page.isEasyRead) problems.push(...check.run(page, trustRun));
  for (const check of [...togetherChecks, ...fileChecks]) problems.push(...check.run(trustRun));
  return problems;
}

export async function runRules(model: ContentModel, options: RunOptions): Promise<Problem[]> {
  const run: ContentRun = { model, options, documentFiles: [], display: displayPath(model) };
  const problems = contentChecks.flatMap((check) => check.run(run));
  for (const trust of model.trusts) {
    problems.push(...judgeStrategy(run, trust));
    // Each previous strategy (previous/<years>/) is published too, so it is judged as a strategy of its own, by the same rules:
    // its problems name its own files. It shares the trust's folder name (its settings' slug) and is not one of the fleet's trusts.
    for (const edition of trust.previous) problems.push(...judgeStrategy(run, { ...edition, previous: [] }));
  }
  for (const check of fleetChecks) problems.push(...check.run(run));
  for (const check of documentChecks) problems.push(...(await check.run(run)));
  return problems;
}
