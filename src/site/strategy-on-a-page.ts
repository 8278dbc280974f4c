/**
 * The strategy on a page, from the content: the mission (or vision, or the themes' centre)
 * in the middle, the goals (or focus areas, priorities or themes) around it, the values
 * beneath. One model feeds the HTML (StrategyOnAPage.astro) and the downloadable SVG, so
 * they always say the same thing.
 */
import { escapeXml, wrapText } from './share-images.ts';
import type { PageData, PageType } from '../schemas/pages/index.ts';
import type { TrustSite } from './site-model.ts';

export const STRATEGY_ON_A_PAGE_PATH = 'strategy-on-a-page/';
export const STRATEGY_ON_A_PAGE_SVG = 'strategy-on-a-page.svg';

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
 * to know whether the page exists (src/site/generated-pages.ts).
 */
export type StrategyOnAPageSource = Pick<TrustSite, 'settings'> & {
  firstOfType: Partial<Record<PageType, { entry: { data: PageData } }>>;
};

export function strategyOnAPage(site: StrategyOnAPageSource): StrategyOnAPage | undefined {
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
        ? { label: 'At the centre', text: themes.centre }
        : { label: 'Our strategy', text: site.settings.strategy.name };
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
 * to put it in a slide or a newsletter. Text stays text, in reading order.
 */
export function strategyOnAPageSvg(
  model: StrategyOnAPage,
  trust: { name: string; strategyName: string; brand: string; accent: string },
): string {
  const width = 1123;
  const height = 794;
  const font = `font-family="Arial, 'Liberation Sans', sans-serif"`;
  const parts: string[] = [];
  const lines = (text: string, x: number, y: number, size: number, chars: number, max: number, attrs = '') =>
    wrapText(text, chars, max)
      .map((line, index) => `<text x="${x}" y="${y + index * size * 1.25}" ${font} font-size="${size}" ${attrs}>${escapeXml(line)}</text>`)
      .join('');
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(lines(`${trust.strategyName}: our strategy on a page`, 40, 52, 28, 70, 1, 'font-weight="bold" fill="#212b32"'));
  parts.push(lines(trust.name, 40, 84, 18, 100, 1, 'fill="#4c6272"'));
  // Centre column.
  const centreX = 400;
  const centreW = 323;
  const rowsBottom = model.values ? 640 : 760;
  parts.push(`<rect x="${centreX}" y="120" width="${centreW}" height="${rowsBottom - 120}" rx="12" fill="${trust.brand}"/>`);
  parts.push(lines(model.centre.label, centreX + 20, 160, 18, 28, 1, 'font-weight="bold" fill="#ffffff"'));
  parts.push(lines(model.centre.text, centreX + 20, 200, 22, 25, 14, 'fill="#ffffff"'));
  // Items, in reading order: left column top to bottom, then right column.
  const perColumn = Math.ceil(model.items.length / 2);
  const boxH = (rowsBottom - 120 - (perColumn - 1) * 12) / perColumn;
  model.items.forEach((item, index) => {
    const column = index < perColumn ? 0 : 1;
    const row = index % perColumn;
    const x = column === 0 ? 40 : centreX + centreW + 20;
    const y = 120 + row * (boxH + 12);
    const chars = 30;
    const maxText = Math.max(0, Math.floor((boxH - 56) / 20));
    parts.push(`<rect x="${x}" y="${y}" width="340" height="${boxH}" rx="8" fill="#f0f4f5" stroke="${trust.accent}" stroke-width="3"/>`);
    parts.push(lines(item.title, x + 16, y + 30, 19, chars, 2, 'font-weight="bold" fill="#212b32"'));
    if (item.text && maxText > 0)
      parts.push(lines(item.text, x + 16, y + 30 + (item.title.length > chars ? 48 : 26), 16, 38, maxText, 'fill="#212b32"'));
  });
  if (model.values) {
    parts.push(`<rect x="40" y="660" width="${width - 80}" height="100" rx="8" fill="#ffffff" stroke="${trust.brand}" stroke-width="3"/>`);
    parts.push(lines(model.values.label, 60, 695, 18, 60, 1, 'font-weight="bold" fill="#212b32"'));
    parts.push(lines(model.values.names.join(' · '), 60, 730, 20, 95, 1, 'fill="#212b32"'));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(`${trust.strategyName}: our strategy on a page`)}"><title>${escapeXml(`${trust.strategyName}: our strategy on a page`)}</title>${parts.join('')}</svg>`;
}
