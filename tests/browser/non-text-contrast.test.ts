/**
 * Non-text contrast (WCAG 2.2 success criterion 1.4.11, at least 3 to 1), computed from the
 * colours Chromium actually paints, which axe does not measure: every icon (SVG fills and
 * strokes, and shapes drawn with CSS such as chevrons) against the background behind it, the
 * focus style of every link and control against what is around it (and the icons inside it while
 * focused), the marks of every chart, and the edge of every form field. On one page of each kind
 * of every sample trust, and of two trusts built here in the extreme colours the settings accept:
 * the palest brand and accent colours (exactly 4.5 and 3 to 1 against white) and black.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { wcagContrast } from 'culori';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveTrustFolder } from '../../scripts/serve/trust-server.ts';
import { astroCacheDir } from '../../src/publishing/astro-cache-dir.ts';
import { NON_TEXT_CONTRAST, contrastRatio } from '../../src/schemas/contrast.ts';
import { launchBrowser } from '../support/browser.ts';
import { repoRoot, runBuild } from '../support/built-sites.ts';
import { onePagePerKind } from '../support/pages-by-kind.ts';
import { sampleSlugs, sampleTrusts } from '../support/sample-trusts.ts';

const widths = [390, 1280];
/**
 * The lightest colours the settings accept (src/schemas/trust.ts), found by trying every colour:
 * contrast depends only on how light a colour is, so no accepted colour is paler than these.
 */
const PALEST = { brand: '#7c7290', accent: '#e969a1' };
const DARKEST = { brand: '#000000', accent: '#000000' };
const SEARCH_WORD = 'strategy';

/** Colours a reader must tell apart from what is behind them, as CSS computed colours. */
interface Paint {
  what: string;
  /** Any one of these standing out is enough (a focus style of yellow and a dark underline). */
  colours: string[];
  against: string;
}

