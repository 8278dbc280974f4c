/**
 * Every disclosure a reader can open, opened as a keyboard user opens it, on one page of each
 * kind of every sample trust, at 320, 390, 768 and 1280 px: the header's "More" menu, every
 * expander (<details>), and the search page's filters once a search has found pages. Inside each,
 * every link and control must be visible and not clipped (the point at its centre is the link
 * itself, not what covers or cuts it off), and Tab must reach them one by one in page order
 * without moving them (a clipped list scrolled by focus would show one link in place of the bar),
 * each readable while focused (text at least 4.5 to 1 on the focus colour).
 */
import path from 'node:path';
import { wcagContrast } from 'culori';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { TEXT_CONTRAST } from '../../src/schemas/contrast.ts';
import { launchBrowser } from '../support/browser.ts';
import { onePagePerKind } from '../support/pages-by-kind.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

const dist = inject('builtSites');
const widths = [320, 390, 768, 1280];
/** What opens a disclosure: nhsuk-frontend's menu button, and each expander's summary. */
const TOGGLES = '.nhsuk-header__menu-toggle, summary';
/** A word every sample strategy uses, so the search page shows its filters. */
const SEARCH_WORD = 'strategy';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Item {
  text: string;
  /** Where it is on the page (not the window), to see whether focus moved it. */
  top: number;
  left: number;
  visible: boolean;
  /** The element at its centre is the item or inside it; else what is there instead. */
  covered: string | null;
  /** Its text colour and the first painted background behind it. */
  colour: string;
  background: string;
}

