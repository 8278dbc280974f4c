/**
 * The product's own words on easy read pages pass the easy read lint that trusts' easy read
 * pages pass (src/checks/easy-read-lint.ts): the status line under the heading for every status,
 * with and without years, and the footer's offer of other formats for every format and every
 * way of asking, rendered as readers get them (tests/build/easy-read.test.ts lints the same on
 * every built easy read page).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import SiteFooter from '../../src/components/SiteFooter.astro';
import StatusBanner from '../../src/components/StatusBanner.astro';
import { strategyStatuses } from '../../src/schemas/trust.ts';
import { otherFormatKinds } from '../../src/schemas/other-formats.ts';
import { defaultLanguage, wordsFor } from '../../src/words/index.ts';
import { fixtureSite } from '../../src/fixtures/component-fixtures.ts';
import { FIXED_BUILD_DATE } from '../support/built-sites.ts';
import { lintShownText } from '../support/easy-read-text-lint.ts';

// The easy read rules are English ones: they lint the English catalogue.
const { easyRead, otherFormats } = wordsFor(defaultLanguage);

const lint = (lines: string[]) => lintShownText(lines).map((problem) => `${problem.rule}: ${problem.message}`);

const textLines = (html: string) => parse(html).structuredText.split('\n');

const noContact = { email: undefined, phone: undefined, page: undefined, address: undefined };
/** Every way of asking ContactRoutes can offer, each with a promised reply time or none. */
const contacts: Record<string, Record<string, unknown>> = {
  'email and phone, reply time': { responseTime: 'within 10 working days' },
  'email, phone and contact page': { page: 'https://www.riverside.example/contact-us/' },
  'contact page only': { ...noContact, page: 'https://www.riverside.example/contact-us/' },
  'address only': { ...noContact, address: ['Strategy Team', 'Riverside House', 'Riverside'] },
  'no way given': noContact,
};

let container: AstroContainer;
beforeAll(async () => {
  process.env.STRATEGY_BUILD_DATE = FIXED_BUILD_DATE;
  container = await AstroContainer.create();
});

describe('easy read words written by the product', () => {
  it('say where the strategy is, for every status, with and without years', () => {
    for (const status of strategyStatuses) {
      for (const period of [{ start: 2025, end: 2030 }, undefined]) {
        const words = `${easyRead.strategy('Better together', period)} ${easyRead.status[status]}`;
        expect(lint([words]), words).toEqual([]);
      }
    }
  });

  it('offer every format the settings can list, alone and as a list', () => {
    for (const kind of otherFormatKinds) {
      const words = easyRead.oneFormat(otherFormats[kind]);
      expect(lint([words]), words).toEqual([]);
    }
    const list = [easyRead.formatsIntro, ...Object.values(otherFormats), easyRead.routesIntro];
    expect(lint(list)).toEqual([]);
  });

  it.each(strategyStatuses)('the status line on an easy read page, %s', async (status) => {
    const site = fixtureSite({ settings: { strategy: { name: 'Caring together', period: { start: 2025, end: 2030 }, status } } });
    const html = await container.renderToString(StatusBanner, {
      props: { site, easyRead: true },
      locals: { imageOrders: [], words: site.words },
    });
    const lines = textLines(html);
    expect(lines.join(' ')).toContain('Caring together');
    expect(lint(lines)).toEqual([]);
  });

  it.each(Object.keys(contacts))('the footer of an easy read page, %s', async (name) => {
    const site = fixtureSite({
      settings: { contact: contacts[name], accessibility: { otherFormats: [...otherFormatKinds] } },
      twins: ['index'],
    });
    const html = await container.renderToString(SiteFooter, {
      props: { site, easyRead: true },
      locals: { imageOrders: [], words: site.words },
    });
    const lines = textLines(html);
    expect(lines.join(' ')).toContain('You can ask for this in:');
    expect(lint(lines)).toEqual([]);
  });
});
