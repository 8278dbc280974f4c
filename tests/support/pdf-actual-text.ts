/**
 * The words of each sheet of a PDF that Chromium printed, read as Adobe Reader and Poppler read
 * them: through the `/ActualText` of marked content, and right-to-left runs (`/ReversedChars`)
 * put back in reading order.
 *
 * Why PDF.js cannot read Urdu back: Noto Nastaliq Urdu draws most letters with glyphs chosen by
 * their neighbours (joined forms, dots drawn apart, stacked letters), which have no character of
 * their own. Chromium's PDF writer maps each such glyph to U+0000 in the font's ToUnicode table
 * and gives the letters they draw as `/Span << /ActualText <...> >> BDC` around each cluster of
 * glyphs, inside `/ReversedChars BMC` for each right-to-left run, which it draws left to right.
 * PDF.js's getTextContent ignores both, so it reads an Urdu heading as NULs and stray letters
 * in drawing order. This reader follows both, for Chromium's own PDFs: objects written out
 * (no object streams), Flate-compressed content, hexadecimal two-byte glyph strings.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function pdfObjects(pdf: Uint8Array): Map<number, PdfObject> {
  const text = Buffer.from(pdf).toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) {
    const body = match[2]!;
    const streamAt = body.search(/\bstream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const start = streamAt + body.slice(streamAt).indexOf('\n') + 1;
    const end = body.lastIndexOf('endstream');
    let raw = Buffer.from(body.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
    if (/\/FlateDecode/.test(dict)) raw = inflateSync(raw);
    objects.set(Number(match[1]), { dict, stream: raw });
  }
  return objects;
}

const reference = (dict: string, key: string) => {
  const found = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return found ? Number(found[1]) : undefined;
};

/** A font's glyph codes (four hexadecimal digits) and the characters each stands for, from its ToUnicode table. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, characters] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g))
      map.set(code!.toUpperCase(), utf16(characters!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, first, last, characters] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const from = parseInt(first!, 16);
      const base = parseInt(characters!, 16);
      for (let code = from; code <= parseInt(last!, 16); code++)
        map.set(code.toString(16).toUpperCase().padStart(4, '0'), String.fromCharCode(base + code - from));
    }
  return map;
}

/** The pages' dictionaries, in order, from the catalogue's page tree. */
function pagesInOrder(objects: Map<number, PdfObject>): PdfObject[] {
  const catalog = [...objects.values()].find((object) => /\/Type\s*\/Catalog\b/.test(object.dict))!;
  const walk = (id: number): PdfObject[] => {
    const node = objects.get(id)!;
    if (!/\/Type\s*\/Pages\b/.test(node.dict)) return [node];
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)![1]!;
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((kid) => walk(Number(kid[1])));
  };
  return walk(reference(catalog.dict, 'Pages')!);
}

type Run = { kind: 'reversed' | 'span' | 'other'; pieces: string[]; actualText?: string };

/**
 * Each sheet's text, with each word's letters in reading order. Chromium draws each word of a
 * right-to-left line on its own, so the words of such a line come in drawing order (left to
 * right), not reading order: compare words, not sentences.
 */
export function actualTextOfSheets(pdf: Uint8Array): string[] {
  const objects = pdfObjects(pdf);
  const fonts = new Map<number, Map<string, string>>();
  const fontTable = (id: number) => {
    if (!fonts.has(id)) {
      const cmap = reference(objects.get(id)!.dict, 'ToUnicode');
      fonts.set(id, cmap === undefined ? new Map() : toUnicode(objects.get(cmap)!.stream!.toString('latin1')));
    }
    return fonts.get(id)!;
  };
  return pagesInOrder(objects).map((pageObject) => {
    let resources = pageObject.dict;
    const resourcesId = reference(resources, 'Resources');
    if (resourcesId !== undefined) resources = objects.get(resourcesId)!.dict;
    const fontBlock = /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? '';
    const fontIds = new Map([...fontBlock.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map(([, name, id]) => [name!, Number(id)]));
    const contentIds = /\/Contents\s*\[([^\]]*)\]/.exec(pageObject.dict)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(pageObject.dict)?.[1] ?? '';
    const content = [...contentIds.matchAll(/(\d+) 0 R/g)].map((id) => objects.get(Number(id[1]))!.stream!.toString('latin1')).join('\n');

    const stack: Run[] = [{ kind: 'other', pieces: [] }];
    let font = new Map<string, string>();
    const add = (piece: string) => {
      if (!stack.some((run) => run.kind === 'span')) stack.at(-1)!.pieces.push(piece);
    };
    const glyphs = (hex: string) => {
      for (const code of hex.toUpperCase().match(/.{4}/g) ?? []) add((font.get(code) ?? '').replace(/\0/g, ''));
    };
    const token =
      /\/([\w.+-]+)\s+[-\d.]+\s+Tf|\/ReversedChars\s+BMC|\/Span\s*<<\s*\/ActualText\s*<([0-9A-Fa-f]*)>\s*>>\s*BDC|\/[\w.+-]+\s*(?:<<[^>]*>>|\/[\w.+-]+)?\s*BDC|\/[\w.+-]+\s+BMC|\bEMC\b|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\bET\b/g;
    for (const match of content.matchAll(token)) {
      const [whole, fontName, actualText, shown, array] = match;
      if (fontName !== undefined) font = fontIds.has(fontName) ? fontTable(fontIds.get(fontName)!) : new Map();
      else if (whole.startsWith('/ReversedChars')) stack.push({ kind: 'reversed', pieces: [] });
      else if (actualText !== undefined) {
        const units = (actualText.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16));
        // UTF-16 with its byte order mark, FEFF.
        stack.push({ kind: 'span', pieces: [], actualText: String.fromCharCode(...(units[0] === 0xfeff ? units.slice(1) : units)) });
      } else if (/B[DM]C$/.test(whole)) stack.push({ kind: 'other', pieces: [] });
      else if (whole === 'EMC') {
        if (stack.length === 1) continue;
        const run = stack.pop()!;
        if (run.kind === 'span') add(run.actualText ?? '');
        else if (run.kind === 'reversed') add(run.pieces.reverse().join(''));
        else for (const piece of run.pieces) add(piece);
      } else if (shown !== undefined) glyphs(shown);
      else if (array !== undefined) for (const part of array.matchAll(/<([0-9A-Fa-f]*)>/g)) glyphs(part[1]!);
      else if (whole === 'ET') add(' ');
    }
    while (stack.length > 1) {
      const run = stack.pop()!;
      stack.at(-1)!.pieces.push(run.kind === 'reversed' ? run.pieces.reverse().join('') : run.pieces.join(''));
    }
    return stack[0]!.pieces.join('');
  });
}
