/**
 * A trust in more than one language, read and checked: the pages in a language's folder are
 * that language's translations (with their easy read twins and the language's own settings),
 * and the check names what a complete language is missing, a translation of nothing, and
 * settings that cannot work, in words that say which file and how to fix it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { exampleTrust } from '../../src/checks/rules/example-trust.ts';
import { entriesOfModel } from '../../src/reader/content-entries.ts';
import { isReadPage, readContent } from '../../src/reader/read-content.ts';
import { translationStamp, withStamp } from '../../src/reader/translation-stamp.ts';

let work: string;
let runs = 0;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-languages-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (type: string, title: string, body: string) => `---\ntype: ${type}\ntitle: ${title}\ndescription: ${title}.\n---\n\n${body}\n`;
const easyRead = (title: string, body: string, up = '../') =>
  `---\ntitle: ${title}\ndescription: ${title}.\n---\n\n![A hospital](${up}files/pictures/hospital.svg)\n\n${body}\n`;

/** The example trust with these settings added and these files written over it, in a fresh content folder. */
function trustWith(settings: string, files: Record<string, string>) {
  const root = path.join(work, String(++runs));
  const contentDir = path.join(root, 'content');
  const written: Record<string, string> = { ...exampleTrust, 'trust.yaml': `${exampleTrust['trust.yaml']}${settings}`, ...files };
  // Each translation is stamped with the page it translates as written here, as npm run stamp-translations
  // would: these tests are about the other rules (tests/checks/translation-stamps.test.ts is about stamps).
  for (const [name, text] of Object.entries(written)) {
    const original = written[name.replace(/^[a-z-]+\//, '')];
    const stamped = name.endsWith('.md') && name.includes('/') && original ? withStamp(text, translationStamp(original)) : undefined;
    if (stamped && !name.startsWith('easy-read/')) written[name] = stamped;
  }
  for (const [name, text] of Object.entries(written)) {
    const file = path.join(contentDir, 'acme', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { root, contentDir };
}

const check = async (settings: string, files: Record<string, string>) => {
  const { root, contentDir } = trustWith(settings, files);
  return checkContent({ contentDir, displayRoot: root, today: new Date('2026-12-01') });
};

const welsh = {
  'cy/index.md': page('overview', 'Ein strategaeth', 'Byddwn ni yn gwella gofal.'),
  'cy/easy-read/index.md': easyRead('Ein cynllun', 'Byddwn ni yn gwella gofal.', '../../'),
};

describe('reading a trust in two languages', () => {
  it('reads the pages of a language folder as that language, with their twins and the language settings', () => {
    const { root, contentDir } = trustWith('languages:\n  - language: cy-GB\n', {
      ...welsh,
      'cy/trust.yaml': 'name: Ymddiriedolaeth GIG Acme\nstrategy:\n  name: Gofal gwell\n',
    });
    const model = readContent({ contentDir, displayRoot: root });
    expect(model.problems).toEqual([]);
    const [trust] = model.trusts;
    const home = trust!.pages.filter(isReadPage).find((each) => each.relativePath === 'cy/index');
    const twin = trust!.pages.filter(isReadPage).find((each) => each.relativePath === 'cy/easy-read/index');
    expect(home).toMatchObject({ languageFolder: 'cy', languagePath: 'index', pagePath: 'cy/', isEasyRead: false });
    expect(twin).toMatchObject({
      languageFolder: 'cy',
      languagePath: 'index',
      pagePath: 'cy/easy-read/',
      isEasyRead: true,
      standardPath: 'cy/index',
    });
    expect(trust!.languageSettings.cy?.data).toEqual({ name: 'Ymddiriedolaeth GIG Acme', strategy: { name: 'Gofal gwell' } });
    const entries = entriesOfModel(model).map((entry) => `${entry.collection} ${entry.id}`);
    expect(entries).toEqual(
      expect.arrayContaining(['languageSettings acme/cy', 'pages acme/cy/index', 'easyRead acme/cy/easy-read/index', 'pages acme/index']),
    );
  });

  it('reads a folder no language names as pages of the main language, as before', () => {
    const { root, contentDir } = trustWith('', { 'cy/easy-read/index.md': easyRead('Ein cynllun', 'Text.', '../../') });
    const [trust] = readContent({ contentDir, displayRoot: root }).trusts;
    expect(trust!.pages.find((each) => each.relativePath === 'cy/easy-read/index')).toMatchObject({
      languageFolder: '',
      isEasyRead: false,
    });
  });

  it('passes a partial language with some pages, and a complete one with all', async () => {
    expect(await check('languages:\n  - language: cy-GB\n', { 'cy/index.md': welsh['cy/index.md'] })).toEqual(
      // Only the usual warning that the Welsh home page has no easy read twin yet.
      [expect.objectContaining({ rule: 'missing-twin', file: 'content/acme/cy/index.md' })],
    );
    expect(await check('languages:\n  - language: cy-GB\n    coverage: complete\n', welsh)).toEqual([]);
  });
});

describe('checking a trust in two languages', () => {
  it('names each page a complete language is missing, with the file to write', async () => {
    const problems = await check('languages:\n  - language: cy-GB\n    coverage: complete\n', { 'cy/index.md': welsh['cy/index.md'] });
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'missing-translation',
        severity: 'error',
        file: 'content/acme/easy-read/index.md',
        message: expect.stringContaining('content/acme/cy/easy-read/index.md does not exist'),
      }),
      expect.objectContaining({ rule: 'missing-twin', file: 'content/acme/cy/index.md' }),
    ]);
    expect(problems[0]!.message).toContain('set coverage: partial');
  });

  it('names a translation of a page the main language does not have', async () => {
    const problems = await check('languages:\n  - language: cy-GB\n', { ...welsh, 'cy/plans.md': page('page', 'Cynlluniau', 'Testun.') });
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'translation-without-original',
        file: 'content/acme/cy/plans.md',
        message: expect.stringContaining('content/acme/plans.md, but that page does not exist'),
      }),
      expect.objectContaining({ rule: 'missing-twin', file: 'content/acme/cy/plans.md' }),
    ]);
  });

  it('refuses a language with no words, a folder taken by a page, and the Welsh standards without a complete Welsh site', async () => {
    const messages = async (settings: string, files: Record<string, string> = {}) =>
      (await check(settings, files)).map((problem) => `${problem.field}: ${problem.message}`);
    expect(await messages('languages:\n  - language: xx-GB\n')).toEqual([
      expect.stringMatching(/^languages\.0\.language: language is "xx-GB", but the site has no words in that language yet/),
    ]);
    expect(
      await messages('languages:\n  - language: cy-GB\n', {
        'cy.md': page('page', 'Cymru', 'Text.'),
        'easy-read/cy.md': easyRead('Cymru', 'Text.'),
      }),
    ).toEqual([
      expect.stringContaining(
        'languages.0.folder: cy-GB would be published under cy/, which is the address of the page content/acme/cy.md',
      ),
    ]);
    expect(await messages('languages:\n  - language: cy-GB\n  - language: cy-GB\n    folder: cy\n')).toEqual([
      expect.stringContaining('languages.1.folder: cy-GB would use the folder "cy", which cy-GB uses already'),
    ]);
    expect(await messages('welshLanguageStandards: true\nlanguages:\n  - language: cy-GB\n')).toEqual([
      expect.stringContaining('languages.0.coverage: welshLanguageStandards is true, so the Welsh site must be complete'),
    ]);
    expect(await messages('welshLanguageStandards: true\n')).toEqual([
      expect.stringContaining('welshLanguageStandards: welshLanguageStandards is true, but Welsh is not one of the languages'),
    ]);
  });

  it('lets a translation link to the pages of its language, translated or not, and names a link to no page', async () => {
    const linking = (target: string) => ({
      ...welsh,
      'cy/index.md': page('overview', 'Ein strategaeth', `Darllenwch [ein cysylltiadau](${target}).`),
    });
    // contact/ is made in every language; values/ is the English page, shown at cy/values/ until it is translated.
    expect(await check('languages:\n  - language: cy-GB\n', linking('contact/'))).toEqual([]);
    expect(await check('languages:\n  - language: cy-GB\n', linking('../contact/'))).toEqual([]);
    const values = { 'values.md': page('page', 'Our values', 'Kind care.'), 'easy-read/values.md': easyRead('Our values', 'We are kind.') };
    expect(await check('languages:\n  - language: cy-GB\n', { ...values, ...linking('values/') })).toEqual([]);
    expect(await check('languages:\n  - language: cy-GB\n', linking('cysylltu/'))).toEqual([
      expect.objectContaining({ rule: 'broken-link', file: 'content/acme/cy/index.md' }),
    ]);
  });

  it('under the Welsh Language Standards, knows the main language is published under en/, for links and old addresses', async () => {
    const standards = 'welshLanguageStandards: true\nlanguages:\n  - language: cy-GB\n    coverage: complete\n';
    const { root, contentDir } = trustWith(standards, welsh);
    const [trust] = readContent({ contentDir, displayRoot: root }).trusts;
    expect(trust!.pages.map((each) => each.pagePath).sort()).toEqual(['cy/', 'cy/easy-read/', 'en/', 'en/easy-read/']);
    // An old address at the root may now lead to the English pages; a link from the English home page reaches contact/ under en/.
    const redirect = 'redirects:\n  - from: plan/\n    to: en/contact/\n';
    expect(
      await check(`${standards}${redirect}`, {
        ...welsh,
        'index.md': page('overview', 'Our strategy', 'Read [how to contact us](contact/).'),
      }),
    ).toEqual([]);
    expect(await check(standards, { ...welsh, 'index.md': page('overview', 'Our strategy', 'Read [our plan](plan/).') })).toEqual([
      expect.objectContaining({ rule: 'broken-link', file: 'content/acme/index.md' }),
    ]);
  });

  it("refuses anything but the names in a language's own trust.yaml", async () => {
    const problems = await check('languages:\n  - language: cy-GB\n', {
      ...welsh,
      'cy/trust.yaml': 'name: Ymddiriedolaeth GIG Acme\nurl: https://acme.example/cy/\n',
    });
    expect(problems).toEqual([expect.objectContaining({ rule: 'unknown-field', file: 'content/acme/cy/trust.yaml' })]);
  });
});
