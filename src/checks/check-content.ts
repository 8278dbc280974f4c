/**
 * The content check: everything the build would refuse, judged on the one source model
 * (src/reader/read-content.ts) without building, all problems at once in plain English with
 * file, line and field. The build's content loader (src/integrations/content-loader.ts) runs this
 * same function on the same model before Astro renders anything, so `npm run check` passes
 * exactly when the build would publish.
 *
 * Every rule is one entry of the rule registry (./registry.ts), found by a check (./checks.ts)
 * that the one runner (./runner.ts) runs over the model.
 */
import { readContent, type ContentModel, type ReadOptions } from '../reader/read-content.ts';
import { buildDate } from '../site/build-date.ts';
import type { PlaceholderSeverity } from './placeholders.ts';
import type { Problem } from '../problems/problem.ts';
import { runRules } from './runner.ts';

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

/** Every problem with content already read: what could not be read, then what is wrong with what was (./runner.ts). */
export async function checkModel(model: ContentModel, options: Omit<CheckOptions, keyof ReadOptions> = {}): Promise<Problem[]> {
  return runRules(model, { placeholders: options.placeholders ?? 'error', today: options.today ?? buildDate() });
}
