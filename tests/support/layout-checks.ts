/**
 * What a reader sees of a page's layout, measured in Chromium: card rows without holes, where
 * the page's own content starts, the header menu's rows, and easy read rows (picture beside or
 * above its sentences, in large, well-spaced type). Each returns problems in words, for the
 * every-page walk (tests/browser/every-page.test.ts) and the layout tests.
 */
import type { Page } from 'playwright-core';

/** On a phone the page's own content starts this near the top: the header and its menu are short. */
export const CONTENT_STARTS_BY = 260;

/** Rows of cards in each card group that end short of the group's right edge, other than by a gap. */
export function cardRowHoles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const holes: string[] = [];
    for (const group of document.querySelectorAll('.nhsuk-card-group')) {
      const right = group.getBoundingClientRect().right;
      const rows = new Map<number, number>();
      for (const item of group.children) {
        const box = item.getBoundingClientRect();
        const top = Math.round(box.top);
        rows.set(top, Math.max(rows.get(top) ?? 0, box.right));
      }
      for (const [top, rowRight] of rows)
        if (right - rowRight > 2) holes.push(`${group.closest('section')?.querySelector('h2, h3')?.textContent ?? 'group'} row at ${top}`);
    }
    return holes;
  });
}

/** The page's heading starts lower than CONTENT_STARTS_BY. */
export async function contentStartsLate(page: Page): Promise<string[]> {
  // A page not yet translated starts with the notice saying so, above its heading: the reader
  // must read it first, so the page's content starts there.
  const top = await page
    .locator('main h1')
    .evaluate((heading) => (document.querySelector('main .language-fallback') ?? heading).getBoundingClientRect().top);
  // A site in more than one language has its language navigation above the header, where GOV.UK
  // places it for a whole-site translation: a reader must find it first, so it is not counted.
  const languages = await page.locator('nav.language-navigation').evaluateAll((navs) => navs[0]?.getBoundingClientRect().height ?? 0);
  return top - languages > CONTENT_STARTS_BY ? [`the heading starts at ${Math.round(top)} px`] : [];
}

/** The header's menu takes more than one row. */
export async function menuWraps(page: Page): Promise<string[]> {
  const rows = await page
    .locator('.nhsuk-header__navigation-list > li:not([hidden])')
    .evaluateAll((items) => new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size);
  return rows === 1 ? [] : [`the menu takes ${rows} rows`];
}

export interface RowBox {
  picture: { left: number; right: number; top: number; bottom: number; width: number };
  text: { left: number; right: number; top: number };
  /** The row's writing direction: in right-to-left writing (Urdu) the picture is on the right, where lines start. */
  direction: 'ltr' | 'rtl';
}

/** Where each easy read row's picture and text are. */
export const rowBoxes = (page: Page): Promise<RowBox[]> =>
  page.locator('.er-row').evaluateAll((rows) =>
    rows.map((row) => {
      const picture = row.querySelector('.er-picture img')!.getBoundingClientRect();
      const text = row.querySelector('.er-text')!.getBoundingClientRect();
      return {
        picture: { left: picture.left, right: picture.right, top: picture.top, bottom: picture.bottom, width: picture.width },
        text: { left: text.left, right: text.right, top: text.top },
        direction: getComputedStyle(row).direction === 'rtl' ? 'rtl' : 'ltr',
      };
    }),
  );

/**
 * An easy read page's rows: on a wide screen each picture (at least 100 px wide) at the start of
 * its text's line (left of it; right of it in right-to-left writing), in large (19 px or more),
 * well-spaced (line height 1.5 or more), upright type aligned where its lines start; on a phone
 * each picture above its text.
 */
export async function easyReadRowProblems(page: Page, wide: boolean): Promise<string[]> {
  const rows = await rowBoxes(page);
  if (rows.length === 0) return ['no easy read rows'];
  if (!wide)
    return rows.flatMap((row, index) =>
      row.picture.bottom <= row.text.top ? [] : [`row ${index + 1}: the picture is not above its text`],
    );
  const problems = rows.flatMap((row, index) => [
    ...(row.picture.width >= 100 ? [] : [`row ${index + 1}: the picture is ${Math.round(row.picture.width)} px wide`]),
    ...(row.direction === 'ltr'
      ? row.picture.right <= row.text.left
        ? []
        : [`row ${index + 1}: the picture is not left of its text`]
      : row.picture.left >= row.text.right
        ? []
        : [`row ${index + 1}: the picture is not right of its text (where right-to-left lines start)`]),
  ]);
  const type = await page
    .locator('.er-text p')
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        size: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight),
        italic: style.fontStyle,
        align: style.textAlign,
        direction: style.direction,
      };
    });
  if (type.size < 19) problems.push(`text is ${type.size} px`);
  if (type.lineHeight / type.size < 1.5) problems.push(`line height is ${(type.lineHeight / type.size).toFixed(2)}`);
  if (type.italic !== 'normal') problems.push(`text is ${type.italic}`);
  if (!['start', type.direction === 'rtl' ? 'right' : 'left'].includes(type.align)) problems.push(`text is aligned ${type.align}`);
  return problems;
}
