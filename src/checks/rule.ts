/**
 * What one rule of the content check is: the shape of each entry of the rule registry
 * (./registry.ts). An entry says everything about its rule in one place: how serious it is,
 * which files it looks at, what it means and how to fix it (the editor's guide prints both),
 * which checks find it (./checks.ts), and examples of content it must refuse and content it
 * must let through (tests/checks/rule-examples.test.ts runs every one).
 */
import type { CheckName, Scope } from './checks.ts';
import type { Severity } from '../problems/problem.ts';

/**
 * A file's content in an example: text; raw bytes (for encodings and pictures); text made only
 * when the example runs (for very long files); a shortcut to another file of the same folder;
 * or null to delete the file.
 */
export type ExampleFile = string | Uint8Array | (() => string) | { linkTo: string } | null;

/**
 * A small change to the example trust (./rules/example-trust.ts), as files to write over it,
 * named from the trust's folder ("index.md", "easy-read/index.md", "../other/trust.yaml").
 */
export interface Example {
  files: Record<string, ExampleFile>;
  /** The content folder itself is missing (the one rule about the folder needs this). */
  noContentFolder?: true;
  /** Other rules the same content rightly breaks too (underlining is also HTML no page may use). */
  alongside?: readonly string[];
}

export interface Rule<Id extends string = string> {
  /** The name printed with each problem, for example "broken-link" or "easy-read/acronym". */
  id: Id;
  /** How serious a problem of this rule is unless the message says otherwise (see `severityVaries`). */
  severity: Severity;
  /** When the severity can change, what changes it (a trust setting, the live preview). */
  severityVaries?: string;
  /** Which files the rule looks at; the scope of its first check. */
  scope: Scope;
  /** What a problem of this rule means, in plain English, for the editor's guide. */
  means: string;
  /** How to put it right, for the editor's guide (each message also says it for its own case). */
  fix: string;
  /**
   * The checks that find it (./checks.ts): one check can find several rules in one pass over a
   * file, and a few rules are found by more than one check (a missing file, named by trust.yaml,
   * a documents page or a link).
   */
  checks: readonly CheckName[];
  /** Content that must produce exactly this rule's problem (fail), and near misses that must produce none (pass). */
  examples: { fail: Example[]; pass: Example[] };
}

/** Declares one rule, keeping its id as a literal type so problems can only name rules that exist. */
export const rule = <const Id extends string>(entry: Rule<Id>): Rule<Id> => entry;
