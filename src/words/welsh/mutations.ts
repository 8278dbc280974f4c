/**
 * Welsh initial consonant mutations, for the words the site writes next to a trust's own words:
 * "am" and "neu" take the soft mutation ("Darllenwch am werthoedd…", "print bras neu brint…"),
 * "â" becomes "ag" before a vowel. Only the catalogue's Welsh (../cy-GB.ts) uses them.
 */

/** The soft mutation (treiglad meddal): "gwerthoedd" → "werthoedd", "pobl" → "bobl", "llais" → "lais". */
export function softMutation(word: string): string {
  const rules: [RegExp, string][] = [
    [/^ll/, 'l'],
    [/^Ll/, 'L'],
    [/^rh/, 'r'],
    [/^Rh/, 'R'],
    // "th" does not mutate, nor "ts" in loans such as "tsieni".
    [/^t(?![sh])/, 'd'],
    [/^T(?![sh])/, 'D'],
    [/^p(?!h)/, 'b'],
    [/^P(?!h)/, 'B'],
    [/^c(?!h)/, 'g'],
    [/^C(?!h)/, 'G'],
    [/^b/, 'f'],
    [/^B/, 'F'],
    [/^d(?!d)/, 'dd'],
    [/^D(?!d)/, 'Dd'],
    [/^m/, 'f'],
    [/^M/, 'F'],
    [/^g/, ''],
  ];
  for (const [from, to] of rules) {
    if (from.test(word)) return word.replace(from, to);
  }
  // A capital G drops with the next letter made capital: "Gwasanaethau" → "Wasanaethau".
  if (/^G./.test(word)) return word.charAt(1).toUpperCase() + word.slice(2);
  return word;
}

/** Welsh vowels, with "w" and "y", which are vowels in Welsh: "ag Ymddiriedolaeth", "yr wybodaeth". */
export function startsWithVowel(word: string): boolean {
  return /^[aeiouwyâêîôûŵŷáéíóúàèìòùäëïöüÿ]/i.test(word);
}

/** "â" ("with", "to" after "cysylltu"), or "ag" before a vowel: "cysylltwch ag Ymddiriedolaeth GIG …". */
export function withAg(next: string): string {
  return startsWithVowel(next) ? `ag ${next}` : `â ${next}`;
}