/** In the page: the item's place and whether it is seen, bringing it into the window first if it is below. */
function measure(element: Element): Item {
  const nameOf = (node: Element | null) =>
    node ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}` : 'nothing';
  let box = element.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) {
    window.scrollBy(0, box.top - window.innerHeight / 2);
    box = element.getBoundingClientRect();
  }
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  let background = 'rgb(255, 255, 255)';
  for (let node: Element | null = element; node; node = node.parentElement) {
    const fill = getComputedStyle(node).backgroundColor;
    if (fill !== 'transparent' && !/^rgba\(.*, 0\)$/.test(fill)) {
      background = fill;
      break;
    }
  }
  return {
    text: (element.textContent || element.getAttribute('aria-label') || element.tagName).replace(/\s+/g, ' ').trim(),
    top: Math.round(box.top + window.scrollY),
    left: Math.round(box.left + window.scrollX),
    visible: element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width >= 1 && box.height >= 1,
    covered: hit && (hit === element || element.contains(hit)) ? null : nameOf(hit),
    colour: getComputedStyle(element).color,
    background,
  };
}

/**
 * In the page: marks each link and control inside the toggle's disclosure with its place in
 * page order (data-disclosure-item) and measures it. Controls inside a closed inner expander are
 * not shown, so not expected.
 */
function markItems(toggle: Element): Item[] {
  const measureItem = (window as unknown as { measureDisclosureItem: typeof measure }).measureDisclosureItem;
  const region = toggle.matches('summary')
    ? toggle.parentElement!
    : toggle.closest('.nhsuk-header__menu')!.querySelector('.nhsuk-header__menu-list')!;
  for (const old of document.querySelectorAll('[data-disclosure-item]')) old.removeAttribute('data-disclosure-item');
  const shown = [...region.querySelectorAll('a[href], button, input, select, textarea, summary')].filter((element) => {
    const closed = element.closest('details:not([open])');
    // Pagefind hides the filters that match none of the results (data-pf-hidden), on purpose.
    const leftOut = element.closest('[hidden], [data-pf-hidden]');
    return (
      element !== toggle &&
      (!leftOut || !region.contains(leftOut)) &&
      (!closed || (element.matches('summary') && element.parentElement === closed))
    );
  });
  return shown.map((element, index) => {
    element.setAttribute('data-disclosure-item', String(index));
    return measureItem(element);
  });
}

const isOpen = (toggle: Element) =>
  toggle.matches('summary') ? (toggle.parentElement as HTMLDetailsElement).open : toggle.getAttribute('aria-expanded') === 'true';

/** Opens each disclosure on the page from the keyboard and returns what a reader could not see or reach. */
async function disclosureProblems(page: Page, where: string, counts: { disclosures: number; items: number }): Promise<string[]> {
  const problems: string[] = [];
  const toggles = page.locator(TOGGLES);
  const shownToggles = await toggles.evaluateAll((found) =>
    found.flatMap((element, index) => (element.checkVisibility({ visibilityProperty: true }) ? [index] : [])),
  );
  for (const index of shownToggles) {
    const toggle = toggles.nth(index);
    const name = (await toggle.innerText()).replace(/\s+/g, ' ').trim();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.evaluate(isOpen), { message: `${where}: "${name}" opens with Enter` }).toBe(true);
    counts.disclosures += 1;
    const items = await toggle.evaluate(markItems);
    if (items.length === 0 && !(await toggle.evaluate((element) => element.matches('summary')))) {
      problems.push(`${where}: "${name}" opens an empty menu`);
    }
    for (const item of items) {
      counts.items += 1;
      if (!item.visible) problems.push(`${where}: "${name}" → "${item.text}" is not shown`);
      else if (item.covered) problems.push(`${where}: "${name}" → "${item.text}" is cut off or covered (${item.covered} at its centre)`);
    }
    // Tab from the toggle walks the items in page order, each where it was before it had focus.
    await toggle.focus();
    for (const [order, before] of items.entries()) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        const measureItem = (window as unknown as { measureDisclosureItem: typeof measure }).measureDisclosureItem;
        return element ? { order: element.getAttribute('data-disclosure-item'), ...measureItem(element) } : null;
      });
      if (focused?.order !== String(order)) {
        problems.push(`${where}: "${name}": Tab ${order + 1} reached "${focused?.text ?? 'nothing'}", not "${before.text}"`);
        break;
      }
      if (Math.abs(focused.top - before.top) > 1 || Math.abs(focused.left - before.left) > 1)
        problems.push(
          `${where}: "${name}" → "${before.text}" moves when focused, from ${before.left},${before.top} to ${focused.left},${focused.top}`,
        );
      if (focused.covered) problems.push(`${where}: "${name}" → "${before.text}" is cut off or covered when focused (${focused.covered})`);
      const contrast = Math.floor(wcagContrast(focused.colour, focused.background) * 100) / 100;
      if (contrast < TEXT_CONTRAST)
        problems.push(`${where}: "${name}" → "${before.text}" focused is ${focused.colour} on ${focused.background}, ${contrast} to 1`);
    }
    // nhsuk-frontend closes its menu on Escape, so the next disclosure is seen as the page is.
    if (!(await toggle.evaluate((element) => element.matches('summary')))) {
      await page.keyboard.press('Escape');
      await expect.poll(() => toggle.evaluate(isOpen), { message: `${where}: "${name}" closes with Escape` }).toBe(false);
    }
  }
  return problems;
}

async function walkAtWidth(siteUrl: string, pages: string[], width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  // The measuring function, in every page before its own scripts (an init script, which the pages' policy allows).
  await context.addInitScript({ content: `window.measureDisclosureItem = ${measure.toString()};` });
  const page = await context.newPage();
  const problems: string[] = [];
  const counts = { disclosures: 0, items: 0 };
  try {
    for (const pagePath of pages) {
      await page.goto(`${siteUrl}${pagePath}`);
      // nhsuk-frontend's script has folded the menu once <body> carries this class.
      await page.locator('body.nhsuk-frontend-supported').waitFor({ state: 'attached' });
      if (pagePath === 'search/') {
        await page.locator('pagefind-input input').fill(SEARCH_WORD);
        // The filters are drawn with the results: once results are listed, they are there.
        await expect.poll(() => page.locator('.pf-result').count(), { message: `search at ${width} px finds pages` }).toBeGreaterThan(0);
        await expect
          .poll(() => page.locator('.pf-filter-group').count(), { message: `search at ${width} px shows filters` })
          .toBeGreaterThan(0);
      }
      problems.push(...(await disclosureProblems(page, `${pagePath || '(home)'} at ${width} px`, counts)));
    }
  } finally {
    await context.close();
  }
  return { problems, counts };
}

describe.each(sampleSlugs)('%s', (slug) => {
  const siteDir = path.join(dist, slug);
  const pages = onePagePerKind(siteDir);
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveTrustFolder(siteDir, sampleTrusts[slug].basePath);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(widths)('at %i px every link in every menu and expander is shown, unclipped and reached by Tab in order', async (width) => {
    const { problems, counts } = await walkAtWidth(server.url, pages, width);
    expect(problems).toEqual([]);
    // The walk opened something: on a phone at least the menu, and on the search page its filters.
    expect(counts.items).toBeGreaterThan(0);
  });
});
