/**
 * Link words made from a page's own (Urdu) title, so a link reads naturally out of context:
 * "مزید پڑھیں: ہمارا مشن" (read more: our mission), "ہماری اقدار: مکمل تفصیل" (our values in full).
 * Urdu grammar, given to readers through the Urdu catalogue (../ur-PK.ts: links). The title is
 * kept whole after a colon rather than put before a postposition ("… کے بارے میں"), which would
 * need it in the oblique case ("ہمارا مشن" → "ہمارے مشن"), a change the site cannot make safely
 * to a trust's own words.
 */

/** "مزید پڑھیں: ہمارا مشن", "مزید پڑھیں: ہمیں تبدیلی کی ضرورت کیوں ہے". */
export function readAbout(title: string): string {
  return `مزید پڑھیں: ${title}`;
}

/** For a summary that already lists the items ("ہماری اقدار", our values): "ہماری اقدار: مکمل تفصیل"; any other title falls back to readAbout. */
export function inFull(title: string): string {
  return /^(ہمارا|ہماری|ہمارے)(\s|$)/.test(title) ? `${title}: مکمل تفصیل` : readAbout(title);
}
