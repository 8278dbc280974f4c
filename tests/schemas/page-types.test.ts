/**
 * Every page type: a valid example parses, and a typical mistake gives a message that
 * names the field and shows a correct value.
 */
import { describe, expect, it } from 'vitest';
import { pageSchema, pageTypes } from '../../src/page-types/registry.ts';

const base = { title: 'A heading', description: 'What the page is about.' };

const valid: Record<(typeof pageTypes)[number], Record<string, unknown>> = {
  overview: { type: 'overview' },
  page: { type: 'page' },
  mission: { type: 'mission', statement: 'To care for everyone well.' },
  vision: { type: 'vision', statement: 'The best care by 2030.' },
  goals: { type: 'goals', goals: [{ title: 'Shorter waits', statement: 'We will cut waits.', outcomes: ['Seen in 18 weeks'] }] },
  values: { type: 'values', values: [{ name: 'Kind', meaning: 'We are kind.', behaviours: ['Listen first'] }] },
  priorities: { type: 'priorities', groups: [{ title: 'Patients', priorities: [{ title: 'A clinic', description: 'Open it.' }] }] },
  themes: { type: 'themes', centre: 'People', themes: [{ title: 'Quality' }] },
  engagement: {
    type: 'engagement',
    figures: [{ label: 'people', value: 1200 }],
    events: [{ title: 'Meeting', date: new Date('2027-01-20'), start: '18:30', end: '20:00', format: 'in-person', place: 'Town Hall' }],
    survey: { title: 'Survey', audience: 'everyone', closes: '2027-02-28', link: 'https://example.org/survey' },
    faq: [{ question: 'Why?', answer: 'Because.' }],
  },
  documents: { type: 'documents', documents: [{ title: 'Strategy', kind: 'full', file: 'files/strategy.pdf', date: '2025-04-01' }] },
  acknowledgements: { type: 'acknowledgements', groups: [{ name: 'Carers forum' }] },
  'case-for-change': { type: 'case-for-change', facts: [{ value: 12400, label: 'people' }], reasons: [{ title: 'More need' }] },
  delivery: {
    type: 'delivery',
    measures: [
      { name: 'Waits', unit: 'weeks', baseline: { value: 20, date: new Date('2025-03-31') }, values: [{ value: 18, date: '2025/26' }] },
    ],
    reporting: [{ what: 'Board report', when: 'every six months' }],
  },
  'progress-report': {
    type: 'progress-report',
    period: { start: '2025-04', end: new Date('2026-03-31') },
    published: new Date('2026-06-25'),
    agreedAt: { meeting: 'Public board meeting', date: '2026-06-25', paper: 'Paper 8' },
    goals: [{ goal: 'Shorter waits', status: 'some-delay', progress: 'The new clinic opened late.' }],
    changes: ['A clinic opened.'],
    next: ['A second clinic.'],
  },
};

/** One typical mistake per type, the field it should name, and words the fix should contain. */
const invalid: Record<(typeof pageTypes)[number], { data: Record<string, unknown>; path: string; says: RegExp }> = {
  overview: { data: { type: 'overview', title: '' }, path: 'title', says: /title is empty.*for example/ },
  page: { data: { type: 'page', order: 'first' }, path: 'order', says: /order must be a number, for example 3/ },
  mission: { data: { type: 'mission' }, path: 'statement', says: /statement is missing\. Add it as text, for example/ },
  vision: { data: { type: 'vision', statement: '   ' }, path: 'statement', says: /statement is empty/ },
  goals: {
    data: { type: 'goals', goals: [{ title: 'Shorter waits', statement: 'We will cut waits.', outcomes: [] }] },
    path: 'goals.0.outcomes',
    says: /at least 1 item/,
  },
  values: { data: { type: 'values' }, path: 'values', says: /either a list of values.*or.*refresh/ },
  priorities: { data: { type: 'priorities', groups: [] }, path: 'groups', says: /at least one group/ },
  themes: { data: { type: 'themes', themes: 'Quality' }, path: 'themes', says: /must be a list/ },
  engagement: {
    data: { type: 'engagement', events: [{ title: 'Meeting', date: '2027-01-20', format: 'in-person' }] },
    path: 'events.0.place',
    says: /needs a place, for example/,
  },
  documents: {
    data: { type: 'documents', documents: [{ title: 'Strategy', kind: 'full', date: '2025-04-01' }] },
    path: 'documents.0.file',
    says: /exactly one of file.*, link .* or, when neither is to hand, onRequest: true/,
  },
  acknowledgements: {
    data: { type: 'acknowledgements', groups: [{ contribution: 'Helped' }] },
    path: 'groups.0.name',
    says: /name is missing/,
  },
  'case-for-change': {
    data: { type: 'case-for-change', facts: [{ value: '1 in 4' }] },
    path: 'facts.0.label',
    says: /label is missing.*for example/,
  },
  delivery: {
    data: { type: 'delivery', measures: [{ name: 'Waits', values: [{ value: 'eighteen', date: '2025' }] }] },
    path: 'measures.0.values.0.value',
    says: /must be a number written as digits/,
  },
  'progress-report': {
    data: {
      type: 'progress-report',
      period: { start: '2025-04', end: '2026-03' },
      published: '2026-06-25',
      goals: [{ goal: 'Shorter waits', status: 'green', progress: 'Waits fell.' }],
    },
    path: 'goals.0.status',
    says: /^goals status must be one of: on-track, some-delay, not-started, done\.$/,
  },
};

