/**
 * A trust published in two languages, built: what a reader of each language sees. A copy of
 * harbourside gets Welsh (cy-GB, partial) with its mission page and that page's easy read
 * twin translated. Each page says its language to the browser, the Welsh pages speak the Welsh
 * catalogue's words, the language navigation links land on the same page in the other
 * language, and a page not translated yet is the English page under the Welsh menus, with a
 * notice, marked as English, out of search and pointing search engines to the English page.
 *
 * Then a small trust under the Welsh Language Standards: both languages prefixed, and the
 * site root a choice of language, Welsh first.
 *
 * The build is its own process, so it needs the real Welsh catalogue (src/words/cy-GB.ts):
 * until it is registered these tests are skipped.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleSlug, exampleTrust } from '../../src/checks/rules/example-trust.ts';
import { translationStamp } from '../../src/reader/translation-stamp.ts';
import { wordsFor } from '../../src/words/index.ts';
import { readPage, repoRoot, runBuild, textOf } from '../support/built-sites.ts';

/**
 * What the published search finds from a page in `language`: the site's own pagefind.js, run in
 * a separate Node process with a page whose <html lang> is `language` (as a browser would run it),
 * reading the index from the published folder. Returns the addresses of the results.
 */
async function searchAs(siteDir: string, language: string, query: string): Promise<string[]> {
  const script = `
    import { readFile } from 'node:fs/promises';
    const [dir, language, query] = process.argv.slice(1);
    globalThis.fetch = async (url) => new Response(await readFile(String(url).split('?')[0].replace(/^.*\\/pagefind\\//, dir + '/pagefind/')));
    globalThis.location = new URL('http://localhost/our-strategy/search/');
    globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => language }) };
    const pagefind = await import(dir + '/pagefind/pagefind.js');
    await pagefind.options({ basePath: '/our-strategy/pagefind/' });
    const found = await pagefind.search(query);
    const pages = await Promise.all(found.results.map((result) => result.data()));
    console.log(JSON.stringify(pages.map((page) => page.url)));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, siteDir, language, query]);
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as string[];
}
let work: string;
let site: string;
let buildOutput: string;
const origin = 'https://harbourside.example';

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-languages-build-'));
  const trust = path.join(work, 'content', 'harbourside');
  cpSync(path.join(repoRoot, 'content', 'harbourside'), trust, { recursive: true });
  const settings = path.join(trust, 'trust.yaml');
  // The sample's own Urdu is left out: this trust is published in English and a partial Welsh.
  rmSync(path.join(trust, 'ur'), { recursive: true, force: true });
  const withoutLanguages = readFileSync(settings, 'utf8').replace(/^languages:\n(?: {2}.*\n)+/m, '');
  writeFileSync(settings, `${withoutLanguages}languages:\n  - language: cy-GB\n    coverage: partial\n`);
  mkdirSync(path.join(trust, 'cy', 'easy-read'), { recursive: true });
  writeFileSync(
    path.join(trust, 'cy', 'mission.md'),
    // Stamped with an older English page than the one there now: published, with a notice that it may be out of date.
    '---\ntype: mission\ntranslates: "000000000000"\ntitle: Ein cenhadaeth\ndescription: Pam rydyn ni yma, mewn un frawddeg.\norder: 10\nstatement: Rhoi gofal diogel a charedig i bawb, yn agos at adref.\n---\n\nMae ein cenhadaeth yn llywio pob penderfyniad.\n',
  );
  writeFileSync(
    path.join(trust, 'cy', 'easy-read', 'mission.md'),
    '---\ntitle: Pam rydyn ni yma\ndescription: Pam mae ein hysbytai yn bodoli.\n---\n\n![Calon goch](../../files/pictures/care.svg)\n\nRydyn ni eisiau rhoi gofal da i bawb.\n',
  );
  // The values page made long, past the Welsh site's budget for untranslated pages (FALLBACK_BUDGET): shown in Welsh as a link to it.
  const paragraph = `${'We keep listening to the people we care for, and we change what we do when they tell us. '.repeat(10)}\n\n`;
  writeFileSync(path.join(trust, 'values.md'), `${readFileSync(path.join(trust, 'values.md'), 'utf8')}\n${paragraph.repeat(40)}`);
  const built = await runBuild(['--content', path.join(work, 'content'), '--out', path.join(work, 'dist'), '--trust', 'harbourside']);
  expect(built.code, built.stderr + built.stdout).toBe(0);
  buildOutput = built.stdout + built.stderr;
  site = path.join(work, 'dist', 'harbourside');
}, 600_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a trust in two languages, built', () => {
  const welsh = () => wordsFor('cy-GB');
  const english = wordsFor('en-GB');

  it('marks each page with its language and direction, and speaks the Welsh words on Welsh pages', () => {
    const page = readPage(site, 'cy/mission/');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('cy-GB');
    expect(page.querySelector('html')?.getAttribute('dir')).toBe('ltr');
    expect(textOf(page.querySelector('.nhsuk-skip-link'))).toBe(welsh().layout.skipLink);
    // The menu's words are the Welsh catalogue's, and its links stay in Welsh.
    expect(textOf(page.querySelector('header a[href="/our-strategy/cy/contact/"]'))).toBe(welsh().navigation.contact);
    expect(textOf(page.querySelector('footer a[href="/our-strategy/cy/accessibility/"]'))).toBe(
      welsh().generatedPages['accessibility/'].title,
    );
    expect(textOf(page.querySelector('main h1'))).toBe('Ein cenhadaeth');
    // The Welsh easy read page is laid out as the English one: each picture beside its words.
    expect(readPage(site, 'cy/easy-read/mission/').querySelectorAll('main .er-row .er-picture img')).toHaveLength(1);
    expect(readPage(site, 'mission/').querySelector('html')?.getAttribute('lang')).toBe('en-GB');
  });

  it('links each language to the same page in the other, named in its own language', () => {
    const welshNav = readPage(site, 'cy/mission/').querySelector(`nav[aria-label="${welsh().languageNavigation.label}"]`);
    expect(textOf(welshNav?.querySelector('[aria-current="true"]'))).toBe('Cymraeg');
    const toEnglish = welshNav?.querySelector('a[hreflang="en-GB"]');
    expect(toEnglish?.getAttribute('href')).toBe('/our-strategy/mission/');
    expect(toEnglish?.getAttribute('lang')).toBe('en-GB');
    expect(textOf(toEnglish)).toContain(english.languageNavigation.switchTo);
    const englishNav = readPage(site, 'mission/').querySelector(`nav[aria-label="${english.languageNavigation.label}"]`);
    expect(englishNav?.querySelector('a[hreflang="cy-GB"]')?.getAttribute('href')).toBe('/our-strategy/cy/mission/');
    expect(readPage(site, 'cy/easy-read/mission/').querySelector('nav a[hreflang="en-GB"]')?.getAttribute('href')).toBe(
      '/our-strategy/easy-read/mission/',
    );
  });

  it('says a page is not found in each language, each part in its own language, linking its own pages', () => {
    const page = readFileSync(path.join(site, '404.html'), 'utf8');
    const root = parse(page);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(textOf(root.querySelector('main h1'))).toBe('Page not found');
    const welshPart = root.querySelector('main section[lang="cy-GB"]');
    expect(textOf(welshPart?.querySelector('h2'))).toBe(welsh().generatedPages['404/'].title);
    expect(textOf(welshPart)).toContain(welsh().generated.typed);
    const { youCan, goHome, comma, seeEveryPage, or, search, fullStop } = welsh().generated;
    expect(textOf(welshPart?.querySelectorAll('p').at(-1))).toBe(`${youCan} ${goHome}${comma} ${seeEveryPage} ${or} ${search}${fullStop}`);
    expect(welshPart?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      '/our-strategy/cy/',
      '/our-strategy/cy/contents/',
      '/our-strategy/cy/search/',
    ]);
  });

  it('tells search engines about each translated page in both languages', () => {
    for (const pagePath of ['mission/', 'cy/mission/']) {
      const links = readPage(site, pagePath)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
      expect(links, pagePath).toEqual([
        ['en-GB', `${origin}/our-strategy/mission/`],
        ['cy-GB', `${origin}/our-strategy/cy/mission/`],
      ]);
    }
  });

  it('says in Welsh that a Welsh page translated from an older English page may be out of date, linking the English page', () => {
    const page = readPage(site, 'cy/mission/');
    const notice = page.querySelector('main .nhsuk-inset-text.translation-out-of-date');
    expect(textOf(notice)).toBe(`${welsh().translationOutOfDate.notice} ${welsh().translationOutOfDate.readOriginal} Our mission`);
    const link = notice?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/our-strategy/mission/');
    expect(link?.getAttribute('lang')).toBe('en-GB');
    expect(link?.getAttribute('hreflang')).toBe('en-GB');
    // The build says so too, naming both files; the Welsh easy read page, which records nothing, and the English page have no notice.
    expect(buildOutput).toContain('content/harbourside/cy/mission.md');
    expect(buildOutput).toContain('content/harbourside/mission.md has changed since');
    expect(readPage(site, 'cy/easy-read/mission/').querySelector('.translation-out-of-date')).toBeNull();
    expect(readPage(site, 'mission/').querySelector('.translation-out-of-date')).toBeNull();
  });

  it('shows a page not translated yet in English under the Welsh menus, with a notice, out of search', () => {
    const page = readPage(site, 'cy/goals/');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('cy-GB');
    expect(textOf(page.querySelector('main'))).toContain(welsh().fallback.notTranslated);
    // With the trust's way to ask for it, as a link.
    const [askBefore] = welsh().fallback.askForTranslation('\u0000').split('\u0000');
    const ask = page.querySelector('.language-fallback p:nth-of-type(2)');
    expect(textOf(ask).startsWith(askBefore!.trim())).toBe(true);
    expect(ask?.querySelector('a[href="mailto:strategy@harbourside.example"]')).not.toBeNull();
    expect(page.querySelector('main div[lang="en-GB"][dir="ltr"]')).not.toBeNull();
    expect(page.querySelector('main h1')?.getAttribute('lang')).toBe('en-GB');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${origin}/our-strategy/goals/`);
    expect(page.querySelectorAll('link[hreflang]')).toEqual([]);
    // The Welsh home page's introduction, not translated yet, is marked as English.
    expect(readPage(site, 'cy/').querySelector('main .prose-content')?.getAttribute('lang')).toBe('en-GB');
    expect(readPage(site, 'cy/').querySelector('html')?.getAttribute('lang')).toBe('cy-GB');
    // The Welsh menu links stay in Welsh.
    expect(page.querySelector('a[href="/our-strategy/cy/mission/"]')).not.toBeNull();
  });

  it('shows a long page not translated yet as a link to the English page, not its text, past the Welsh budget', () => {
    const english = readPage(site, 'values/');
    const page = readPage(site, 'cy/values/');
    expect(textOf(english.querySelector('main'))).toContain('We keep listening to the people we care for');
    expect(textOf(page.querySelector('main'))).toContain(welsh().fallback.notTranslated);
    expect(textOf(page.querySelector('main'))).not.toContain('We keep listening to the people we care for');
    const link = page.querySelector('.language-fallback-original a');
    expect(textOf(page.querySelector('.language-fallback-original'))).toContain(welsh().fallback.readOriginal);
    expect(link?.getAttribute('href')).toBe('/our-strategy/values/');
    expect(link?.getAttribute('lang')).toBe('en-GB');
    expect(textOf(link)).toBe(textOf(english.querySelector('main h1')));
    // Shorter pages within the budget are still shown in full.
    expect(textOf(readPage(site, 'cy/goals/').querySelector('main'))).toContain(textOf(readPage(site, 'goals/').querySelector('main h2')));
  });

  it("lists each translated page's alternates in the sitemap, and leaves out pages not translated", () => {
    const sitemap = readFileSync(path.join(site, 'sitemap.xml'), 'utf8');
    const links = `<xhtml:link rel="alternate" hreflang="en-GB" href="${origin}/our-strategy/mission/"/><xhtml:link rel="alternate" hreflang="cy-GB" href="${origin}/our-strategy/cy/mission/"/>`;
    expect(sitemap).toContain(`<url><loc>${origin}/our-strategy/cy/mission/</loc>${links}</url>`);
    expect(sitemap).toContain(`<url><loc>${origin}/our-strategy/mission/</loc>${links}</url>`);
    expect(sitemap).not.toContain('/cy/goals/');
  });

  it('keeps a search index per language, and searches the Welsh one from a Welsh page', () => {
    const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['cy-gb', 'en-gb']);
    expect(readPage(site, 'cy/search/').querySelector('pagefind-config')?.getAttribute('lang')).toBe('cy-gb');
    expect(readPage(site, 'search/').querySelector('pagefind-config')?.getAttribute('lang')).toBe('en-gb');
  });

  it('finds only Welsh pages when searching from a Welsh page, and only English ones from an English page', async () => {
    // "cenhadaeth" is on the Welsh mission page only.
    const welsh = await searchAs(site, 'cy-GB', 'cenhadaeth');
    expect(welsh).toContain('/our-strategy/cy/mission/');
    expect(await searchAs(site, 'en-GB', 'cenhadaeth')).toEqual([]);
    // Words on both sites' pages (the contact details) find each language's own pages.
    const welshContact = await searchAs(site, 'cy-GB', 'strategy');
    const englishContact = await searchAs(site, 'en-GB', 'strategy');
    expect(welshContact.length).toBeGreaterThan(0);
    expect(englishContact.length).toBeGreaterThan(0);
    expect([...welsh, ...welshContact].filter((url) => !url.startsWith('/our-strategy/cy/'))).toEqual([]);
    expect(englishContact.filter((url) => url.startsWith('/our-strategy/cy/'))).toEqual([]);
  });

  it('publishes the shared files once, at the trust', () => {
    expect(() => readFileSync(path.join(site, 'theme.css'))).not.toThrow();
    expect(() => readFileSync(path.join(site, 'cy', 'theme.css'))).toThrow();
    expect(readPage(site, 'cy/mission/').querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe('/our-strategy/theme.css');
  });
});

