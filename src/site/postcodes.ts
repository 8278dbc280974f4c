/**
 * UK postcodes inside a line of an address or a place ("Church Street, Ashdown AV1 2CD"), found
 * so a right-to-left page (Urdu) can keep each one reading left to right: without that, its
 * letters and digits are reordered around the Urdu words beside it.
 */

/** A UK postcode: outward code (AV1, SW1A, M1), a space or none, inward code (2CD). */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/gi;

export interface TextPart {
  text: string;
  /** True for a postcode. */
  postcode: boolean;
}

/** The text split into its postcodes and the words around them, in order; no empty parts. */
export function postcodeParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(POSTCODE)) {
    if (match.index > from) parts.push({ text: text.slice(from, match.index), postcode: false });
    parts.push({ text: match[0], postcode: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), postcode: false });
  return parts;
}