function issues(data: Record<string, unknown>) {
  const result = pageSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe.each(pageTypes)('page type "%s"', (type) => {
  it('accepts a complete example', () => {
    expect(issues({ ...base, ...valid[type] })).toEqual([]);
  });

  it('rejects a typical mistake with a message naming the field and the fix', () => {
    const { data, path, says } = invalid[type];
    const found = issues({ ...base, ...data });
    expect(found.map((issue) => issue.path)).toContain(path);
    expect(found.find((issue) => issue.path === path)?.message).toMatch(says);
  });
});

describe('page type itself', () => {
  it('lists the allowed types when the type is unknown', () => {
    expect(issues({ ...base, type: 'gaols' })[0]?.message).toBe(
      'type must be one of: overview, mission, vision, case-for-change, goals, values, priorities, themes, delivery, progress-report, engagement, documents, acknowledgements, page. For example: type: goals.',
    );
  });

  it('holds what a real strategy leaves unsaid, without inventing it', () => {
    const parse = (data: Record<string, unknown>) => pageSchema.parse({ ...base, ...data });
    // Values being refreshed "in our next annual report": words, not a made-up date.
    const values = parse({ type: 'values', refresh: { expected: 'in our next annual report', explanation: 'Staff are choosing them.' } });
    expect(values.type === 'values' && values.refresh?.expected).toEqual({ kind: 'words', text: 'in our next annual report' });
    const month = parse({ type: 'values', refresh: { expected: '2025-07', explanation: 'Soon.' } });
    expect(month.type === 'values' && month.refresh?.expected).toEqual({ kind: 'month', year: 2025, month: 7 });
    expect(parse({ type: 'values', refresh: { explanation: 'No date given.' } })).toBeTruthy();
    // A document with no stated date, commitments written only as sentences, focus areas with no outcomes.
    expect(parse({ type: 'documents', documents: [{ title: 'Plan', kind: 'full', link: 'https://example.org/plan.pdf' }] })).toBeTruthy();
    expect(parse({ type: 'priorities', groups: [{ statement: 'We will listen.', priorities: [{ title: 'Open forums' }] }] })).toBeTruthy();
    expect(parse({ type: 'goals', goals: [{ title: 'Prevention', statement: 'Helping people stay well.' }] })).toBeTruthy();
  });

  it('refuses a date that is not a real date, and a misspelt field inside a list item', () => {
    expect(issues({ ...base, type: 'values', refresh: { expected: '2025-13', explanation: 'x' } })[0]?.message).toMatch(/not a real date/);
    const found = issues({
      ...base,
      type: 'documents',
      documents: [{ title: 'Plan', kind: 'full', link: 'https://example.org/p.pdf', dsecription: 'x' }],
    });
    expect(found[0]?.path).toBe('documents.0');
    expect(found[0]?.message).toMatch(/dsecription/);
  });

  it('holds a progress report’s period as months, and refuses one that ends before it starts or a month that is not one', () => {
    const report = {
      ...base,
      type: 'progress-report',
      published: '2026-06-25',
      goals: [{ goal: 'Shorter waits', status: 'on-track', progress: 'Waits fell.' }],
    };
    const parsed = pageSchema.parse({ ...report, period: { start: '2025-04', end: new Date('2026-03-31') } });
    expect(parsed.type === 'progress-report' && parsed.period).toEqual({ start: { year: 2025, month: 4 }, end: { year: 2026, month: 3 } });
    // Left out, who agreed it stays unsaid: nothing is made up.
    expect(parsed.type === 'progress-report' && parsed.agreedAt).toBeUndefined();
    expect(issues({ ...report, period: { start: '2026-04', end: '2025-03' } })).toEqual([
      {
        path: 'period.end',
        message: 'period end comes before period start. The report covers from start to end, for example start: 2025-04 and end: 2026-03.',
      },
    ]);
    expect(issues({ ...report, period: { start: 'April 2025', end: '2026-13' } })).toEqual([
      { path: 'period.start', message: 'period start must be a month written as YYYY-MM, for example 2025-04.' },
      { path: 'period.end', message: 'period end must be a month written as YYYY-MM, for example 2026-03.' },
    ]);
    expect(issues({ ...report, period: { start: '2025-04', end: '2026-03' }, published: 'June 2026' })[0]?.message).toBe(
      'published must be a date written as YYYY-MM-DD, for example 2026-03-31.',
    );
    expect(issues({ ...report, period: { start: '2025-04', end: '2026-03' }, agreedAt: { date: '2026-06-25' } })[0]?.message).toMatch(
      /^agreedAt needs a meeting, a paper or a link/,
    );
  });

  it('accepts values that are being refreshed instead of listed', () => {
    expect(issues({ ...base, type: 'values', refresh: { expected: '2027-04-30', explanation: 'We are asking staff.' } })).toEqual([]);
  });

  it('rejects an event whose end is before its start', () => {
    const found = issues({
      ...base,
      type: 'engagement',
      events: [{ title: 'Call', date: '2027-02-03', start: '13:00', end: '12:00', format: 'online' }],
    });
    expect(found).toEqual([{ path: 'events.0.end', message: expect.stringMatching(/end must be later than start/) }]);
  });

  it('rejects an event with an end time but no start, which the page could not show', () => {
    const found = issues({
      ...base,
      type: 'engagement',
      events: [{ title: 'Call', date: '2027-02-03', end: '20:00', format: 'online' }],
    });
    expect(found).toEqual([
      {
        path: 'events.0.end',
        message: expect.stringMatching(/no start time\. Add the start, for example start: "18:30" above end: "20:00"/),
      },
    ]);
  });

  it('keeps document files inside the trust folder', () => {
    const found = issues({
      ...base,
      type: 'documents',
      documents: [{ title: 'X', kind: 'full', file: 'files/../../secret.pdf', date: '2025-01-01' }],
    });
    expect(found[0]?.message).toMatch(/stay inside the trust's files folder/);
  });
});
