/**
 * Link words made from a page's own (Welsh) title, so a link reads naturally out of context:
 * "Darllenwch am ein cenhadaeth", "Darllenwch pam mae angen newid", "Ein gwerthoedd yn llawn".
 * Welsh grammar, given to readers through the Welsh catalogue (../cy-GB.ts: links): "am" takes
 * the soft mutation ("Darllenwch am werthoedd…"), "i" too ("Darllenwch sut i gymryd rhan").
 */
import { softMutation, startsWithVowel } from './mutations.ts';

/** The title as it reads inside a sentence: first letter lower-case, unless it starts an acronym ("GIG …"). */
export function inSentence(title: string): string {
  if (/^[A-ZÂÊÎÔÛŴŶ]{2}/.test(title)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

const QUESTION_WORDS = /^(pam|sut|beth|ble|pwy|pryd|pa|faint)\b/i;
/** "Ein …", "Eich …", "Y …", "Yr …", "'r …": already definite, and none of these mutates after "am". */
const DETERMINERS = /^(ein|eich|eu|ei|y|yr|hwn|hon|yma)\b/i;
const SUMMARIES = /^(crynodeb|trosolwg)\b/i;
/** "Cymryd rhan", "Dweud eich dweud": an instruction, read as "sut i …" ("how to …"). */
const INSTRUCTIONS = /^(cymryd|dweud|ymuno|rhoi|rhannu|cysylltu|dod|cael|helpu|gweld|darganfod|gwneud)\b/i;

/** "Iachach Gyda'n Gilydd": two or more long words, each capitalised, read as a name (kept as written, not mutated). */
function isName(title: string): boolean {
  const words = title.split(/\s+/);
  const long = words.filter((word) => word.length > 3);
  return long.length > 1 && long.every((word) => /^[A-ZÂÊÎÔÛŴŶ]/.test(word));
}

/**
 * "Darllenwch am ein cenhadaeth", "Darllenwch pam mae angen newid", "Darllenwch y crynodeb …",
 * "Darllenwch sut i gymryd rhan", "Darllenwch am wella'r cymorth", "Darllenwch am Iachach Gyda'n
 * Gilydd": no article is added before a plain noun, as its gender (which would decide the
 * article's mutation) cannot be known; names and acronyms are not mutated.
 */
export function readAbout(title: string): string {
  const words = inSentence(title);
  if (QUESTION_WORDS.test(title)) return `Darllenwch ${words}`;
  if (SUMMARIES.test(title)) return `Darllenwch ${startsWithVowel(words) ? 'yr' : 'y'} ${words}`;
  if (DETERMINERS.test(title)) return `Darllenwch am ${words}`;
  if (/^[A-ZÂÊÎÔÛŴŶ]{2}/.test(title) || isName(title)) return `Darllenwch am ${title}`;
  if (INSTRUCTIONS.test(title)) return `Darllenwch sut i ${softMutation(words)}`;
  return `Darllenwch am ${softMutation(words)}`;
}

/**
 * For a summary that already lists the items: "Ein gwerthoedd yn llawn"; a title that is not
 * "Ein …" ("Pam mae angen newid") falls back to readAbout.
 */
export function inFull(title: string): string {
  return /^ein\b/i.test(title) ? `${title} yn llawn` : readAbout(title);
}
