/**
 * Draws the PNG pictures a trust's pages asked for (share cards and icons, see
 * src/site/share-images.ts) with resvg, off the main thread. A picture is named by the hash
 * of its SVG, so one drawn before (for this trust or any other with the same name, title and
 * colours) is copied from the cache in node_modules/.cache instead of drawn again.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { ContentCheckFailed } from '../checks/content-check-failed.ts';
import type { Problem } from '../checks/problem.ts';
import { contentHash, type ImageRequest } from '../site/share-images.ts';

/** Fonts for the text in the pictures: Liberation Sans has Arial's measurements (NHS identity: Frutiger or Arial). */
const fontFiles = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
].filter((file) => existsSync(file));

/** Pictures being drawn now, by cache file: trusts published at the same time often need the same picture. */
const drawing = new Map<string, Promise<void>>();

/**
 * Longest a single picture may take to draw. A card takes a few milliseconds; the logo budgets
 * (src/checks/picture-budgets.ts, src/checks/svg-safety.ts) keep it so, and this is the last line
 * if a drawing cost is ever missed: the build stops with a message about the logo instead of stalling.
 */
export const SHARE_IMAGE_TIME_LIMIT_MS = 20_000;

export interface DrawOptions {
  /** Longest one picture may take to draw (SHARE_IMAGE_TIME_LIMIT_MS unless given). */
  timeLimitMs?: number;
}

/** The content problem for a picture that took too long: it names the logo (or trust.yaml) and says what to do. */
function tooSlowProblem(image: ImageRequest, file: string, limitMs: number): Problem {
  const seconds = limitMs >= 1000 ? `${limitMs / 1000} seconds` : `${limitMs} milliseconds`;
  return {
    file: image.source ?? file,
    rule: 'build-refused',
    severity: 'error',
    message: `The share picture ${file} took more than ${seconds} to draw, so this logo is too complex to draw. Use a simpler logo file (logo.file in trust.yaml), for example a PNG, or export the SVG again without filters or effects.`,
  };
}

async function draw(image: ImageRequest, cached: string, file: string, limitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<never>((_resolve, reject) => {
    // A content failure, so the build reports it in plain words with the file to change, never as a fault in the builder.
    timer = setTimeout(() => reject(new ContentCheckFailed([tooSlowProblem(image, file, limitMs)])), limitMs);
  });
  const rendered = renderAsync(image.svg, {
    fitTo: { mode: 'width', value: image.width },
    font: { loadSystemFonts: fontFiles.length === 0, fontFiles, defaultFontFamily: 'Liberation Sans' },
  });
  // Whichever ends first; a drawing abandoned here finishes in the background and is never written.
  rendered.catch(() => undefined);
  const png = (await Promise.race([rendered, tooSlow]).finally(() => clearTimeout(timer))).asPng();
  // Written beside and renamed, so a build stopped halfway never leaves half a picture in the cache.
  const partial = `${cached}.${process.pid}.${randomUUID()}.partial`;
  await writeFile(partial, png);
  await rename(partial, cached);
}

/**
 * A hard link to the cached picture where the output is on the same disk (a site has a
 * picture per page title, and writing a file's bytes costs more than naming it); a copy elsewhere.
 */
async function placeFile(cached: string, target: string): Promise<void> {
  try {
    await link(cached, target);
  } catch {
    await copyFile(cached, target);
  }
}

export interface ImageStats {
  drawn: number;
  cached: number;
}

export async function writeRequestedImages(
  images: Map<string, ImageRequest>,
  siteDir: string,
  cacheDir: string,
  options: DrawOptions = {},
): Promise<ImageStats> {
  const limitMs = options.timeLimitMs ?? SHARE_IMAGE_TIME_LIMIT_MS;
  const stats: ImageStats = { drawn: 0, cached: 0 };
  await mkdir(cacheDir, { recursive: true });
  const folders = new Set([...images.keys()].map((file) => path.dirname(path.join(siteDir, file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(
    [...images].map(async ([file, image]) => {
      const cached = path.join(cacheDir, `${contentHash(`${image.width}x${image.height}:${image.svg}`)}.png`);
      const pending = drawing.get(cached);
      if (pending) await pending;
      else if (existsSync(cached)) stats.cached++;
      else {
        const drawn = draw(image, cached, file, limitMs).finally(() => drawing.delete(cached));
        drawing.set(cached, drawn);
        await drawn;
        stats.drawn++;
      }
      await placeFile(cached, path.join(siteDir, file));
    }),
  );
  return stats;
}
