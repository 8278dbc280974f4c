/**
 * A trust's own wording for some of the catalogue's words (`words:` in trust.yaml, and in a
 * language's own trust.yaml for that language): a trust that says "plan" rather than "strategy" in
 * a heading, or names its feedback team. Only fixed wording can be replaced, by its place in the
 * catalogue ("contact.title"); wording made from parts (a sentence with a name or a date in it)
 * cannot, since a replacement could not hold those parts. Every language's catalogue has the same
 * places (the English catalogue's type), so the places are read from the English one.
 */
import enGB from './en-GB.ts';
import type { Words } from './index.ts';

/** How many words one trust may replace: enough for a house style, not a second catalogue. */
export const MAX_WORD_OVERRIDES = 50;

type Tree = { readonly [key: string]: unknown };
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Not wording: the language's name and direction (set under `languages:`), which a replacement would break. */
const NOT_WORDING = 'language.';

/** The places of the catalogue's fixed wording, "contact.title", in the catalogue's order. */
export const replaceableWords: readonly string[] = (function places(tree: Tree, prefix: string): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : isTree(value) ? places(value, `${prefix}${key}.`) : [],
  );
})(enGB as unknown as Tree, '').filter((place) => !place.startsWith(NOT_WORDING));

const replaceable = new Set(replaceableWords);

/** What is wrong with replacing the words at `place`, in plain words for an editor; undefined when it can be replaced. */
export function overrideProblem(place: string): string | undefined {
  if (replaceable.has(place)) return undefined;
  if (place.startsWith(NOT_WORDING))
    return `"${place}" is not wording a trust can replace: a language's name and direction are set under languages in trust.yaml. Remove it from words.`;
  const value = place.split('.').reduce<unknown>((tree, key) => (isTree(tree) && Object.hasOwn(tree, key) ? tree[key] : undefined), enGB);
  if (typeof value === 'function')
    return `"${place}" is wording made from parts (a name, a date or a number goes into it), so it cannot be replaced by fixed words. Remove it from words.`;
  if (isTree(value))
    return `"${place}" is a group of words, not one. Name one of them, for example "${replaceableWords.find((each) => each.startsWith(`${place}.`))}".`;
  const near = replaceableWords.filter((each) => each.split('.').at(-1) === place.split('.').at(-1)).slice(0, 3);
  return `"${place}" is not a place in the words catalogue, so nothing would change.${near.length ? ` Did you mean ${near.map((each) => `"${each}"`).join(' or ')}?` : ''} The editor's guide lists the words a trust can replace.`;
}

/** The words with a trust's replacements put in place; the catalogue itself is never changed. Places are checked by the schema before this runs. */
export function withOverrides(words: Words, overrides: Readonly<Record<string, string>> | undefined): Words {
  if (!overrides || Object.keys(overrides).length === 0) return words;
  const copy = structuredCloneTree(words) as Record<string, unknown>;
  for (const [place, replacement] of Object.entries(overrides)) {
    if (!replaceable.has(place)) continue;
    const keys = place.split('.');
    const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((tree, key) => tree[key] as Record<string, unknown>, copy);
    parent[keys.at(-1)!] = replacement;
  }
  return copy as unknown as Words;
}

/** A copy of the nested objects (functions kept as they are, which structuredClone cannot do). */
function structuredCloneTree(value: unknown): unknown {
  return isTree(value) ? Object.fromEntries(Object.entries(value).map(([key, each]) => [key, structuredCloneTree(each)])) : value;
}
