/**
 * The easy read rules (Department of Health 2010, Mencap, Inclusion Europe), checked on each easy
 * read page by the easy read lint (../easy-read-lint.ts). Each trust can change a rule's severity
 * or turn it off in trust.yaml (easyRead.rules, named without "easy-read/"), and allow acronyms
 * its pages explain (easyRead.allowedAcronyms).
 */
import type { easyReadRuleNames } from '../../schemas/easy-read-rules.ts';
import { easyReadText, files } from './example-trust.ts';
import { rule } from '../rule.ts';

export const easyReadRules = [
  rule({
    id: 'easy-read/sentence-length',
    severity: 'error',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'A sentence has more than 15 words.',
    fix: 'Split it into two sentences, each with one idea.',
    checks: ['easy-read'],
    examples: {
      fail: [easyReadText('We will cut the time people wait to be seen by a doctor in our hospital this year.')],
      pass: [easyReadText('We will cut waiting times for everyone in our town this year.')],
    },
  }),
  rule({
    id: 'easy-read/acronym',
    severity: 'error',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'A word made of capital letters (an acronym) that readers may not know.',
    fix: 'Write the words out in full, or add it to easyRead.allowedAcronyms in trust.yaml if the page explains it.',
    checks: ['easy-read'],
    examples: { fail: [easyReadText('Talk to your GP first.')], pass: [easyReadText('The NHS is here for you.')] },
  }),
  rule({
    id: 'easy-read/all-caps',
    severity: 'error',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'A word written in capital letters, which is hard to read.',
    fix: 'Write it in lower case. Use bold for a hard word.',
    checks: ['easy-read'],
    examples: { fail: [easyReadText('This is IMPORTANT.')], pass: [easyReadText('This is important.')] },
  }),
  rule({
    id: 'easy-read/italics',
    severity: 'error',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'Italic text, which is hard to read.',
    fix: 'Remove the *stars* or _underscores_ around the words.',
    checks: ['easy-read'],
    examples: { fail: [easyReadText('Read *this* now.')], pass: [easyReadText('Read this now.')] },
  }),
  rule({
    id: 'easy-read/underline',
    severity: 'error',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'Underlined text, which looks like a link.',
    fix: 'Remove the <u> tags. Use bold for a hard word.',
    checks: ['easy-read'],
    examples: { fail: [{ ...easyReadText('Read <u>this</u> now.'), alongside: ['unsafe-html'] }], pass: [easyReadText('Read this now.')] },
  }),
  rule({
    id: 'easy-read/bold-unexplained',
    severity: 'error',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'A hard word in bold with no sentence that explains it.',
    fix: 'Add a sentence such as "A strategy is a plan for the future." in the same paragraph.',
    checks: ['easy-read'],
    examples: {
      fail: [easyReadText('Fill in the **survey** today.')],
      pass: [easyReadText('We have a **strategy**. A strategy is a plan for the future.')],
    },
  }),
  rule({
    id: 'easy-read/latin-abbreviation',
    severity: 'error',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'An abbreviation such as "e.g.", "i.e.", "etc." or the word "via".',
    fix: 'Write "for example", "that is", "and more" or "through" instead.',
    checks: ['easy-read'],
    examples: { fail: [easyReadText('Bring things, e.g. your letter.')], pass: [easyReadText('Bring things, for example your letter.')] },
  }),
  rule({
    id: 'easy-read/percentage',
    severity: 'error',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'A percentage, which many readers find hard.',
    fix: 'Write it as "1 in 4" (for 25%) or "half" (for 50%).',
    checks: ['easy-read'],
    examples: { fail: [easyReadText('About 25% of people told us this.')], pass: [easyReadText('1 in 4 people told us this.')] },
  }),
  rule({
    id: 'easy-read/number-word',
    severity: 'warning',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'A number written as a word.',
    fix: 'Write numbers as digits, for example "3" instead of "three".',
    checks: ['easy-read'],
    examples: { fail: [easyReadText('We have three aims.')], pass: [easyReadText('We have 3 aims.')] },
  }),
  rule({
    id: 'easy-read/contraction',
    severity: 'error',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'A short form such as "don\'t" or "we\'re".',
    fix: 'Write it in full: "do not", "we are".',
    checks: ['easy-read'],
    examples: { fail: [easyReadText("We don't want you to wait.")], pass: [easyReadText('We do not want you to wait.')] },
  }),
  rule({
    id: 'easy-read/row-without-picture',
    severity: 'warning',
    severityVaries: 'Each trust can make it an error, a warning or off in trust.yaml (easyRead.rules).',
    scope: 'easy read page',
    means: 'Text that is not beside a picture.',
    fix: 'Start the row with a picture on its own line: ![What it shows](../files/pictures/name.svg).',
    checks: ['easy-read'],
    examples: {
      fail: [files({ 'easy-read/index.md': '---\ntitle: Our plan\ndescription: What we will do.\n---\n\nText with no picture.\n' })],
      pass: [easyReadText('Text beside a picture.')],
    },
  }),
] as const;

/** The name of an easy read rule in trust.yaml: its id without "easy-read/". */
export type EasyReadRule = (typeof easyReadRules)[number]['id'] extends `easy-read/${infer Name}` ? Name : never;

// Every name trust.yaml accepts (../../schemas/easy-read-rules.ts) is a rule here, and no other.
true satisfies [EasyReadRule] extends [(typeof easyReadRuleNames)[number]]
  ? [(typeof easyReadRuleNames)[number]] extends [EasyReadRule]
    ? true
    : false
  : false;

/** An easy read rule's entry by its name in trust.yaml. */
export const easyReadRule = (name: EasyReadRule) => easyReadRules.find((entry) => entry.id === `easy-read/${name}`)!;
