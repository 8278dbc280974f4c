/**
 * The easy read lint, rule by rule: text that must pass and text that must fail, with the
 * exact line and column reported. Body line 5 stands for a page whose front matter takes
 * lines 1 to 4, so the first line of Markdown is line 5 of the file.
 */
import { describe, expect, it } from 'vitest';
import { lintEasyRead } from '../../src/checks/easy-read-lint.ts';
import { easyReadRule, type EasyReadRule } from '../../src/checks/rules/easy-read.ts';

const picture = '![Two people talking](../files/pictures/talking.svg)\n\n';
const lint = (markdown: string, options: Parameters<typeof lintEasyRead>[1] = { file: 'content/acme/easy-read/goals.md', bodyLine: 5 }) =>
  lintEasyRead(markdown, options).map((problem) => ({
    rule: problem.rule.replace('easy-read/', ''),
    line: problem.line,
    column: problem.column,
    severity: problem.severity,
    message: problem.message,
  }));

interface RuleCase {
  passes: string[];
  fails: { text: string; line: number; column: number }[];
}

/** Each failing text is one picture line, a blank line, then the text: so the text starts on line 7. */
const cases: Record<EasyReadRule, RuleCase> = {
  'sentence-length': {
    passes: ['We will cut waiting times for everyone in our town this year.'],
    fails: [{ text: 'We will cut the time people wait to be seen by a doctor in our hospital this year.', line: 7, column: 1 }],
  },
  acronym: {
    passes: ['The NHS is here for you.', 'I can help.'],
    fails: [{ text: 'Talk to your GP first.', line: 7, column: 14 }],
  },
  'all-caps': {
    passes: ['This is important.'],
    fails: [{ text: 'This is IMPORTANT.', line: 7, column: 9 }],
  },
  italics: {
    passes: ['Read this now.'],
    fails: [
      { text: 'Read *this* now.', line: 7, column: 6 },
      { text: 'Read <em>this</em> now.', line: 7, column: 6 },
    ],
  },
  underline: {
    passes: ['Read this now.'],
    fails: [{ text: 'Read <u>this</u> now.', line: 7, column: 6 }],
  },
  'bold-unexplained': {
    passes: [
      'We have a **strategy**. A strategy is a plan for the future.',
      'A **survey** means a list of questions.',
      // Singular and plural: the explanation may use either form.
      'We ran **polls** in every town. A poll is a set of quick questions.',
      'Answer our **survey**. Surveys are lists of questions.',
      // "This means …" straight after the sentence with the word.
      'We will hold a **consultation**. This means we ask you what you think.',
      // Any sentence of the same row: the text after the picture, across paragraphs.
      'We will hold a **consultation**.\n\nA consultation is when we ask you what you think.',
    ],
    fails: [
      { text: 'Fill in the **survey** today.', line: 7, column: 13 },
      // An explanation under the next picture belongs to another row.
      {
        text: 'Fill in the **survey** today.\n\n![A form](../files/pictures/document.svg)\n\nA survey is a list of questions.',
        line: 7,
        column: 13,
      },
    ],
  },
  'latin-abbreviation': {
    passes: ['Bring things, for example your letter.'],
    fails: [
      { text: 'Bring things, e.g. your letter.', line: 7, column: 15 },
      { text: 'Bring your letter, pen etc.', line: 7, column: 24 },
      { text: 'Come in via the side door.', line: 7, column: 9 },
    ],
  },
  percentage: {
    passes: ['1 in 4 people told us this.'],
    fails: [{ text: 'About 25% of people told us this.', line: 7, column: 7 }],
  },
  'number-word': {
    passes: ['We have 3 aims.', 'Everyone can come.'],
    fails: [{ text: 'We have three aims.', line: 7, column: 9 }],
  },
  contraction: {
    passes: ['We do not want you to wait.', "Ashdown's plan is ready."],
    fails: [
      { text: "We don't want you to wait.", line: 7, column: 4 },
      { text: "We're here for you.", line: 7, column: 1 },
    ],
  },
  'row-without-picture': {
    passes: [`${picture}Some text beside a picture.`, `## For patients\n\n${picture}Text in a group of rows.`],
    fails: [
      { text: 'Some text with no picture.', line: 5, column: 1 },
      // After a heading over a group of rows, text needs a picture of its own.
      {
        text: '![Two people talking](../files/pictures/talking.svg)\n\nBeside a picture.\n\n## For staff\n\nText under a heading with no picture.',
        line: 11,
        column: 1,
      },
    ],
  },
};

describe.each(Object.keys(cases) as EasyReadRule[])('easy read rule %s', (rule) => {
  const { passes, fails } = cases[rule];

  it.each(passes)('passes: %s', (text) => {
    expect(lint(`${picture}${text}\n`).filter((finding) => finding.rule === rule)).toEqual([]);
  });

  it.each(fails)('fails: $text', ({ text, line, column }) => {
    const markdown = rule === 'row-without-picture' ? `${text}\n` : `${picture}${text}\n`;
    const found = lint(markdown).filter((finding) => finding.rule === rule);
    expect(found).toEqual([expect.objectContaining({ line, column, severity: easyReadRule(rule).severity })]);
    expect(found[0]!.message).toContain(easyReadRule(rule).fix);
  });
});

describe('per-trust settings', () => {
  it('allow acronyms the trust explains', () => {
    expect(lint(`${picture}Talk to your GP first.\n`, { file: 'x.md', bodyLine: 5, allowedAcronyms: ['GP'] })).toEqual([]);
  });

  it('change a rule to a warning, or turn it off', () => {
    const text = `${picture}We have three aims. About 25% agree.\n`;
    const found = lint(text, { file: 'x.md', bodyLine: 5, severities: { 'number-word': 'off', percentage: 'warning' } });
    expect(found.map((finding) => [finding.rule, finding.severity])).toEqual([['percentage', 'warning']]);
  });
});

describe('what the lint reads', () => {
  it('reads a table cell by cell, as readers do', () => {
    const table = `${picture}| What | When |\n| --- | --- |\n| See your GP | This year |\n`;
    expect(lint(table)).toContainEqual(expect.objectContaining({ rule: 'acronym', line: 9, column: 12 }));
  });

  it('reads the words as the page shows them: quotes made curly by the build are still short forms', () => {
    expect(lint(`${picture}We don't wait.\n`)).toContainEqual(
      expect.objectContaining({ rule: 'contraction', message: expect.stringContaining('"don’t"') }),
    );
  });
});
