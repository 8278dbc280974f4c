/**
 * Link words made from a page's own title, so a link reads naturally out of context:
 * "Read about our mission", "Read why we need to change", "Our values in full". English
 * grammar, given to readers through the English catalogue (../en-GB.ts: links).
 */

/** The title as it reads inside a sentence: first letter lower-case, unless it starts an acronym ("NHS …"). */
export function inSentence(title: string): string {
  if (/^[A-Z]{2}/.test(title)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

const QUESTION_WORDS = /^(how|why|what|where|who|when|which)\b/i;
const DETERMINERS = /^(our|this|these|those|the|a|an|your|my|their)\b/i;
const SUMMARIES = /^(summary|overview)\b/i;
/** "Improving the support we offer", "Working together": an action, which takes no article. */
const GERUND = /^[A-Za-z]{2,}ing\b/;
/** "Get involved", "Have your say": an instruction, read as "how to …". */
const INSTRUCTIONS = /^(get|have|take|join|find|tell|share|help|give|make|come|see)\b/i;
/** "Guy's and St Thomas' priorities": a name's possessive already says whose. */
const POSSESSIVE_START = /^\S+(['’]s?)(\s|$)/;

/** "Healthier Together": two or more long words, each capitalised, read as a name (kept as written, no article). */
function isName(title: string): boolean {
  const words = title.split(/\s+/);
  const long = words.filter((word) => word.length > 3);
  return long.length > 1 && long.every((word) => /^[A-Z]/.test(word));
}

/**
 * "Read about our mission", "Read how we listened", "Read the summary of …", "Read about the
 * proposed focus areas", "Read about improving the support we offer", "Read how to get
 * involved", "Read about Healthier Together": an article only before a plain noun.
 */
export function readAbout(title: string): string {
  const words = inSentence(title);
  if (QUESTION_WORDS.test(title)) return `Read ${words}`;
  if (SUMMARIES.test(title)) return `Read the ${words}`;
  if (DETERMINERS.test(title)) return `Read about ${words}`;
  if (/^[A-Z]{2}/.test(title)) return `Read about the ${title}`;
  if (POSSESSIVE_START.test(title) || isName(title)) return `Read about ${title}`;
  if (INSTRUCTIONS.test(title)) return `Read how to ${words}`;
  if (GERUND.test(title)) return `Read about ${words}`;
  return `Read about the ${words}`;
}

/**
 * For a summary that already lists the items (goals, values, priorities): "Our values in full";
 * a title that is not a name of its own ("Why we need to change") falls back to readAbout.
 */
export function inFull(title: string): string {
  return /^our\b/i.test(title) ? `${title} in full` : readAbout(title);
}
