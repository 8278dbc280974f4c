/**
 * Pictures made for each trust at build time: the card a link shows when it is shared
 * (Open Graph / Twitter, one per page title), and the favicon and app icons drawn from the
 * trust's colours and initials. A page orders the pictures it links to while it renders
 * (`Astro.locals.imageOrders`); the orders travel with the rendered page as a response header
 * (the middleware adds it) to the publish step, which draws each picture from the same inputs
 * (drawOrder) and turns the ones a trust used into PNG files (src/publishing/share-images.ts),
 * from a cache, so a picture is drawn once. Each picture is named by the hash of its SVG.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FileMemo } from '../reader/file-memo.ts';

export const SHARE_CARD = { width: 1200, height: 630 } as const;

export interface ImageRequest {
  svg: string;
  width: number;
  height: number;
  /** The content file whose drawing cost this picture carries (the logo, or else trust.yaml), as problems name it. */
  source?: string | undefined;
}

/** What a card or icon is drawn from: the trust's identity as the page knew it, with its logo file rather than the logo's bytes. */
export interface CardInputs extends Omit<CardTrust, 'logo'> {
  /** The logo file inside the trust's folder ("files/logo.svg"), when the trust has one. */
  logoFile?: string | undefined;
}

/** One picture a page links to: its file in the trust's site, and what to draw there. */
export interface ImageOrder {
  file: string;
  trust: CardInputs;
  /** A share card with this title, or else the trust's icon. */
  cardTitle?: string | undefined;
  /** The icon's size in pixels (square). */
  size?: number | undefined;
}

export const IMAGE_ORDERS_HEADER = 'x-strategy-images';

export function imageOrdersHeader(orders: ImageOrder[]): string {
  // encodeURIComponent keeps any character a header cannot carry out of it.
  return encodeURIComponent(JSON.stringify(orders));
}

/** The orders a rendered page carries, removed from its headers. */
export function imageOrdersOf(headers: Headers): ImageOrder[] {
  const value = headers.get(IMAGE_ORDERS_HEADER);
  headers.delete(IMAGE_ORDERS_HEADER);
  if (!value) return [];
  try {
    return JSON.parse(decodeURIComponent(value)) as ImageOrder[];
  } catch {
    return [];
  }
}

/** The picture an order asks for, drawn from its inputs: the same SVG the page named its file after. */
export function drawOrder(order: ImageOrder, trustDir: string): ImageRequest {
  const { logoFile, ...trust } = order.trust;
  if (order.cardTitle !== undefined)
    return { svg: shareCardSvg({ ...trust, logo: cardLogo(trustDir, logoFile) }, order.cardTitle), ...SHARE_CARD };
  const size = order.size ?? 192;
  return { svg: iconSvg(trust), width: size, height: size };
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Text made safe to place inside SVG (XML) text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Splits text into lines of at most `width` characters (a sans-serif estimate), at most `lines` of them. */
export function wrapText(text: string, width: number, lines: number): string[] {
  const result: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      result.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) result.push(line);
  if (result.length <= lines) return result;
  const kept = result.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]!.replace(/\s+\S*$/, '')}…`;
  return kept;
}

export interface CardTrust {
  name: string;
  shortName: string;
  strategyName: string;
  brand: string;
  accent: string;
  /** The logo, when the trust has one: an SVG's own markup, or a picture as a data: URL. */
  logo?: { svg: string } | { dataUrl: string } | undefined;
}

/** The share card: logo (or name) on white, the page title large on the trust's colour, the strategy beneath. */
export function shareCardSvg(trust: CardTrust, title: string): string {
  const { width, height } = SHARE_CARD;
  const titleLines = wrapText(title, 26, 3);
  const titleSize = titleLines.length > 2 ? 64 : 76;
  const titleTop = 250 + (3 - titleLines.length) * 30;
  const font = "font-family=\"'Liberation Sans', Arial, 'DejaVu Sans', sans-serif\"";
  const logoBox = 'x="64" y="34" width="620" height="110" preserveAspectRatio="xMinYMid meet"';
  // An SVG logo is placed as a nested <svg>, so its text is drawn with the card's fonts.
  const identity = trust.logo
    ? 'svg' in trust.logo
      ? trust.logo.svg.replace(
          /<svg\b([^>]*)>/,
          (_, attributes: string) => `<svg${attributes.replace(/\s(x|y|width|height|preserveAspectRatio)="[^"]*"/g, '')} ${logoBox}>`,
        )
      : `<image href="${trust.logo.dataUrl}" ${logoBox}/>`
    : nameText(trust.name, font);
  const titleText = titleLines
    .map(
      (line, index) =>
        `<text x="64" y="${titleTop + index * (titleSize + 12)}" ${font} font-size="${titleSize}" font-weight="bold" fill="#ffffff">${escapeXml(line)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${trust.brand}"/>`,
    `<rect width="${width}" height="178" fill="#ffffff"/>`,
    identity,
    titleText,
    `<text x="64" y="548" ${font} font-size="34" fill="#ffffff">${escapeXml(wrapText(trust.strategyName, 60, 1)[0] ?? '')}</text>`,
    `<rect y="${height - 24}" width="${width}" height="24" fill="${trust.accent}"/>`,
    `</svg>`,
  ].join('');
}

