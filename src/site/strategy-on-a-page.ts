/**
 * The strategy on a page, from the content: the mission (or vision, or the themes' centre)
 * in the middle, the goals (or focus areas, priorities or themes) around it, the values
 * beneath. One model feeds the HTML (StrategyOnAPage.astro) and the downloadable SVG, so
 * they always say the same thing.
 */
import { escapeXml, wrapText } from './share-images.ts';
import type { PageData, PageType } from '../page-types/registry.ts';
import type { TrustSite } from './site-model.ts';
import { strategyColumns } from './card-columns.ts';
import { wordsFor, type Words } from '../words/index.ts';
import { withOverrides } from '../words/overrides.ts';

export { strategyColumns, strategyOnAPageFileName } from './card-columns.ts';

export interface StrategyOnAPage {
  centre: { label: string; text: string };
  /** What the items are called by this trust, for example "Our goals". */
  itemsLabel: string;
  items: Array<{ title: string; text?: string | undefined }>;
  values?: { label: string; names: string[] } | undefined;
}

/**
 * What the strategy on a page is drawn from: the trust's settings and the first page of each
 * type. A built site gives its own; the content check gives the same from the validated content,
 * to know whether the page exists (src/routes/generated-pages.ts).
 */
export type StrategyOnAPageSource = Pick<TrustSite, 'settings'> & {
  firstOfType: Partial<Record<PageType, { entry: { data: PageData } }>>;
};

export function strategyOnAPage(site: StrategyOnAPageSource): StrategyOnAPage | undefined {
  // The trust's language: the content check calls this before any site model exists.
  const words = withOverrides(wordsFor(site.settings.language), site.settings.words).strategyOnAPage;
  const data = <T extends PageType>(type: T) => {
    const found = site.firstOfType[type]?.entry.data;
    return found?.type === type ? (found as Extract<PageData, { type: T }>) : undefined;
  };
  const mission = data('mission');
  const vision = data('vision');
  const themes = data('themes');
  const goals = data('goals');
  const priorities = data('priorities');
  const values = data('values');
  const centre = mission
    ? { label: mission.title, text: mission.statement }
    : vision
      ? { label: vision.title, text: vision.statement }
      : themes?.centre
        ? { label: words.centre, text: themes.centre }
        : { label: words.ourStrategy, text: site.settings.strategy.name };
  const around = goals
    ? { label: goals.title, items: goals.goals.map((goal) => ({ title: goal.title, text: goal.statement })) }
    : priorities && priorities.groups.every((group) => group.title)
      ? { label: priorities.title, items: priorities.groups.map((group) => ({ title: group.title!, text: group.statement })) }
      : themes
        ? { label: themes.title, items: themes.themes.map((theme) => ({ title: theme.title, text: theme.description })) }
        : undefined;
  if (!around || around.items.length < 2) return undefined;
  const names = values ? (values.values ?? []).map((value) => value.name) : [];
  return {
    centre,
    itemsLabel: around.label,
    items: around.items,
    values: values && names.length > 0 ? { label: values.title, names } : undefined,
  };
}

/**
 * The same strategy on a page as a picture (A4 landscape, 1123 by 794), for people who want
 * to put it in a slide or a newsletter. Text stays text, in reading order, laid out as the
 * web page is: the centre statement across the top, the items in rows beneath it (each row
 * as tall as its fullest box, so no box is mostly empty), the values across the bottom.
 */
