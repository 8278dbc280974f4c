/**
 * A problem's rule and its severity, from the rule's entry in the registry (./registry.ts), so a
 * check says which rule it found and the registry alone says how serious that is:
 * `problems.push({ file, line, ...ruleOf('broken-link'), message })`. A check whose rule's severity
 * varies (a trust setting, the live preview) sets the severity after it.
 */
import { registry, type RuleId } from './registry.ts';
import type { Severity } from '../problems/problem.ts';

const severities = new Map<string, Severity>(registry.map((entry) => [entry.id, entry.severity]));

export function ruleOf<Id extends RuleId>(id: Id): { rule: Id; severity: Severity } {
  return { rule: id, severity: severities.get(id)! };
}
