/**
 * The font the share pictures draw Urdu with: Noto Nastaliq Urdu, the face the pages use
 * (@fontsource/noto-nastaliq-urdu). resvg reads TrueType and OpenType files only, and the
 * package ships WOFF, so each face is unpacked once into a TrueType file in the picture cache.
 * Only a picture with Arabic-script text is given it: English pictures draw exactly as before.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

/** Arabic-script letters (Urdu's), as the pages' unicode-range names them. */
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/u;

export const hasArabicScript = (text: string): boolean => ARABIC_SCRIPT.test(text);

const FACES = ['noto-nastaliq-urdu-arabic-400-normal', 'noto-nastaliq-urdu-arabic-700-normal'];

/**
 * A WOFF 1.0 file (https://www.w3.org/TR/WOFF/) as the TrueType/OpenType file it packs: the
 * same tables, each inflated where it was compressed, behind a table directory of their own.
 */
export function sfntFromWoff(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('Not a WOFF file (its first bytes are not "wOFF").');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.readUInt32BE(entry),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(stored) : stored,
    };
  });
  const power = 2 ** Math.floor(Math.log2(numTables));
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(numTables * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach(({ tag, checksum, data }, index) => {
    const record = 12 + index * 16;
    header.writeUInt32BE(tag, record);
    header.writeUInt32BE(checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(data.length, record + 12);
    // Each table starts on a four-byte boundary.
    const padded = Buffer.alloc(Math.ceil(data.length / 4) * 4);
    data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** Faces being unpacked or unpacked, by cache folder: the pictures of one build ask for them at once. */
const unpacking = new Map<string, Promise<string[]>>();

/** The Nastaliq faces as TrueType files in `cacheDir`, unpacked on first use, once per process. */
export function urduFontFiles(cacheDir: string): Promise<string[]> {
  let files = unpacking.get(cacheDir);
  if (!files) {
    files = unpack(cacheDir);
    unpacking.set(cacheDir, files);
    files.catch(() => unpacking.delete(cacheDir));
  }
  return files;
}

async function unpack(cacheDir: string): Promise<string[]> {
  const folder = path.join(cacheDir, 'fonts');
  await mkdir(folder, { recursive: true });
  const require = createRequire(import.meta.url);
  return Promise.all(
    FACES.map(async (face) => {
      const file = path.join(folder, `${face}.ttf`);
      if (existsSync(file)) return file;
      const woff = await readFile(require.resolve(`@fontsource/noto-nastaliq-urdu/files/${face}.woff`));
      // Written beside and renamed, so two builds at once never read half a font.
      const partial = `${file}.${process.pid}.${randomUUID()}.partial`;
      await writeFile(partial, sfntFromWoff(woff));
      await rename(partial, file);
      return file;
    }),
  );
}
