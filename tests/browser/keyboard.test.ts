/**
 * Keyboard journeys in Chromium: the skip link, a sensible tab order through every link and
 * control with a visible focus outline, the easy-read switch, and reduced motion.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder, type RunningServer } from '../../scripts/serve/trust-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { sampleTrusts } from '../support/sample-trusts.ts';

let browser: Browser;
let server: RunningServer;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveTrustFolder(path.join(inject('builtSites'), 'harbourside'), sampleTrusts.harbourside.basePath);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Focused {
  text: string;
  tag: string;
  /** Position in document order, to prove the tab order follows the page. */
  order: number;
  outlineStyle: string;
  outlineWidth: number;
  background: string;
  visible: boolean;
}

const describeFocus = () =>
  page.evaluate((): Focused | null => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      text: (element.textContent || element.getAttribute('aria-label') || element.id).replace(/\s+/g, ' ').trim(),
      tag: element.tagName.toLowerCase(),
      order: [...document.querySelectorAll('*')].indexOf(element),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      background: style.backgroundColor,
      visible: box.width > 1 && box.height > 1,
    };
  });

describe.each([320, 1280])('keyboard at %i px', (width) => {
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.url}goals/`);
  });
  afterAll(async () => {
    await page.close();
  });

  it('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
    await page.keyboard.press('Tab');
    const skip = await describeFocus();
    expect(skip).toMatchObject({ text: 'Skip to main content', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('Tab reaches every link and control in page order, each with a visible outline and NHS yellow', async () => {
    await page.goto(`${server.url}goals/`);
    // Every link and control the reader can see: the header's script folds menu items that do not
    // fit into its closed "More" menu, and a phone shows the breadcrumb as a back link.
    await page.locator('.nhsuk-frontend-supported').waitFor({ state: 'attached' });
    const focusable = await page.evaluate(
      () =>
        [...document.querySelectorAll('a[href], input, button, summary')].filter((element) =>
          element.checkVisibility({ visibilityProperty: true }),
        ).length,
    );
    const journey: Focused[] = [];
    for (let step = 0; step < focusable + 5; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await describeFocus();
      if (!focused) break;
      journey.push(focused);
    }
    expect(journey).toHaveLength(focusable);
    const orders = journey.map((item) => item.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    for (const item of journey) {
      expect(item.visible, `${item.text} is visible when focused`).toBe(true);
      // An outline (transparent here) is what Windows high-contrast mode draws; the yellow is what everyone else sees.
      expect(item.outlineStyle, `${item.text} has an outline`).not.toBe('none');
      expect(item.outlineWidth, `${item.text} outline width`).toBeGreaterThanOrEqual(2);
      if (item.tag === 'a') expect(item.background, `${item.text} focus colour`).toBe('rgb(255, 235, 59)');
    }
    const texts = journey.map((item) => item.text);
    expect(texts).toContain('Easy read version');
    expect(texts.indexOf('Skip to main content')).toBe(0);
  });
});

describe('reduced motion', () => {
  it('turns off transitions and smooth scrolling when the reader asks for less motion', async () => {
    const reduced = await browser.newPage({ reducedMotion: 'reduce' });
    await reduced.goto(server.url);
    const style = await reduced.evaluate(() => {
      const link = getComputedStyle(document.querySelector('main a')!);
      return { transition: parseFloat(link.transitionDuration), scroll: getComputedStyle(document.documentElement).scrollBehavior };
    });
    expect(style.transition).toBeLessThan(0.001);
    expect(style.scroll).toBe('auto');
    await reduced.close();
  });
});
