/**
 * The time limit on each share card: a logo whose drawing is far slower than any real logo
 * (the content check refuses such SVG effects; this is the last line, when a drawing cost is
 * missed) stops publishing with a plain message naming the logo file, and leaves no picture.
 * The limit is made tiny here so the test takes a second, not the build's 20 seconds; the logo
 * really is slow to draw (about a second or more), so the limit is what stops it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblemsOf } from '../../src/checks/content-check-failed.ts';
import { writeRequestedImages } from '../../src/publishing/share-images.ts';
import { drawOrder, type ImageOrder } from '../../src/site/share-images.ts';

const work = mkdtempSync(path.join(tmpdir(), 'strategy-share-limit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Forty wide blurs one after another: each is cheap, together they take seconds to draw. */
const slowLogo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 620 110"><filter id="f">${'<feGaussianBlur stdDeviation="30"/>'.repeat(40)}</filter><rect width="620" height="110" fill="#005eb8" filter="url(#f)"/></svg>`;

describe('the time limit on each share card', () => {
  it('a card that takes too long stops publishing with a plain message naming the logo, and no picture is left', async () => {
    const trustDir = path.join(work, 'content', 'slowtrust');
    mkdirSync(path.join(trustDir, 'files'), { recursive: true });
    writeFileSync(path.join(trustDir, 'files', 'logo.svg'), slowLogo);
    const order: ImageOrder = {
      file: 'goals/share.png',
      cardTitle: 'Our goals',
      trust: {
        name: 'Slow Logo NHS Trust',
        shortName: 'Slow Logo',
        strategyName: 'Our strategy 2026 to 2031',
        brand: '#005eb8',
        accent: '#ffb81c',
        logoFile: 'files/logo.svg',
      },
    };
    const site = path.join(work, 'site');
    const cache = path.join(work, 'cache');
    const images = new Map([[order.file, { ...drawOrder(order, trustDir), source: 'content/slowtrust/files/logo.svg' }]]);

    const failure = await writeRequestedImages(images, site, cache, { timeLimitMs: 100 }).then(
      () => undefined,
      (error: unknown) => error,
    );

    // What the build prints (the integration prints a content failure as it is, then exits 1).
    expect(failure, 'the card was drawn within the limit: the limit did not stop it').toBeInstanceOf(Error);
    const printed = (failure as Error).message;
    expect(printed).toContain('The build stopped. No published site was changed.');
    expect(printed).toContain('content/slowtrust/files/logo.svg');
    expect(printed).toContain('took more than 100 milliseconds to draw');
    expect(printed).toMatch(/Use a simpler logo file \(logo\.file in trust\.yaml\)/);
    expect(printed).not.toMatch(/fault in the site builder|at .*\.(ts|js):\d+/);
    expect(contentProblemsOf(failure)).toEqual([expect.objectContaining({ file: 'content/slowtrust/files/logo.svg', severity: 'error' })]);
    // Neither the site nor the cache holds the picture (or half of one).
    expect(existsSync(path.join(site, order.file))).toBe(false);
    expect(readdirSync(cache)).toEqual([]);
  });
});
