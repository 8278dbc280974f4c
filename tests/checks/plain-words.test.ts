/** The plain words for check messages: field labels, wrong dates and colons in values. */
import { describe, expect, it } from 'vitest';
import { colonInValueHint, dateMessage, fieldLabel, quoteValueLine, rewriteDate } from '../../src/problems/plain-words.ts';

describe('fieldLabel', () => {
  it('counts list items from 1, names them by their list and splits field names into words', () => {
    expect(fieldLabel(['goals', 0, 'statement'])).toBe('goal 1 → statement');
    expect(fieldLabel(['groups', 2, 'priorities', 0, 'title'])).toBe('group 3 → priority 1 → title');
    expect(fieldLabel(['accessibility', 'knownIssues', 1, 'plan'])).toBe('accessibility → known issue 2 → plan');
    expect(fieldLabel(['contact', 'responseTime'])).toBe('contact → response time');
    expect(fieldLabel(['youSaidWeDid', 0, 'weDid'])).toBe('"you said, we did" pair 1 → we did');
    expect(fieldLabel(['values', 0, 'behaviours', 3])).toBe('value 1 → behaviour 4');
  });

  it('shows a misspelt field as the field it is nearest to, and an unknown one as typed', () => {
    expect(fieldLabel(['goals', 0, 'statment'])).toBe('goal 1 → statement');
    expect(fieldLabel(['goals', 0, 'picture'])).toBe('goal 1 → picture');
  });
});

describe('dateMessage', () => {
  it('repeats what was typed and shows the line with that date rewritten', () => {
    expect(dateMessage({ path: ['events', 1, 'date'], typed: '31/03/2026' })).toBe(
      'You wrote "31/03/2026". Dates here are written as year-month-day (YYYY-MM-DD), so write it as:\n    date: 2026-03-31',
    );
    expect(dateMessage({ path: ['survey', 'closes'], typed: '3rd April 2026' })).toMatch(
      /You wrote "3rd April 2026".*\n {4}closes: 2026-04-03$/s,
    );
  });

  it('rewrites a month alone where a month is accepted', () => {
    expect(dateMessage({ path: ['plans', 0, 'when'], typed: 'March 2026', allowMonth: true })).toMatch(/\n {4}when: 2026-03$/);
  });

  it('gives a general example when what was typed is not one real date', () => {
    expect(dateMessage({ path: ['accessibility', 'tested'], typed: 'next spring' })).toBe(
      'You wrote "next spring". Dates here are written as year-month-day (YYYY-MM-DD), for example:\n    tested: 2026-03-31',
    );
    expect(rewriteDate('31/02/2026')).toBeUndefined();
  });

  it('reads numbers day first, as UK dates are written, and knows month names and short years', () => {
    expect(rewriteDate('03/04/2026')).toBe('2026-04-03');
    expect(rewriteDate('3.4.26')).toBe('2026-04-03');
    expect(rewriteDate('April 3, 2026')).toBe('2026-04-03');
    expect(rewriteDate('2026/4/3')).toBe('2026-04-03');
    expect(rewriteDate('Sept 2026')).toBeUndefined();
    expect(rewriteDate('Sept 2026', true)).toBe('2026-09');
  });
});

describe('colonInValueHint', () => {
  it('rewrites the line with the value in quotes, keeping a list dash', () => {
    expect(quoteValueLine('title: Our goals: the next five years')).toBe('title: "Our goals: the next five years"');
    expect(quoteValueLine('  - title: Goal one: shorter waits')).toBe('  - title: "Goal one: shorter waits"');
    expect(quoteValueLine('title: The "big" plan: part 2')).toBe(`title: 'The "big" plan: part 2'`);
    expect(colonInValueHint('title: Our goals: the next five years')).toBe(
      'The text after the field name has a colon (:) in it, which the settings read as the start of another field. Put the text in quotes:\n    title: "Our goals: the next five years"',
    );
  });

  it('says nothing for a line that is already quoted, or whose value has no colon', () => {
    expect(colonInValueHint('title: "Our goals: the next five years"')).toBeUndefined();
    expect(colonInValueHint('title: Our goals')).toBeUndefined();
    expect(colonInValueHint('link: https://www.example.org/')).toBeUndefined();
  });
});
