/**
 * The rule registry: every problem the content check (and the build) can report, one entry a
 * rule (./rule.ts), in the order the editor's guide lists them. The runner (./runner.ts) runs
 * the checks these entries name; the editor's guide prints their meanings and fixes;
 * tests/checks/rule-examples.test.ts runs each entry's examples. To add a rule, see
 * docs/contributing.md ("Adding a content rule").
 */
import { bodyRules } from './rules/body.ts';
import { buildRules } from './rules/build.ts';
import { easyReadRules } from './rules/easy-read.ts';
import { fileRules } from './rules/files.ts';
import { fleetRules } from './rules/fleet.ts';
import { pageRules } from './rules/pages.ts';
import { readingRules } from './rules/reading.ts';
import { settingsRules } from './rules/settings.ts';

export const registry = [
  ...readingRules,
  ...settingsRules,
  ...pageRules,
  ...bodyRules,
  ...fileRules,
  ...fleetRules,
  ...buildRules,
  ...easyReadRules,
] as const;

/** The typed name of every rule; a problem can only name one of these. */
export type RuleId = (typeof registry)[number]['id'];
