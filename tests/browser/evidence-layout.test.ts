/**
 * Layouts measured in Chromium: the strategy on a page with 2 to 8 items around its centre
 * (trusts made for this test from Harbourside's content) has no overlapping boxes at 320 and
 * 1280 px, keeps its text in reading order and passes axe; measure charts fit at 320 px,
 * follow forced-colours mode and print in black.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser, runAxe } from '../support/browser.ts';
import { repoRoot, runBuild } from '../support/built-sites.ts';

const counts = [2, 3, 4, 5, 6, 7, 8];
let browser: Browser;
let work: string;

/**
 * Harbourside's settings, mission and values (what the strategy on a page shows around the goals)
 * with a goals page of `count` goals, with titles and statements of varied length. Its other
 * pages and easy read twins are left out: this test looks only at the strategy on a page.
 */
function writeTrust(content: string, count: number): void {
  const slug = `soap-${count}`;
  const dir = path.join(content, slug);
  for (const file of ['trust.yaml', 'mission.md', 'values.md', 'files/logo.svg'])
    cpSync(path.join(repoRoot, 'content', 'harbourside', file), path.join(dir, file), { recursive: true });
  const settings = readFileSync(path.join(dir, 'trust.yaml'), 'utf8')
    .replace(/^slug: .*$/m, `slug: ${slug}`)
    .replace(/^url: .*$/m, `url: https://${slug}.example/`);
  writeFileSync(path.join(dir, 'trust.yaml'), settings);
  const goals = Array.from({ length: count }, (_, index) => {
    const long = index % 3 === 1;
    return [
      `  - title: ${long ? `Goal ${index + 1} - joined-up care for everyone in every town along the coast` : `Goal ${index + 1}`}`,
      `    statement: ${long ? 'We will make sure that every person gets the help they need, from the right team, at the right time and as close to home as we can manage.' : 'We will do this well.'}`,
    ].join('\n');
  }).join('\n');
  writeFileSync(
    path.join(dir, 'goals.md'),
    `---\ntype: goals\ntitle: Our goals\ndescription: ${count} goals for the test.\norder: 30\ngoals:\n${goals}\n---\n\nOur goals.\n`,
  );
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'strategy-soap-'));
  const content = path.join(work, 'content');
  for (const count of counts) writeTrust(content, count);
  const build = await runBuild(['--content', content, '--out', path.join(work, 'dist')]);
  expect(build.code, build.stdout + build.stderr).toBe(0);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const boxesOf = (page: Page): Promise<Box[]> =>
  page.locator('.soap-centre, .soap-item, .soap-values').evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { name: element.textContent!.trim().slice(0, 30), left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    }),
  );

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe.each(counts)('the strategy on a page with %i goals', (count) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveTrustFolder(path.join(work, 'dist', `soap-${count}`), '/');
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([320, 1280])('has no overlapping boxes at %i px, every item on screen and its text in reading order', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    // The home page links to the strategy on a page rather than repeating it.
    for (const pagePath of ['strategy-on-a-page/']) {
      await page.goto(`${server.url}${pagePath}`);
      const boxes = await boxesOf(page);
      expect(boxes, pagePath).toHaveLength(count + 2); // centre, the goals, values
      for (const [index, a] of boxes.entries())
        for (const b of boxes.slice(index + 1))
          expect(overlaps(a, b), `${pagePath} at ${width}: "${a.name}" overlaps "${b.name}"`).toBe(false);
      for (const box of boxes) expect(box.right, `${pagePath}: ${box.name}`).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      const text = (await page.locator('.soap-grid').innerText()).replace(/\s+/g, ' ');
      const order = ['To give every person who comes to us', ...Array.from({ length: count }, (_, index) => `Goal ${index + 1}`), 'Kind'];
      const positions = order.map((fragment) => text.indexOf(fragment));
      expect(
        positions.every((position) => position >= 0),
        `${pagePath}: ${text}`,
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
    await page.close();
  });

  it('passes axe on its own page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}strategy-on-a-page/`);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});

describe('measure charts', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveTrustFolder(path.join(inject('builtSites'), 'harbourside'), '/our-strategy/');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('keep every label inside the chart at 320 px', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(`${server.url}how-we-are-doing/`);
    const overflow = await page.locator('.measure-chart svg').evaluateAll((charts) =>
      charts.flatMap((chart) => {
        const edge = chart.getBoundingClientRect().right;
        return [...chart.querySelectorAll('text')]
          .filter((text) => text.getBoundingClientRect().right > edge + 0.5)
          .map((text) => text.textContent);
      }),
    );
    expect(overflow).toEqual([]);
    const size = await page
      .locator('.measure-chart text')
      .first()
      .evaluate((text) => parseFloat(getComputedStyle(text).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.close();
  });

  it('draw bars in the text colour in forced-colours mode, and in black when printed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${server.url}how-we-are-doing/`);
    const forced = await page
      .locator('.measure-chart .bar')
      .first()
      .evaluate((bar) => ({
        fill: getComputedStyle(bar).fill,
        text: getComputedStyle(bar.closest('svg')!.querySelector('text')!).fill,
      }));
    expect(forced.fill).toBe(forced.text);
    await page.emulateMedia({ forcedColors: 'none', media: 'print' });
    expect(
      await page
        .locator('.measure-chart .bar:not(.bar-start)')
        .first()
        .evaluate((bar) => getComputedStyle(bar).fill),
    ).toBe('rgb(0, 0, 0)');
    await page.close();
  });
});
