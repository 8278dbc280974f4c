/**
 * Chromium stamps each PDF with the moment it was printed (/CreationDate and /ModDate), so the
 * same pages printed twice differ, and the deploy step (scripts/deploy/record.ts) would see every
 * trust's site as changed on every run. This writes the build date (src/site/build-date.ts) in
 * their place, as the pages carry it. Each stamp keeps its length, so no offset the file's
 * cross-reference table records moves: the bytes are patched, not parsed and written again.
 */

/** "D:20261206013457+00'00'" and the like, as Skia writes them in the document information: date and time, then the zone. */
const STAMP = /\/(CreationDate|ModDate) ?\(D:\d{14}((?:[+-]\d\d'\d\d'?|Z)?)\)/g;

/** The PDF with its creation and change dates set to `date` (midnight UTC of the build date). */
export function stablePdfBytes(bytes: Uint8Array, date: Date): Buffer {
  const text = Buffer.from(bytes).toString('latin1');
  const day = `${date.toISOString().slice(0, 10).replaceAll('-', '')}000000`;
  // The zone becomes UTC's, written as long as it was ("+01'00'" becomes "+00'00'"; "Z" stays).
  const patched = text.replace(STAMP, (_found, name: string, zone: string) => {
    const utc = zone === '' || zone === 'Z' ? zone : "+00'00'".slice(0, zone.length);
    return `/${name}${_found.includes(' (') ? ' ' : ''}(D:${day}${utc})`;
  });
  return Buffer.from(patched, 'latin1');
}
