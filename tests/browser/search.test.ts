/**
 * Search in Chromium, each trust served alone: results only from that trust, the easy-read
 * filter, titles and excerpts, the count announced to screen readers, keyboard only from
 * the search box to opening a result, no search code on other pages, and a no-JavaScript
 * fallback that points to the contents page. Harbourside's Urdu search page speaks Urdu in
 * Pagefind's own words too.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser, watchedPage } from '../support/browser.ts';
import { sampleSlugs, sampleTrusts, type SampleSlug } from '../support/sample-trusts.ts';

let browser: Browser;
const servers = {} as Record<SampleSlug, RunningServer>;

beforeAll(async () => {
  browser = await launchBrowser();
  for (const slug of sampleSlugs)
    servers[slug] = await serveTrustFolder(path.join(inject('builtSites'), slug), sampleTrusts[slug].basePath);
});
afterAll(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
});

/**
 * Keeps every message put in a live region: Pagefind shows each for 350 ms only, which a poll
 * on a busy machine can miss, though a screen reader has announced it.
 */
function recordAnnouncements(): void {
  const heard: string[] = [];
  (window as unknown as { announced: string[] }).announced = heard;
  new MutationObserver((changes) => {
    for (const change of changes) {
      const region = (change.target instanceof Element ? change.target : change.target.parentElement)?.closest('[aria-live]');
      const text = region?.textContent?.trim();
      if (text) heard.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Opens a trust's search page and types the words with the keyboard. */
async function search(slug: SampleSlug, words: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.addInitScript(recordAnnouncements);
  await page.goto(`${servers[slug].url}search/`);
  await page.locator('pagefind-input input').focus();
  await page.keyboard.type(words);
  const summary = page.locator('pagefind-summary');
  await expect.poll(async () => (await summary.textContent()) ?? '').toMatch(new RegExp(`(results? for|no results).*${words}`, 'i'));
  // The count is announced before the result links are drawn (their excerpts load after it).
  if (!/no results/i.test((await summary.textContent()) ?? ''))
    await expect.poll(() => page.locator('.pf-result-link').count()).toBeGreaterThan(0);
  return page;
}

/** Waits for a non-empty result list of easy read pages only (an empty list in between would pass "every" on its own). */
async function expectOnlyEasyReadResults(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const links = await resultLinks(page);
      return links.length > 0 && links.every((href) => href.includes('/easy-read/'));
    })
    .toBe(true);
}

const resultLinks = (page: Page) => page.locator('.pf-result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));

/** The result addresses in the order listed, once every listed result has drawn its link. */
async function allResultLinks(page: Page): Promise<string[]> {
  await expect
    .poll(async () => {
      const listed = await page.locator('.pf-result').count();
      return listed > 0 && listed === (await page.locator('.pf-result-link').count());
    })
    .toBe(true);
  return resultLinks(page);
}

/** Pairs of [standard page, its easy read twin] both listed, with where each is in the list. */
function twinPlaces(links: string[], basePath: string): { standard: string; standardAt: number; easyReadAt: number }[] {
  return links.flatMap((href, easyReadAt) => {
    if (!href.startsWith(`${basePath}easy-read/`)) return [];
    const standard = href.replace(`${basePath}easy-read/`, basePath);
    const standardAt = links.indexOf(standard);
    return standardAt === -1 ? [] : [{ standard, standardAt, easyReadAt }];
  });
}

describe('search', () => {
  it("finds a word from one trust only on that trust's site", async () => {
    // "lunchtime" is on one Ashdown Valley page only, and no other trust has a word it could be mistaken for.
    const ashdown = await search('ashdown-valley', 'lunchtime');
    const found = await resultLinks(ashdown);
    expect(found).toContain('/about-us/strategy/have-your-say/');
    expect(found.every((href) => href.startsWith('/about-us/strategy/'))).toBe(true);
    await ashdown.close();

    for (const slug of ['harbourside', 'fenmoor'] as const) {
      const other = await search(slug, 'lunchtime');
      expect(await other.locator('.pf-result').count()).toBe(0);
      expect(await other.locator('pagefind-summary').textContent()).toMatch(/no results/i);
      await other.close();
    }
  });

  it("shows each result's title and an excerpt, and announces the number of results", async () => {
    const page = await search('harbourside', 'waits');
    const first = page.locator('.pf-result').first();
    // A result is drawn before its title and excerpt arrive: wait for them, as a reader would.
    await expect.poll(async () => (await first.locator('.pf-result-link').textContent())?.trim()).not.toBe('');
    await expect.poll(() => first.locator('.pf-result-excerpt mark').first().textContent()).toMatch(/waits/i);
    // The notice for browsers without JavaScript is not shown where search works.
    expect(await page.locator('main noscript').isVisible()).toBe(false);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { announced: string[] }).announced))
      .toContainEqual(expect.stringMatching(/\d+ results?/));
    await page.close();
  });

  it('narrows to easy read pages with the Version filter', async () => {
    const page = await search('harbourside', 'care');
    // Results arrive a moment after the summary: wait until both versions are listed.
    await expect.poll(async () => (await resultLinks(page)).some((href) => !href.includes('/easy-read/'))).toBe(true);
    await page.locator('details[data-filter-name="version"] summary').click();
    await page.getByLabel('Easy read').check();
    await expectOnlyEasyReadResults(page);
    await page.close();
  });

  it('leaves previous strategies out of the default search, and finds their pages when the reader includes them', async () => {
    // "seaside" is on pages of Harbourside's previous strategy (previous/2019-2024/) only.
    const page = await search('harbourside', 'seaside');
    expect(await page.locator('pagefind-summary').textContent()).toMatch(/no results/i);
    expect(await page.locator('.pf-result').count()).toBe(0);
    const include = page.getByLabel('Include previous strategies');
    expect(await include.isChecked()).toBe(false);
    await include.check();
    await expect
      .poll(async () => (await resultLinks(page)).sort())
      .toEqual(['/our-strategy/previous/2019-2024/ambitions/', '/our-strategy/previous/2019-2024/easy-read/ambitions/']);
    // A word of both strategies lists the previous strategy's pages with the current ones; left out again, only the current.
    // (The results for "seaside" are the previous strategy's too: wait for the vision pages themselves.)
    await page.locator('pagefind-input input').fill('vision');
    await expect
      .poll(async () => {
        const links = await resultLinks(page);
        return links.includes('/our-strategy/vision/') && links.includes('/our-strategy/previous/2019-2024/vision/');
      })
      .toBe(true);
    await include.uncheck();
    await expect
      .poll(async () => {
        const links = await resultLinks(page);
        return links.includes('/our-strategy/vision/') && links.every((href) => !href.includes('/previous/'));
      })
      .toBe(true);
    await page.close();

    // The other filters keep working with it: easy read pages only, of the previous strategy too.
    const easyRead = await search('harbourside', 'seaside');
    await easyRead.getByLabel('Include previous strategies').check();
    await expect
      .poll(async () => (await resultLinks(easyRead)).sort())
      .toEqual(['/our-strategy/previous/2019-2024/ambitions/', '/our-strategy/previous/2019-2024/easy-read/ambitions/']);
    const versions = easyRead.locator('details[data-filter-name="version"]');
    // The group may be open already: open it only if it is closed.
    if (!(await versions.evaluate((group) => (group as HTMLDetailsElement).open))) await versions.locator('summary').click();
    await easyRead.getByLabel('Easy read').check();
    await expect.poll(() => resultLinks(easyRead)).toEqual(['/our-strategy/previous/2019-2024/easy-read/ambitions/']);
    await easyRead.close();
  });

  it("searches previous strategies too when the reader searches from a previous strategy's page", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${servers.harbourside.url}previous/2019-2024/values/`);
    await page.locator('#search-field').fill('seaside');
    await page.locator('#search-field').press('Enter');
    await page.waitForURL(/\/our-strategy\/search\//);
    expect(await page.getByLabel('Include previous strategies').isChecked()).toBe(true);
    await expect
      .poll(async () => (await resultLinks(page)).sort())
      .toEqual(['/our-strategy/previous/2019-2024/ambitions/', '/our-strategy/previous/2019-2024/easy-read/ambitions/']);
    // Unticked, the reader is back to the current strategy alone.
    await page.getByLabel('Include previous strategies').uncheck();
    await expect.poll(() => page.locator('pagefind-summary').textContent()).toMatch(/no results/i);
    await page.close();
  });

  it("keeps the header's words in its search box, with the box's clear button drawn, and nothing fails to load", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, failedRequests, errors } = await watchedPage(context);
    await page.goto(`${servers.harbourside.url}search/?q=care`);
    expect(await page.locator('#search-field').inputValue()).toBe('care');
    await expect.poll(() => page.locator('.pf-result-link').count()).toBeGreaterThan(0);
    // The clear button shows while the reader points at the box: its icon loads from the site (a missing one is a failed request).
    await page.locator('#search-field').hover();
    await page.waitForLoadState('networkidle');
    expect(failedRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the choice only where a trust has kept a previous strategy', async () => {
    const page = await search('fenmoor', 'care');
    expect(await page.getByLabel('Include previous strategies').count()).toBe(0);
    await page.close();
  });

  it('lets the filters be opened and ticked with the keyboard alone', async () => {
    const page = await search('harbourside', 'care');
    await expect.poll(async () => (await resultLinks(page)).some((href) => !href.includes('/easy-read/'))).toBe(true);
    await page.locator('details[data-filter-name="version"] summary').focus();
    await page.keyboard.press('Enter');
    for (let step = 0; step < 10; step += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value === 'Easy read')) break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Easy read');
    await page.keyboard.press('Space');
    await expectOnlyEasyReadResults(page);
    await page.close();
  });

  it('narrows by the kind of page', async () => {
    const page = await search('harbourside', 'care');
    await page.locator('details[data-filter-name="kind"] summary').click();
    await page.getByLabel('Goals').check();
    await expect.poll(async () => (await resultLinks(page)).sort()).toEqual(['/our-strategy/easy-read/goals/', '/our-strategy/goals/']);
    // The two versions of the page are told apart by their titles, not only by their addresses.
    const titles = await page
      .locator('.pf-result-link')
      .evaluateAll((links) => Object.fromEntries(links.map((link) => [link.getAttribute('href')!, link.textContent!.trim()])));
    expect(titles['/our-strategy/easy-read/goals/']).toMatch(/^Easy read: /);
    expect(titles['/our-strategy/goals/']).not.toMatch(/Easy read/);
    await page.close();
  });

  it('lists each standard page above its easy read twin', async () => {
    const page = await search('harbourside', 'care');
    const links = await allResultLinks(page);
    const twins = twinPlaces(links, '/our-strategy/');
    // The home page, mission, vision, goals, priorities and the year one report each have a twin that says "care".
    expect(twins.map(({ standard }) => standard).sort()).toEqual([
      '/our-strategy/',
      '/our-strategy/goals/',
      '/our-strategy/mission/',
      '/our-strategy/priorities/',
      '/our-strategy/progress-2025-26/',
      '/our-strategy/vision/',
    ]);
    for (const twin of twins) expect(twin.standardAt, `${twin.standard} in ${links.join(', ')}`).toBeLessThan(twin.easyReadAt);
    await page.close();
  });

  it('lists easy read pages above their standard pages when the search starts from an easy read page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${servers.harbourside.url}easy-read/goals/`);
    await page.locator('#search-field').fill('care');
    await page.locator('#search-field').press('Enter');
    await page.waitForURL(/search\/\?/);
    const links = await allResultLinks(page);
    const twins = twinPlaces(links, '/our-strategy/');
    expect(twins.length).toBeGreaterThanOrEqual(5);
    for (const twin of twins) expect(twin.easyReadAt, `${twin.standard} in ${links.join(', ')}`).toBeLessThan(twin.standardAt);
    // Searching again from the search page's own header box keeps the easy read pages first.
    await page.locator('#search-field').fill('wait');
    await page.locator('#search-field').press('Enter');
    await page.waitForURL(/q=wait/);
    await expect.poll(async () => (await allResultLinks(page))[0]).toMatch(/\/easy-read\//);
    await page.close();
  });

  it("lists a home page summary's words once, under the page it summarises", async () => {
    // "timely" is in the mission statement, which the home page's summary also shows.
    const page = await search('harbourside', 'timely');
    const links = await allResultLinks(page);
    expect(links).toContain('/our-strategy/mission/');
    expect(links).not.toContain('/our-strategy/');
    // No result or section of a result leads into the home page's summary.
    const everyLink = await page.locator('.pf-results a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(everyLink.filter((href) => href.startsWith('/our-strategy/#'))).toEqual([]);
    await page.close();

    // Northwold's home page summarises its case for change and focus areas: those sections are not listed under it.
    const northwold = await search('northwold', 'care');
    await allResultLinks(northwold);
    const sections = await northwold.locator('.pf-heading-link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(sections.filter((href) => href.startsWith('/strategy/#'))).toEqual([]);
    await northwold.close();
  });

  it('starts an excerpt from the middle of a page with an ellipsis, not half a sentence', async () => {
    const page = await search('harbourside', 'care');
    await allResultLinks(page);
    const excerpts = await page.locator('.pf-result').evaluateAll((results) =>
      results.flatMap((result) => [
        {
          title: result.querySelector('.pf-result-link')!.textContent!.trim(),
          text: result.querySelector('.pf-result-excerpt')!.textContent!.trim(),
        },
        ...[...result.querySelectorAll('.pf-heading-chip')].map((chip) => ({
          title: chip.querySelector('.pf-heading-link')!.textContent!.trim(),
          text: chip.querySelector('.pf-heading-excerpt')!.textContent!.trim(),
        })),
      ]),
    );
    expect(excerpts.length).toBeGreaterThan(10);
    for (const { title, text } of excerpts) {
      // An excerpt starts where its page or section starts (with its heading), or says it starts mid-way.
      const heading = title.replace(/^Easy read: /, '');
      expect(text.startsWith(heading) || /^… \S/.test(text), `"${text}" (${title})`).toBe(true);
    }
    // Most excerpts here start mid-way: the ellipsis is there, then a whole word.
    expect(excerpts.filter(({ text }) => text.startsWith('… ')).length).toBeGreaterThan(5);
    await page.close();
  });

  it('works with the keyboard alone, from the header search box to opening a result', async () => {
    const page = await browser.newPage();
    await page.goto(servers.harbourside.url);
    // Tab to the header search box, type, and press Enter.
    for (let step = 0; step < 10; step += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'search-field')) break;
    }
    await page.keyboard.type('diagnostic');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=diagnostic/);
    await page.locator('.pf-result-link').first().waitFor();
    // Tab from the search box to the first result and open it.
    await page.locator('pagefind-input input').focus();
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('pf-result-link'))) break;
    }
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(target).toBe('/our-strategy/priorities/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/our-strategy\/priorities\/$/);
    expect(await page.locator('h1').textContent()).toBe('Our priorities for 2025 to 2026');
    await page.close();
  });

  it('is usable on a 320 px phone without sideways scrolling', async () => {
    const page = await search('ashdown-valley', 'carers', 320);
    expect(await page.locator('.pf-result').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.close();
  });

  it('loads no search code on a page until the reader opens search', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${servers.harbourside.url}goals/`, { waitUntil: 'networkidle' });
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });

  it('without JavaScript, says so and points to the contents page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${servers.fenmoor.url}search/`);
    // The notice is a <noscript>, which Playwright's text search passes over: found by its place, read by its words.
    const notice = page.locator('main noscript p');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/^Search needs JavaScript/);
    expect(await page.getByRole('link', { name: 'contents (A to Z) page' }).getAttribute('href')).toBe('/contents/');
    await context.close();
  });

  it("speaks Urdu on Harbourside's Urdu search page, in Pagefind's words too (Pagefind has none of its own in Urdu)", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(recordAnnouncements);
    await page.goto(`${servers.harbourside.url}ur/search/`);
    await page.locator('pagefind-input input').focus();
    await page.keyboard.type('حکمت');
    const summary = page.locator('pagefind-summary');
    await expect.poll(async () => (await summary.textContent()) ?? '').toMatch(/حکمت کے لیے \d+ نتائج/);
    const words = await page.locator('.search-ui').innerText();
    expect(words).toContain('صاف کریں');
    expect(words).not.toMatch(/\b(Clear|results? for|Search this site|Results will appear)\b/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('zzzz');
    await expect.poll(async () => (await summary.textContent()) ?? '').toContain('zzzz کے لیے کوئی نتیجہ نہیں ملا');
    await page.close();
  });
});