/** In the page: every non-text colour that must stand out, and what it stands against. */
function paintsOnPage(): Paint[] {
  const alphaOf = (colour: string) => {
    const match = /rgba\([^)]*,\s*([\d.]+)\)$/.exec(colour) ?? /\/\s*([\d.]+)\s*\)$/.exec(colour);
    return colour === 'transparent' ? 0 : match ? parseFloat(match[1]!) : 1;
  };
  const painted = (colour: string) => /^(rgb|color)/.test(colour) && alphaOf(colour) > 0;
  const behind = (start: Element | null) => {
    for (let element = start; element; element = element.parentElement) {
      const background = getComputedStyle(element).backgroundColor;
      if (painted(background)) return background;
    }
    return 'rgb(255, 255, 255)';
  };
  const nameOf = (element: Element) => {
    const words = (element.getAttribute('aria-label') || element.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ''}${words ? ` "${words}"` : ''}`;
  };
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0;
  };
  const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
  const borderColours = (style: CSSStyleDeclaration) =>
    sides
      .filter((side) => parseFloat(style[`border${side}Width`]) > 0 && style[`border${side}Style`] !== 'none')
      .map((side) => style[`border${side}Color`])
      .filter(painted);
  const paints: Paint[] = [];
  const svgPaints = (svg: Element, what: string) => {
    const against = behind(svg.parentElement);
    for (const shape of svg.querySelectorAll('path, circle, rect, line, polyline, polygon, ellipse')) {
      if (!shown(shape)) continue;
      const style = getComputedStyle(shape);
      const outlined = painted(style.stroke) && parseFloat(style.strokeWidth) > 0;
      if (outlined) paints.push({ what: `${what} line`, colours: [style.stroke], against });
      // An outlined shape's fill meets its outline, not the background: the outline is what must stand out.
      else if (painted(style.fill)) paints.push({ what: `${what} fill`, colours: [style.fill], against });
    }
  };

  for (const svg of document.querySelectorAll('body svg')) {
    if (!shown(svg)) continue;
    // A chart is one picture (role="img"); its bars and target line are its marks.
    if (svg.getAttribute('role') === 'img') svgPaints(svg, `chart mark in ${nameOf(svg.closest('figure') ?? svg)}`);
    else svgPaints(svg, `icon in ${nameOf(svg.parentElement!)}`);
  }
  // Shapes drawn with CSS borders or fills: chevrons, the current page's bar.
  for (const element of document.querySelectorAll('body *')) {
    if (!shown(element)) continue;
    for (const pseudo of ['::before', '::after']) {
      const style = getComputedStyle(element, pseudo);
      if (style.content === 'none' || style.content === 'normal' || style.display === 'none') continue;
      const colours = borderColours(style);
      if (parseFloat(style.width) > 0 && parseFloat(style.height) > 0 && painted(style.backgroundColor))
        colours.push(style.backgroundColor);
      for (const colour of colours)
        paints.push({ what: `shape (${pseudo}) of ${nameOf(element)}`, colours: [colour], against: behind(element) });
    }
  }
  // The edge of a text field is its border, or where it has none its own fill. Chromium draws
  // checkboxes itself (a dark grey edge), so their styles say nothing: they are left out.
  for (const field of document.querySelectorAll('input:not([type="checkbox"], [type="radio"], [type="hidden"]), select, textarea')) {
    if (!shown(field)) continue;
    const style = getComputedStyle(field);
    const borders = borderColours(style);
    paints.push({
      what: `edge of ${nameOf(field)}${field.getAttribute('placeholder') ? ` "${field.getAttribute('placeholder')}"` : ''}`,
      colours: borders.length > 0 ? borders : [style.backgroundColor],
      against: behind(field.parentElement),
    });
  }
  // Focus: whatever changes when an element has focus (outline, shadows, fill, border) must stand out.
  for (const element of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
    if (!shown(element)) continue;
    // nhsuk-frontend styles some focus on a part inside (an expander's words): the element and all inside it.
    const parts = [element, ...element.querySelectorAll('*')];
    const unfocused = parts.map((part) => {
      const style = getComputedStyle(part);
      return { background: style.backgroundColor, borders: borderColours(style).join(), shadow: style.boxShadow };
    });
    element.focus({ preventScroll: true });
    if (document.activeElement !== element) continue;
    // Chromium's own ring ("auto") is two rings, dark and light, which stand out on any colour.
    if (getComputedStyle(element).outlineStyle === 'auto') {
      element.blur();
      continue;
    }
    const colours = parts.flatMap((part, index) => {
      const style = getComputedStyle(part);
      const before = unfocused[index]!;
      return [
        ...(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && painted(style.outlineColor) ? [style.outlineColor] : []),
        ...(style.boxShadow !== before.shadow ? (style.boxShadow.match(/(rgba?|color)\([^)]*\)/g) ?? []).filter(painted) : []),
        ...(style.backgroundColor !== before.background && painted(style.backgroundColor) ? [style.backgroundColor] : []),
        ...(borderColours(style).join() !== before.borders ? borderColours(style) : []),
      ];
    });
    paints.push({ what: `focus style of ${nameOf(element)}`, colours, against: behind(element.parentElement) });
    for (const svg of element.querySelectorAll('svg')) svgPaints(svg, `icon in focused ${nameOf(element)}`);
    element.blur();
  }
  return paints;
}

/** What falls short of 3 to 1 on the page, in words. */
async function contrastProblems(page: Page, where: string): Promise<string[]> {
  const paints = await page.evaluate(paintsOnPage);
  expect(paints.length, `${where}: colours found`).toBeGreaterThan(0);
  return paints.flatMap((paint) => {
    const ratios = paint.colours.map((colour) => wcagContrast(colour, paint.against));
    const best = Math.floor(Math.max(0, ...ratios) * 100) / 100;
    if (best >= NON_TEXT_CONTRAST) return [];
    const shown = paint.colours.length > 0 ? paint.colours.join(' or ') : 'nothing that changes';
    return [`${where}: ${paint.what}: ${shown} on ${paint.against} is ${best} to 1`];
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every page of `pages` at each width, with a search made on the search page so its filters and results are drawn. */
async function siteProblems(siteDir: string, basePath: string, label: string): Promise<string[]> {
  const server = await serveTrustFolder(siteDir, basePath);
  const problems: string[] = [];
  try {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const pagePath of onePagePerKind(siteDir)) {
        await page.goto(`${server.url}${pagePath}`);
        await page.locator('body.nhsuk-frontend-supported').waitFor({ state: 'attached' });
        if (pagePath === 'search/') {
          await page.locator('pagefind-input input').fill(SEARCH_WORD);
          await expect
            .poll(() => page.locator('.pf-filter-group').count(), { message: `${label} search shows filters` })
            .toBeGreaterThan(0);
        }
        problems.push(...(await contrastProblems(page, `${label} ${pagePath || '(home)'} at ${width} px`)));
      }
      await context.close();
    }
  } finally {
    await server.close();
  }
  return problems;
}

describe('in each sample trust’s colours', () => {
  it.each(sampleSlugs)('%s: icons, focus styles, chart marks and form edges stand out at least 3 to 1', async (slug) => {
    expect(await siteProblems(path.join(inject('builtSites'), slug), sampleTrusts[slug].basePath, slug)).toEqual([]);
  });
});

describe('in the extreme colours the settings accept', () => {
  let work: string;
  let content: string;
  let dist: string;
  const extremes = { palest: PALEST, darkest: DARKEST };

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'strategy-contrast-'));
    content = path.join(work, 'content');
    dist = path.join(work, 'dist');
    for (const [slug, colours] of Object.entries(extremes)) {
      const dir = path.join(content, slug);
      cpSync(path.join(repoRoot, 'content', 'northwold'), dir, { recursive: true });
      const settings = readFileSync(path.join(dir, 'trust.yaml'), 'utf8')
        .replace(/^slug: .*$/m, `slug: ${slug}`)
        .replace(/^url: .*$/m, `url: https://${slug}.example/`)
        .replace(/^colours:\n {2}brand: .*$/m, `colours:\n  brand: "${colours.brand}"\n  accent: "${colours.accent}"`);
      expect(settings).toContain(`accent: "${colours.accent}"`);
      writeFileSync(path.join(dir, 'trust.yaml'), settings);
    }
    const build = await runBuild(['--content', content, '--out', dist]);
    expect(build.code, build.stdout + build.stderr).toBe(0);
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
    if (content) rmSync(astroCacheDir(repoRoot, content), { recursive: true, force: true });
  });

  it('the palest colours are at the limits the settings hold them to', () => {
    expect(contrastRatio(PALEST.brand, '#ffffff')).toBe(4.5);
    expect(contrastRatio(PALEST.accent, '#ffffff')).toBe(3);
  });

  it.each(Object.keys(extremes))('%s: icons, focus styles, chart marks and form edges stand out at least 3 to 1', async (slug) => {
    expect(await siteProblems(path.join(dist, slug), '/', slug)).toEqual([]);
  });
});
