/**
 * Names that differ only in capital letters. Windows and macOS file systems, and hosts such as
 * Azure Static Web Apps and S3 behind CloudFront rewrites, treat "goals" and "Goals" as one
 * name, so two pages (goals.md and Goals.md) or two files (files/Logo.svg and files/logo.svg)
 * would both publish and one would silently replace the other. Both are refused, naming both.
 */
import type { Problem } from '../problems/problem.ts';
import type { TrustSource } from '../reader/read-content.ts';
import { ruleOf } from './rule-of.ts';

/** Groups of names that are the same but for letter case (and not the same name). */
function clashes<T>(items: T[], name: (item: T) => string): T[][] {
  const byFolded = new Map<string, T[]>();
  for (const item of items) {
    const folded = name(item).toLowerCase();
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), item]);
  }
  return [...byFolded.values()].filter((group) => new Set(group.map(name)).size > 1);
}

export function checkLetterCase(trust: TrustSource, problems: Problem[]): void {
  for (const group of clashes(trust.pages, (page) => page.pagePath)) {
    for (const page of group) {
      const others = group.filter((other) => other.pagePath !== page.pagePath).map((other) => other.file);
      problems.push({
        file: page.file,
        ...ruleOf('letter-case-clash'),
        message: `This page and ${others.join(' and ')} have the same name except for capital letters. Many computers and web hosts treat them as one name, so one page would replace the other. Rename one of them, or delete one, using small letters only.`,
      });
    }
  }
  for (const group of clashes(trust.publishedFiles, (file) => file)) {
    for (const file of group) {
      const others = group.filter((other) => other !== file).map((other) => `${trust.folder}/files/${other}`);
      problems.push({
        file: `${trust.folder}/files/${file}`,
        ...ruleOf('letter-case-clash'),
        message: `This file and ${others.join(' and ')} have the same name except for capital letters. Many computers and web hosts treat them as one name, so one file would replace the other. Rename one of them, or delete one, using small letters only.`,
      });
    }
  }
}
