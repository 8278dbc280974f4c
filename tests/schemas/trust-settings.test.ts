/** Trust settings: a complete example parses; colours, addresses and dates are checked. */
import { describe, expect, it } from 'vitest';
import { trustSchema } from '../../src/schemas/trust.ts';

const settings = {
  name: 'Example Community NHS Trust',
  shortName: 'Example Community',
  descriptor: 'NHS Trust',
  slug: 'example-community',
  url: 'https://www.example.org/strategy/',
  colours: { brand: '#005EB8' },
  contact: { email: 'strategy@example.org' },
  strategy: { name: 'Our plan', period: { start: 2025, end: 2030 }, status: 'launched', launched: '2025-04-01' },
  accessibility: { prepared: '2025-03-01', reviewed: '2026-03-01', tested: '2026-02-01', testedBy: 'our team', compliance: 'full' },
};

function messages(overrides: Record<string, unknown>) {
  const result = trustSchema.safeParse({ ...settings, ...overrides });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('trust settings', () => {
  it('accepts a complete example and fills in defaults', () => {
    const parsed = trustSchema.parse(settings);
    expect(parsed.colours.brand).toBe('#005eb8');
    expect(parsed.language).toBe('en-GB');
    expect(parsed.contact.responseTime).toBeUndefined();
    expect(parsed.accessibility.knownIssues).toEqual([]);
    expect(parsed.strategy.launched).toEqual(new Date('2025-04-01'));
  });

  it('needs no contact details and no accessibility facts: nothing is filled in for them', () => {
    const { contact: _contact, accessibility: _accessibility, ...bare } = settings;
    const parsed = trustSchema.parse(bare);
    expect(parsed.contact).toEqual({});
    expect(parsed.accessibility).toEqual({ compliance: 'not-assessed', knownIssues: [] });
  });

  it('asks for the test behind a compliance status, and for nothing while it is not assessed', () => {
    expect(messages({ accessibility: { compliance: 'full' } })).toEqual([
      expect.stringMatching(
        /^accessibility\.tested: accessibility\.compliance says "full", which is the result of a test, so accessibility\.tested is needed too .* If nobody has tested the site yet, write compliance: not-assessed\.$/,
      ),
      expect.stringMatching(/^accessibility\.testedBy: .*accessibility\.testedBy is needed too/),
    ]);
    expect(messages({ accessibility: { compliance: 'not-assessed' } })).toEqual([]);
  });

  it('rejects a brand colour too light for white text, saying the ratio and a darker example', () => {
    expect(messages({ colours: { brand: '#41b6e6' } })).toEqual([
      expect.stringMatching(
        /^colours\.brand: colours\.brand "#41b6e6" is too light .* 2\.\d+ to 1 .* at least 4\.5 to 1\. Choose a darker shade, for example "#005eb8"/,
      ),
    ]);
  });

  it('accepts NHS green, which just passes 4.5 to 1 against white', () => {
    expect(messages({ colours: { brand: '#007f3b' } })).toEqual([]);
  });

  it('rejects an accent colour that cannot be seen against white', () => {
    expect(messages({ colours: { brand: '#005eb8', accent: '#ffeb3b' } })[0]).toMatch(/^colours\.accent: .*needs at least 3 to 1/);
  });

  it('rejects a colour that is not a six-digit hex code', () => {
    expect(messages({ colours: { brand: 'blue' } })[0]).toMatch(/six-digit colour code starting with #.*"#005eb8"/);
  });

  it('rejects a web address without https or without a closing slash', () => {
    expect(messages({ url: 'http://www.example.org/strategy/' })[0]).toMatch(/^url: .*starting with https:\/\//);
    expect(messages({ url: 'https://www.example.org/strategy' })[0]).toMatch(/^url: url must end with "\/"/);
  });

  it('rejects words that are not a web address with one plain message, not a crash', () => {
    expect(messages({ url: 'our strategy site' })).toEqual([expect.stringMatching(/^url: .*full web address starting with https:\/\//)]);
  });

  it('needs no years and no status for a strategy that states neither: nothing is filled in for them', () => {
    const parsed = trustSchema.parse({ ...settings, strategy: { name: 'Our plan' } });
    expect(parsed.strategy).toEqual({ name: 'Our plan' });
  });

  it('needs no descriptor, and refuses one that says another kind of organisation than the name', () => {
    expect(messages({ descriptor: undefined })).toEqual([]);
    expect(messages({ name: 'Blackpool Teaching Hospitals NHS Foundation Trust', descriptor: 'NHS Trust' })).toEqual([
      'descriptor: descriptor says "NHS Trust" but the name says "NHS Foundation Trust". Write descriptor: NHS Foundation Trust, or leave descriptor out.',
    ]);
    expect(messages({ name: 'Blackpool Teaching Hospitals NHS Foundation Trust', descriptor: 'NHS Foundation Trust' })).toEqual([]);
    expect(messages({ name: 'Aneurin Bevan University Health Board', descriptor: 'University Health Board' })).toEqual([]);
  });

  it('rejects a period that ends before it starts', () => {
    expect(messages({ strategy: { ...settings.strategy, period: { start: 2030, end: 2025 } } })).toEqual([
      expect.stringMatching(/^strategy\.period\.end: .*later year/),
    ]);
  });

  it('rejects an unknown status and lists the allowed ones', () => {
    expect(messages({ strategy: { ...settings.strategy, status: 'live' } })[0]).toBe(
      'strategy.status: strategy.status must be one of: engagement, draft, launched, refreshing. For example: launched.',
    );
  });

  it('rejects a bad date with an example of the right form', () => {
    expect(messages({ accessibility: { ...settings.accessibility, tested: 'last March' } })[0]).toMatch(
      /^accessibility\.tested: .*YYYY-MM-DD, for example 2026-03-31/,
    );
  });

  it('rejects a slug with capitals or spaces', () => {
    expect(messages({ slug: 'Example Trust' })[0]).toMatch(/^slug: .*lower case letters/);
  });

  it('rejects a logo outside the trust files folder', () => {
    expect(messages({ logo: { file: '/etc/logo.svg', alt: 'Example' } })[0]).toMatch(/^logo\.file: .*files folder/);
  });
});
