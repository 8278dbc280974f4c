/**
 * Drawing budgets that count references: an SVG whose masks, clipping paths, filters, patterns,
 * markers, gradients or copies refer to each other so that the drawing multiplies is refused
 * by the content check (the same check the build runs), with a message naming the file, what
 * is wrong and how to fix it. Nothing here draws a picture: the check works the cost out first.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/check-content.ts';
import { checkTrustFiles } from '../../src/checks/trust-files.ts';
import { referenceCost } from '../../src/checks/svg-references.ts';
import { SVG_BUDGET, unsafeSvgParts } from '../../src/checks/svg-safety.ts';

const work = mkdtempSync(path.join(tmpdir(), 'strategy-svg-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const svg = (inside: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 64">${inside}</svg>`;
const levels = (count: number, level: (index: number, next: string) => string) =>
  Array.from({ length: count }, (_, index) => level(index, index + 1 < count ? String(index + 1) : '')).join('');

/** Each mask holds two shapes masked by the next: 2^22 shapes from about 4 KB. */
const nestedMasks = svg(
  `<defs>${levels(22, (i, next) => `<mask id="m${i}">${`<rect width="50" height="50" fill="#fff"${next ? ` mask="url(#m${next})"` : ''}/>`.repeat(2)}</mask>`)}</defs><rect width="360" height="64" fill="#005eb8" mask="url(#m0)"/>`,
);
const clipChain = svg(
  `${levels(16, (i, next) => `<clipPath id="c${i}">${`<rect width="9" height="9"${next ? ` clip-path="url(#c${next})"` : ''}/>`.repeat(2)}</clipPath>`)}<rect width="9" height="9" clip-path="url(#c0)"/>`,
);
/** Patterns filled with the next pattern, written in style=""; filters whose images are shapes with the next filter. */
const patternChain = svg(
  `${levels(16, (i, next) => `<pattern id="p${i}" width="4" height="4">${`<rect width="2" height="2"${next ? ` style="fill: url('#p${next}')"` : ''}/>`.repeat(2)}</pattern>`)}<rect width="9" height="9" fill="url(#p0)"/>`,
);
const filterChain = svg(
  `${levels(16, (i, next) => `<filter id="f${i}">${next ? `<feImage href="#s${next}"/>`.repeat(2) : ''}</filter><rect id="s${i}" width="2" height="2" filter="url(#f${i})"/>`)}`,
);
/** Three copies of the level below at each level: 30 <use> in all, well under the 200 copies allowed, drawing 3^10 shapes. */
const useChain = svg(
  `<defs><rect id="u10" width="1" height="1"/>${levels(10, (i) => `<g id="u${i}">${`<use href="#u${i + 1}"/>`.repeat(3)}</g>`)}</defs><use href="#u0"/>`,
);
/** A mask of copies of a group clipped by a clipping path of gradient-filled copies of the next mask's shape, and so on. */
const mixedChain = svg(
  `<linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>${levels(
    8,
    (i, next) =>
      `<mask id="mx${i}"><use href="#gx${i}"/><use href="#gx${i}"/></mask><g id="gx${i}" clip-path="url(#cx${i})"><rect width="4" height="4"/></g><clipPath id="cx${i}"><rect width="4" height="4" fill="url(#g)"${next ? ` mask="url(#mx${next})"` : ''}/><rect width="4" height="4"${next ? ` mask="url(#mx${next})"` : ''}/></clipPath>`,
  )}<rect width="9" height="9" mask="url(#mx0)"/>`,
);
/** Markers drawn at each of 3,000 corners, each marker of 20 shapes. */
const markerCorners = svg(
  `<marker id="k">${'<circle r="1"/>'.repeat(20)}</marker><path marker-mid="url(#k)" d="M0 0${' l1 1'.repeat(3000)}"/>`,
);
/** One mask on 300 shapes: few shapes, but each masked shape is drawn as a picture of its own. */
const manyMasks = svg(
  `<mask id="one"><rect width="9" height="9" fill="#fff"/></mask>${'<rect width="9" height="9" mask="url(#one)"/>'.repeat(300)}`,
);
/** Two masks that mask each other, the second referred to with a CSS escape (\61 is "a"). */
const maskLoop = svg(
  `<mask id="a"><rect width="9" height="9" mask="url(#b)"/></mask><mask id="b"><rect width="9" height="9" style="mask: url('#\\61')"/></mask><rect width="9" height="9" mask="url(#a)"/>`,
);
/** A chain that never branches: each level keeps a mask layer in memory while the next is drawn. */
const deepChain = svg(
  `${levels(30, (i, next) => `<mask id="d${i}"><rect width="9" height="9"${next ? ` mask="url(#d${next})"` : ''}/></mask>`)}<rect width="9" height="9" mask="url(#d0)"/>`,
);

