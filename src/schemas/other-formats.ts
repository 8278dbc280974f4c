/**
 * The other formats a trust offers (accessibility.otherFormats in trust.yaml); their words are
 * the catalogue's (src/words/en-GB.ts: otherFormats). Only what the trust lists is ever offered: with none listed, no offer is made.
 */
import type { Words } from '../words/index.ts';

export const otherFormatKinds = ['large-print', 'easy-read', 'audio', 'braille', 'british-sign-language', 'other-languages'] as const;

export type OtherFormat = (typeof otherFormatKinds)[number];

/** "large print, braille or another language": the formats in the order the trust gave them, in the page's words. */
export function otherFormatList(formats: readonly OtherFormat[], words: Words): string {
  return words.list(formats.map((format) => words.otherFormats[format]));
}