describe('a trust under the Welsh Language Standards, built', () => {
  let standards: string;
  let dist: string;
  const home = `${'https://acme.example'}/strategy/`;

  beforeAll(async () => {
    standards = mkdtempSync(path.join(tmpdir(), 'strategy-welsh-standards-'));
    const trust = path.join(standards, 'content', exampleSlug);
    const files: Record<string, string> = {
      ...exampleTrust,
      'trust.yaml': `${exampleTrust['trust.yaml']}welshLanguageStandards: true\nlanguages:\n  - language: cy-GB\n    coverage: complete\n`,
      'cy/trust.yaml': 'strategy:\n  name: Gofal gwell\n',
      // Stamped with the English pages they translate: under the standards an unstamped Welsh page is refused.
      'cy/index.md':
        `---\ntype: overview\ntranslates: "${translationStamp(exampleTrust['index.md']!)}"\n` +
        'title: Ein strategaeth\ndescription: Beth fyddwn ni yn ei wneud.\n---\n\nByddwn ni yn gwella gofal.\n',
      'cy/easy-read/index.md':
        `---\ntranslates: "${translationStamp(exampleTrust['easy-read/index.md']!)}"\n` +
        'title: Ein cynllun\ndescription: Beth fyddwn ni yn ei wneud.\n---\n\n![Ysbyty](../../files/pictures/hospital.svg)\n\nByddwn ni yn gwella gofal.\n',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(trust, name)), { recursive: true });
      writeFileSync(path.join(trust, name), text);
    }
    const built = await runBuild([
      '--content',
      path.join(standards, 'content'),
      '--out',
      path.join(standards, 'dist'),
      '--trust',
      exampleSlug,
    ]);
    expect(built.code, built.stderr + built.stdout).toBe(0);
    dist = path.join(standards, 'dist', exampleSlug);
  }, 600_000);
  afterAll(() => {
    if (standards) rmSync(standards, { recursive: true, force: true });
  });

  it('gives the site root a choice of language, Welsh first, each in its own language', () => {
    const root = readPage(dist, '');
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('cy-GB');
    const choices = root
      .querySelectorAll('main li')
      .map((item) => [item.getAttribute('lang'), item.querySelector('a')?.getAttribute('href')]);
    expect(choices).toEqual([
      ['cy-GB', '/strategy/cy/'],
      ['en-GB', '/strategy/en/'],
    ]);
    expect(textOf(root.querySelector('main li[lang="cy-GB"] a'))).toBe(wordsFor('cy-GB').languageChoice.lead('Gofal gwell'));
    expect(textOf(root.querySelector('main li[lang="en-GB"] a'))).toBe(wordsFor('en-GB').languageChoice.lead('Better care'));
    expect(root.querySelector('nav[aria-label]')?.querySelector('[aria-current="true"][lang]')).toBeFalsy();
  });

  it('publishes both languages under their own prefix, with the root as the x-default of the home pages', () => {
    for (const prefix of ['en/', 'cy/']) {
      const links = readPage(dist, prefix)
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
      expect(links, prefix).toEqual([
        ['en-GB', `${home}en/`],
        ['cy-GB', `${home}cy/`],
        ['x-default', home],
      ]);
    }
    expect(readPage(dist, 'en/').querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(readPage(dist, 'en/contact/').querySelector('nav a[hreflang="cy-GB"]')?.getAttribute('href')).toBe('/strategy/cy/contact/');
    expect(() => readFileSync(path.join(dist, '404.html'))).not.toThrow();
  });
});