/** What `npm run check` and the build say about one logo: the problems the check finds in the trust's files. */
function checkLogo(name: string, picture: string) {
  const trustDir = path.join(work, name);
  mkdirSync(path.join(trustDir, 'files'), { recursive: true });
  writeFileSync(path.join(trustDir, 'files', 'logo.svg'), picture);
  return checkTrustFiles(trustDir, (absolute) => path.relative(work, absolute).split(path.sep).join('/'));
}

const refused: Array<[string, string, RegExp]> = [
  ['22 levels of masks, each referring twice to the next', nestedMasks, /refers to itself through masks 22 levels deep, which would make it about [\d,]+ times bigger to draw/],
  ['a chain of clipping paths', clipChain, /refers to itself through clipping paths 16 levels deep, which would make it about [\d,]+ times bigger to draw/],
  ['a chain of patterns written in style=""', patternChain, /refers to itself through patterns 16 levels deep/],
  ['a chain of filters drawing shapes with the next filter', filterChain, /refers to itself through filters and references \d+ levels deep, which would make it about [\d,]+ times bigger to draw/],
  ['a chain of <use> copies under the copy budget', useChain, /refers to itself through copies 11 levels deep, which would make it about [\d,]+ times bigger to draw/],
  ['a chain of masks, copies, clipping paths and gradients', mixedChain, /refers to itself through masks, copies, clipping paths and gradients \d+ levels deep, which would make it about [\d,]+ times bigger to draw/],
  ['a marker on 3,000 corners', markerCorners, /refers to itself through markers 1 level deep, which would make it about [\d,]+ times bigger to draw/],
  ['a chain of masks that never branches, 30 deep', deepChain, /refers to itself through masks 30 levels deep \(at most 12\)/],
  ['one mask on 300 shapes', manyMasks, /references \(masks 1 level deep\) would draw 30\d masks, clipping paths or other layers, each a picture of its own \(at most 250\)/],
  ['two masks that refer to each other', maskLoop, /references that go round in a loop \(#a refers to <rect> refers to #b refers to <rect> refers to #a\)/],
]; // prettier-ignore

describe('drawing budgets that count references', () => {
  it.each(refused)('refuses %s, naming the file, what is wrong and how to fix it', (_name, picture, what) => {
    const name = `trust-${refused.findIndex(([, other]) => other === picture)}`;
    expect(picture.length, 'the picture is small: its cost is in its references').toBeLessThan(16_000);
    const problems = checkLogo(name, picture);
    expect(problems).toEqual([expect.objectContaining({ file: `${name}/files/logo.svg`, rule: 'unsafe-svg', severity: 'error' })]);
    const { message } = problems[0]!;
    expect(message).toMatch(what);
    expect(message).toMatch(/Simplify the picture, or export it again flattened|Remove the reference that points back/);
  });

  it('is what the content check (npm run check, and the build before it draws anything) says about a trust whose logo is the 22 nested masks', async () => {
    const content = path.join(work, 'content');
    cpSync(path.resolve(import.meta.dirname, '..', '..', 'content', 'harbourside'), path.join(content, 'harbourside'), { recursive: true });
    writeFileSync(path.join(content, 'harbourside', 'files', 'logo.svg'), nestedMasks);
    const problems = await checkContent({ contentDir: content, displayRoot: work });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({
        file: 'content/harbourside/files/logo.svg',
        rule: 'unsafe-svg',
        message: expect.stringMatching(
          /refers to itself through masks 22 levels deep, which would make it about [\d,]+ times bigger to draw/,
        ),
      }),
    ]);
  });

  it('passes every sample logo and picture, each drawing far under the budget', () => {
    const content = path.resolve(import.meta.dirname, '..', '..', 'content');
    const pictures = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.svg'));
    expect(pictures.length).toBeGreaterThan(10);
    const { window } = new JSDOM('');
    for (const file of pictures) {
      const text = readFileSync(path.join(content, file), 'utf8');
      expect(unsafeSvgParts(text), file).toEqual([]);
      const verdict = referenceCost(new window.DOMParser().parseFromString(text, 'image/svg+xml').documentElement);
      if ('loop' in verdict) throw new Error(`${file} refers round a loop`);
      // A wide margin: a tenth of each budget.
      expect(verdict.cost.drawn, file).toBeLessThan(SVG_BUDGET.drawn / 10);
      expect(verdict.cost.layers, file).toBeLessThan(SVG_BUDGET.layers / 10);
      expect(verdict.cost.depth, file).toBeLessThan(SVG_BUDGET.referenceDepth / 2);
    }
  });
});