/**
 * The trust's name in the card's white band when it has no logo: whole on one line at 40 px if
 * it fits, else at 32 px, else on two lines at 32 px; only a name longer than two lines is cut.
 */
export function nameLines(name: string): { size: number; lines: string[] } {
  if (name.length <= 44) return { size: 40, lines: [name] };
  if (name.length <= 56) return { size: 32, lines: [name] };
  return { size: 32, lines: wrapText(name, 56, 2) };
}

function nameText(name: string, font: string): string {
  const { size, lines } = nameLines(name);
  const first = lines.length > 1 ? 82 : 106;
  return lines
    .map(
      (line, index) =>
        `<text x="64" y="${first + index * (size + 10)}" ${font} font-size="${size}" font-weight="bold" fill="#212b32">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** Up to two initials from the trust's short name, skipping small words: "Harbourside Hospitals" → "HH". */
export function initialsOf(shortName: string): string {
  const words = shortName.split(/\s+/).filter((word) => /^[A-Za-z]/.test(word) && !['and', 'of', 'the', 'for', 'NHS'].includes(word));
  return (
    words
      .slice(0, 2)
      .map((word) => word[0]!.toUpperCase())
      .join('') || 'N'
  );
}

/** The favicon: the trust's initials in white on its brand colour, with an accent line. */
export function iconSvg(trust: Pick<CardTrust, 'shortName' | 'brand' | 'accent'>): string {
  const initials = escapeXml(initialsOf(trust.shortName));
  const size = initials.length > 1 ? 26 : 34;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="12" fill="${trust.brand}"/>`,
    `<rect x="12" y="50" width="40" height="5" rx="2" fill="${trust.accent === trust.brand ? '#ffffff' : trust.accent}"/>`,
    `<text x="32" y="${size > 30 ? 43 : 41}" text-anchor="middle" font-family="'Liberation Sans', Arial, 'DejaVu Sans', sans-serif" font-size="${size}" font-weight="bold" fill="#ffffff">${initials}</text>`,
    '</svg>',
  ].join('');
}

const logoTypes: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };
const logos = new FileMemo((absolute): CardTrust['logo'] => {
  const type = logoTypes[path.extname(absolute).toLowerCase()];
  if (!type || !existsSync(absolute)) return undefined;
  if (type === 'image/svg+xml') return { svg: readFileSync(absolute, 'utf8').replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/g, '') };
  return { dataUrl: `data:${type};base64,${readFileSync(absolute).toString('base64')}` };
});

/** A trust's logo for the card, read once per build, and again in `astro dev` once the file is replaced. */
export function cardLogo(trustDir: string, file: string | undefined): CardTrust['logo'] {
  return file ? logos.get(path.join(trustDir, file)) : undefined;
}