export function strategyOnAPageSvg(
  model: StrategyOnAPage,
  trust: { name: string; strategyName: string; brand: string; accent: string; words: Words },
): string {
  const width = 1123;
  const height = 794;
  const margin = 40;
  const gap = 14;
  const font = `font-family="Arial, 'Liberation Sans', sans-serif"`;
  const parts: string[] = [];
  const text = (lineList: string[], x: number, y: number, size: number, attrs = '') =>
    lineList
      .map((line, index) => `<text x="${x}" y="${y + index * size * 1.25}" ${font} font-size="${size}" ${attrs}>${escapeXml(line)}</text>`)
      .join('');
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  const heading = trust.words.strategyOnAPage.pictureTitle(trust.strategyName);
  parts.push(text(wrapText(heading, 70, 1), margin, 52, 28, 'font-weight="bold" fill="#212b32"'));
  parts.push(text(wrapText(trust.name, 100, 1), margin, 82, 18, 'fill="#4c6272"'));
  // The centre, across the top.
  const inner = width - 2 * margin;
  const centreLines = wrapText(model.centre.text, 90, 3);
  const centreH = 50 + centreLines.length * 27 + 12;
  let y = 104;
  parts.push(`<rect x="${margin}" y="${y}" width="${inner}" height="${centreH}" rx="12" fill="${trust.brand}"/>`);
  parts.push(text([model.centre.label], margin + 20, y + 32, 18, 'font-weight="bold" fill="#ffffff"'));
  parts.push(text(centreLines, margin + 20, y + 64, 22, 'fill="#ffffff"'));
  y += centreH + 24;
  parts.push(text([model.itemsLabel], margin, y, 19, 'font-weight="bold" fill="#212b32"'));
  y += 14;
  // The items, row by row, left to right: the reading order of the web page.
  const columns = strategyColumns(model.items.length);
  const valuesH = model.values ? 92 : 0;
  const available = height - margin - valuesH - (model.values ? gap : 0) - y;
  const rows: (typeof model.items)[] = [];
  for (let index = 0; index < model.items.length; index += columns) rows.push(model.items.slice(index, index + columns));
  // Text sizes that let the fullest rows fit the page.
  const fit = (titleSize: number, textSize: number) =>
    rows.map((row) => {
      const boxW = (inner - (row.length - 1) * gap) / row.length;
      const chars = Math.floor((boxW - 32) / (textSize * 0.52));
      const titleChars = Math.floor((boxW - 32) / (titleSize * 0.56));
      const laid = row.map((item) => ({
        item,
        title: wrapText(item.title, titleChars, 3),
        text: item.text ? wrapText(item.text, chars, 6) : [],
      }));
      const boxH =
        Math.max(
          ...laid.map((box) => 24 + box.title.length * titleSize * 1.25 + (box.text.length ? 8 + box.text.length * textSize * 1.25 : 0)),
        ) + 12;
      return { boxW, laid, boxH };
    });
  const total = (candidate: ReturnType<typeof fit>) => candidate.reduce((sum, row) => sum + row.boxH, 0) + (candidate.length - 1) * gap;
  const [titleSize, textSize] = total(fit(19, 16)) > available ? [16, 13] : [19, 16];
  const laidRows = fit(titleSize, textSize);
  for (const row of laidRows) {
    row.laid.forEach((box, index) => {
      const x = margin + index * (row.boxW + gap);
      parts.push(
        `<rect x="${x}" y="${y}" width="${row.boxW}" height="${row.boxH}" rx="8" fill="#f0f4f5" stroke="${trust.accent}" stroke-width="3"/>`,
      );
      parts.push(text(box.title, x + 16, y + 30, titleSize, 'font-weight="bold" fill="#212b32"'));
      if (box.text.length) parts.push(text(box.text, x + 16, y + 30 + box.title.length * titleSize * 1.25 + 4, textSize, 'fill="#212b32"'));
    });
    y += row.boxH + gap;
  }
  if (model.values) {
    const valuesY = height - margin - valuesH;
    parts.push(
      `<rect x="${margin}" y="${valuesY}" width="${inner}" height="${valuesH}" rx="8" fill="#ffffff" stroke="${trust.brand}" stroke-width="3"/>`,
    );
    parts.push(text([model.values.label], margin + 20, valuesY + 34, 18, 'font-weight="bold" fill="#212b32"'));
    parts.push(text(wrapText(model.values.names.join(' · '), 95, 1), margin + 20, valuesY + 68, 20, 'fill="#212b32"'));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(heading)}"><title>${escapeXml(heading)}</title>${parts.join('')}</svg>`;
}
