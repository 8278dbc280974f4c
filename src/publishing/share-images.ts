/**
 * Draws the PNG pictures a trust's pages asked for (share cards and icons, see
 * src/site/share-images.ts) with resvg, in processes that are stopped at a time and memory
 * limit (./picture-drawer.ts). A picture is named by the hash of its SVG, so one drawn before
 * (for this trust or any other with the same name, title and colours) is copied from the cache
 * in node_modules/.cache instead of drawn again.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { ContentCheckFailed } from '../checks/content-check-failed.ts';
import type { Problem } from '../problems/problem.ts';
import { contentHash, type ImageRequest } from '../site/share-images.ts';
import { DrawingStopped, startPictureDrawer, type PictureDrawer } from './picture-drawer.ts';
import { hasArabicScript, urduFontFiles } from './urdu-font.ts';

/** Fonts for the text in the pictures: Liberation Sans has Arial's measurements (NHS identity: Frutiger or Arial). */
export const fontFiles = [
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
].filter((file) => existsSync(file));

/**
 * The fonts a picture is drawn with: the Latin ones, and Noto Nastaliq Urdu where its text is in
 * Arabic script (Urdu), which the Latin ones draw with missing letters (boxes) or not at all.
 */
export async function fontFilesFor(svg: string, cacheDir: string): Promise<string[]> {
  return hasArabicScript(svg) ? [...fontFiles, ...(await urduFontFiles(cacheDir))] : fontFiles;
}

/** Pictures being drawn now, by cache file: trusts published at the same time often need the same picture. */
const drawing = new Map<string, Promise<void>>();

/**
 * Longest a single picture may take to draw, and most memory its drawing may hold. A card takes
 * a few milliseconds and about 100 MB; the logo budgets (src/checks/picture-budgets.ts,
 * src/checks/svg-safety.ts) keep it so, and these are the last line if a drawing cost is ever
 * missed: the drawing is stopped and the build stops with a message about the logo instead of
 * stalling or taking the machine's memory.
 */
export const SHARE_IMAGE_TIME_LIMIT_MS = 20_000;
export const SHARE_IMAGE_MEMORY_LIMIT_MB = 1_024;

export interface DrawOptions {
  /** Longest one picture may take to draw (SHARE_IMAGE_TIME_LIMIT_MS unless given). */
  timeLimitMs?: number;
  /** Most memory one picture's drawing may hold (SHARE_IMAGE_MEMORY_LIMIT_MB unless given). */
  memoryLimitMb?: number;
}

/** The content problem for a picture that was stopped: it names the logo (or trust.yaml) and says what to do. */
function stoppedProblem(image: ImageRequest, file: string, stopped: DrawingStopped, limits: { timeMs: number; memoryMb: number }): Problem {
  const seconds = limits.timeMs >= 1000 ? `${limits.timeMs / 1000} seconds` : `${limits.timeMs} milliseconds`;
  const what =
    stopped.reason === 'time'
      ? `took more than ${seconds} to draw`
      : stopped.reason === 'memory'
        ? `took more than ${limits.memoryMb} MB of memory to draw`
        : 'stopped the drawing program';
  return {
    file: image.source ?? file,
    rule: 'build-refused',
    severity: 'error',
    message: `The share picture ${file} ${what}, so this logo is too complex to draw. Use a simpler logo file (logo.file in trust.yaml), for example a PNG, or export the SVG again without filters or effects.`,
  };
}

async function draw(
  drawer: PictureDrawer,
  image: ImageRequest,
  cached: string,
  file: string,
  limits: { timeMs: number; memoryMb: number },
): Promise<void> {
  let png: Uint8Array;
  const fonts = await fontFilesFor(image.svg, path.dirname(cached));
  try {
    png = await drawer.draw({ svg: image.svg, width: image.width, fontFiles: fonts });
  } catch (error) {
    // A content failure, so the build reports it in plain words with the file to change, never as a fault in the builder.
    if (error instanceof DrawingStopped) throw new ContentCheckFailed([stoppedProblem(image, file, error, limits)]);
    throw error;
  }
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
  const limits = {
    timeMs: options.timeLimitMs ?? SHARE_IMAGE_TIME_LIMIT_MS,
    memoryMb: options.memoryLimitMb ?? SHARE_IMAGE_MEMORY_LIMIT_MB,
  };
  const stats: ImageStats = { drawn: 0, cached: 0 };
  await mkdir(cacheDir, { recursive: true });
  const folders = new Set([...images.keys()].map((file) => path.dirname(path.join(siteDir, file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  // Processes start only when a picture is not in the cache, and all end with this call.
  const drawer = startPictureDrawer(limits, Math.min(2, availableParallelism()));
  try {
    await Promise.all(
      [...images].map(async ([file, image]) => {
        const cached = path.join(cacheDir, `${contentHash(`${image.width}x${image.height}:${image.svg}`)}.png`);
        const pending = drawing.get(cached);
        if (pending) await pending;
        else if (existsSync(cached)) stats.cached++;
        else {
          const drawn = draw(drawer, image, cached, file, limits).finally(() => drawing.delete(cached));
          drawing.set(cached, drawn);
          await drawn;
          stats.drawn++;
        }
        await placeFile(cached, path.join(siteDir, file));
      }),
    );
  } finally {
    drawer.close();
  }
  return stats;
}
