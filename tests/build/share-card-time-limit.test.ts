/**
 * The time and memory limits on each share card: a logo whose drawing is far slower than any
 * real logo (the content check refuses such SVG effects; this is the last line, when a drawing
 * cost is missed) stops publishing with a plain message naming the logo file, leaves no picture,
 * and the drawing itself is stopped: nothing goes on drawing in the background once the build
 * has given up on it. The limits are made tiny here so the test takes seconds, not the build's
 * 20 seconds; the logo really is slow to draw (seconds), so the limit is what stops it.
 *
 * Build tier: it starts the build's drawing processes and watches this process's threads go
 * idle, which a unit test never does (and a busy unit run would disturb).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentProblemsOf } from '../../src/checks/content-check-failed.ts';
import { writeRequestedImages } from '../../src/publishing/share-images.ts';
import { drawOrder, type ImageOrder } from '../../src/site/share-images.ts';

const work = mkdtempSync(path.join(tmpdir(), 'strategy-share-limit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A hundred and twenty wide blurs one after another: each is cheap, together they take seconds to draw. */
const slowLogo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 620 110"><filter id="f">${'<feGaussianBlur stdDeviation="30"/>'.repeat(120)}</filter><rect width="620" height="110" fill="#005eb8" filter="url(#f)"/></svg>`;

/** Processes this one started that are still running (Linux: read from /proc). */
function childProcesses(): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // The parent's id is the second field after the name, which ends with the last ")".
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return parent === process.pid ? [readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')] : [];
      } catch {
        return [];
      }
    });
}

/**
 * How many of `samples` looks, over a second, found one of this process's worker threads
 * (where native work such as a drawing runs) running or ready to run rather than asleep. The
 * state of a thread, not its processor time, so a busy machine does not hide the work.
 */
async function busyWorkerSamples(samples: number): Promise<number> {
  let busy = 0;
  for (let sample = 0; sample < samples; sample++) {
    const working = readdirSync('/proc/self/task').some((thread) => {
      try {
        if (readFileSync(`/proc/self/task/${thread}/comm`, 'utf8').trim() !== 'libuv-worker') return false;
        const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2).startsWith('R');
      } catch {
        return false;
      }
    });
    if (working) busy++;
    await new Promise((resolve) => setTimeout(resolve, 1_000 / samples));
  }
  return busy;
}

describe('the time and memory limits on each share card', () => {
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
    // The drawing given up on is stopped: no process left drawing, and this one is idle while nothing is asked of it.
    await expect.poll(childProcesses, { timeout: 30_000 }).toEqual([]);
    expect(await busyWorkerSamples(10), 'looks that found the drawing still going on after the build gave up').toBeLessThan(3);
  });

  it('a card that takes too much memory is stopped with a plain message naming the logo', async () => {
    // A plain picture asked for 10,000 pixels wide: its canvas alone is 400 MB.
    const images = new Map([
      [
        'wide.png',
        {
          svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#005eb8"/></svg>',
          width: 10_000,
          height: 10_000,
          source: 'content/widetrust/files/logo.svg',
        },
      ],
    ]);
    const failure = await writeRequestedImages(images, path.join(work, 'wide-site'), path.join(work, 'wide-cache'), {
      memoryLimitMb: 150,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure, 'the picture was drawn: the memory limit did not stop it').toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('took more than 150 MB of memory to draw');
    expect(contentProblemsOf(failure)).toEqual([expect.objectContaining({ file: 'content/widetrust/files/logo.svg', severity: 'error' })]);
    await expect.poll(childProcesses, { timeout: 30_000 }).toEqual([]);
  });
});
