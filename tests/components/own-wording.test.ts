/**
 * A trust's own wording (`words:` in trust.yaml): a replaced word reaches the page a reader
 * sees, in the language whose trust.yaml gave it and no other; wording made from parts, groups,
 * unknown places and the language's name are refused in plain words; the catalogue itself is
 * never changed.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import StatusBanner from '../../src/components/StatusBanner.astro';
import { fixtureSite } from '../../src/fixtures/component-fixtures.ts';
import { FIXED_BUILD_DATE } from '../../src/fixtures/fixed-build-date.ts';
import { languageSettingsSchema, trustSchema } from '../../src/schemas/trust.ts';
import { buildSiteModel } from '../../src/site/build-site-model.ts';
import { wordsFor } from '../../src/words/index.ts';
import { MAX_WORD_OVERRIDES, replaceableWords } from '../../src/words/overrides.ts';

const { settings } = fixtureSite();
const today = new Date(`${FIXED_BUILD_DATE}T00:00:00Z`);

function problems(words: unknown) {
  const result = trustSchema.safeParse({ ...settings, words });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

let container: AstroContainer;
beforeAll(async () => {
  process.env.STRATEGY_BUILD_DATE = FIXED_BUILD_DATE;
  container = await AstroContainer.create();
});

describe("a trust's own wording", () => {
  it('reaches the page in the language that gave it, and leaves the catalogue and the other language alone', async () => {
    const own = { ...settings, strategy: { ...settings.strategy, status: 'refreshing' as const } };
    const [english, welsh] = buildSiteModel(
      {
        trusts: [
          {
            id: 'riverside',
            data: {
              ...own,
              words: { 'status.refreshing': 'We are reviewing this plan with you' },
              languages: [{ language: 'cy-GB', coverage: 'partial' }],
            },
          },
        ],
        languageSettings: [{ id: 'riverside/cy', data: { words: { 'navigation.contactUs': 'Siaradwch â ni' } } }],
        pages: [],
        easyRead: [],
      },
      { today },
    );
    const shown = parse(await container.renderToString(StatusBanner, { props: { site: english! } })).textContent;
    expect(shown).toContain('We are reviewing this plan with you.');
    expect(shown).not.toContain(wordsFor('en-GB').status.refreshing);
    // The Welsh site keeps the Welsh status words, and has its own replacement.
    const welshShown = parse(await container.renderToString(StatusBanner, { props: { site: welsh! } })).textContent;
    expect(welshShown).toContain(wordsFor('cy-GB').status.refreshing);
    expect(welsh?.words.navigation.contactUs).toBe('Siaradwch â ni');
    expect(english?.words.navigation.contactUs).toBe(wordsFor('en-GB').navigation.contactUs);
    // Wording made from parts still works, and the shared catalogue is unchanged for every other trust.
    expect(english?.words.strategy.withYears(own.strategy)).toBe(wordsFor('en-GB').strategy.withYears(own.strategy));
    expect(wordsFor('en-GB').status.refreshing).toBe('We are refreshing this strategy: have your say');
  });

  it('accepts any fixed wording, in the main and a language trust.yaml', () => {
    expect(problems({ 'navigation.contactUs': 'Talk to us' })).toEqual([]);
    expect(languageSettingsSchema.safeParse({ words: { 'header.searchButton': 'Chwilio' } }).success).toBe(true);
    expect(replaceableWords).toContain('status.refreshing');
    expect(replaceableWords.some((place) => place.startsWith('language.'))).toBe(false);
  });

  it('refuses, in plain words, what cannot be replaced', () => {
    expect(problems({ 'strategy.withYears': 'Our plan' })).toEqual([
      'words.strategy.withYears: "strategy.withYears" is wording made from parts (a name, a date or a number goes into it), so it cannot be replaced by fixed words. Remove it from words.',
    ]);
    expect(problems({ status: 'Hello' })[0]).toBe(
      'words.status: "status" is a group of words, not one. Name one of them, for example "status.engagement".',
    );
    expect(problems({ 'nav.contactUs': 'Talk to us' })[0]).toBe(
      'words.nav.contactUs: "nav.contactUs" is not a place in the words catalogue, so nothing would change. Did you mean "navigation.contactUs"? The editor\'s guide lists the words a trust can replace.',
    );
    expect(problems({ 'language.direction': 'rtl' })[0]).toMatch(
      /is not wording a trust can replace: a language's name and direction are set under languages/,
    );
    expect(problems({ 'navigation.contactUs': '' })[0]).toMatch(/^words\.navigation\.contactUs: Each replacement under words is empty/);
    const tooMany = Object.fromEntries(replaceableWords.slice(0, MAX_WORD_OVERRIDES + 1).map((place) => [place, 'Words']));
    expect(problems(tooMany)).toContain(
      `words: words replaces ${MAX_WORD_OVERRIDES + 1} pieces of wording; keep it to ${MAX_WORD_OVERRIDES} or fewer. Keep the ones your readers need most.`,
    );
  });
});
