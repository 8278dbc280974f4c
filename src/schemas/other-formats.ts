/**
 * The other formats a trust offers (accessibility.otherFormats in trust.yaml), in the words the
 * pages use. Only what the trust lists is ever offered: with none listed, no offer is made.
 */
export const otherFormatKinds = ['large-print', 'easy-read', 'audio', 'braille', 'british-sign-language', 'other-languages'] as const;

export type OtherFormat = (typeof otherFormatKinds)[number];

/** Each format as it reads after "in": "in large print", "in another language". Easy read words too. */
export const otherFormatWords: Record<OtherFormat, string> = {
  'large-print': 'large print',
  'easy-read': 'easy read',
  audio: 'audio',
  braille: 'braille',
  'british-sign-language': 'British Sign Language',
  'other-languages': 'another language',
};

/** "large print, braille or another language": the formats in the order the trust gave them. */
export function otherFormatList(formats: readonly OtherFormat[]): string {
  const words = formats.map((format) => otherFormatWords[format]);
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
