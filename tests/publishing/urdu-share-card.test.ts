/**
 * A share card with an Urdu title draws every Urdu letter, digit and mark, with the fonts the
 * build gives resvg (src/publishing/share-images.ts): Noto Nastaliq Urdu, unpacked from the
 * page font's WOFF file. A letter the fonts lack is drawn as the empty box every missing glyph
 * gets, so each character is drawn alone and compared with a character no font has.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { fontFiles, fontFilesFor } from '../../src/publishing/share-images.ts';
import { shareCardSvg } from '../../src/site/share-images.ts';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'urdu-card-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Urdu's alphabet, its digits and its punctuation (full stop, comma, question mark). */
const URDU = 'ا ب پ ت ٹ ث ج چ ح خ د ڈ ذ ر ڑ ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن ں و ہ ھ ء ی ے ۓ آ ۰۱۲۳۴۵۶۷۸۹ ۔ ، ؟';

const trust = {
  name: 'Harbourside Hospitals NHS Foundation Trust',
  shortName: 'Harbourside',
  strategyName: 'ہماری حکمت عملی',
  brand: '#005eb8',
  accent: '#7c2855',
};

/** One character drawn alone, in the card's title type, as PNG bytes. */
function drawn(character: string, fonts: string[]): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><text x="20" y="140" font-family="'Liberation Sans', Arial, 'DejaVu Sans', sans-serif" font-size="76" font-weight="bold">${character}</text></svg>`;
  return Buffer.from(
    new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: 'Liberation Sans' } }).render().asPng(),
  );
}

/** The characters of `text` drawn as the missing-glyph box. */
function missing(text: string, fonts: string[]): string[] {
  const box = drawn('\uE000', fonts); // a private-use character: no font has it
  return [...new Set(text.replace(/\s/g, ''))].filter((character) => drawn(character, fonts).equals(box));
}

describe('a share card in Urdu', () => {
  it('is drawn with Noto Nastaliq Urdu, which has every Urdu letter, digit and mark', async () => {
    const card = shareCardSvg(trust, URDU);
    const fonts = await fontFilesFor(card, cacheDir);
    expect(fonts.some((file) => /noto-nastaliq-urdu-arabic-700-normal\.ttf$/.test(file))).toBe(true);
    expect(missing(URDU, fonts)).toEqual([]);
    // The whole card draws.
    expect(new Resvg(card, { font: { loadSystemFonts: false, fontFiles: fonts } }).render().width).toBe(1200);
  });

  it('without it, letters Urdu needs are missing, so the check above would see them', () => {
    expect(missing(URDU, fontFiles)).toContain('ے');
  });

  it('an English card is drawn with the Latin fonts alone, as before', async () => {
    const card = shareCardSvg({ ...trust, strategyName: 'Better together' }, 'Our goals');
    expect(await fontFilesFor(card, cacheDir)).toEqual(fontFiles);
  });
});
