/**
 * Budgets for pictures, enforced before anything decodes them: a small file can declare an
 * enormous bitmap, and the build draws a trust's logo onto every share card. The size is read
 * from the file's header (image-size), never by decoding the picture.
 */
import { imageSize } from 'image-size';

/** Longest side of a picture or logo, in pixels: four times a wide screen. */
export const MAX_PICTURE_SIDE = 8000;
/** Most pixels in one picture or logo: 25 million, a 5000 by 5000 photo (about 100 MB once decoded). */
export const MAX_PICTURE_PIXELS = 25_000_000;

const RASTER = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif']);

/** What is wrong with a raster picture's size, in plain words; undefined when it is within the budget or not a raster picture. */
export function rasterBudgetProblem(extension: string, bytes: Uint8Array): string | undefined {
  if (!RASTER.has(extension)) return undefined;
  let size: { width?: number | undefined; height?: number | undefined };
  try {
    size = imageSize(bytes);
  } catch {
    return `Its size cannot be read from the file, so it may be damaged. Save it again as a .${extension} file from the program that made it.`;
  }
  const { width = 0, height = 0 } = size;
  if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE || width * height > MAX_PICTURE_PIXELS)
    return `It is ${width} by ${height} pixels; pictures and logos may be at most ${MAX_PICTURE_SIDE} pixels on a side and ${MAX_PICTURE_PIXELS / 1_000_000} million pixels in all. Save a smaller copy (2000 pixels wide is plenty for a web page) and use that.`;
  return undefined;
}
