/**
 * Link words made from a page's own title, so a link reads naturally out of context:
 * "Read about our mission", "Read why we need to change", "Our values in full".
 */

/** The title as it reads inside a sentence: first letter lower-case, unless it starts an acronym ("NHS …"). */
export function inSentence(title: string): string {
  if (/^[A-Z]{2}/.test(title)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

const QUESTION_WORDS = /^(how|why|what|where|who|when|which)\b/i;
const DETERMINERS = /^(our|this|these|those|the|a|an|your|my|their)\b/i;
const SUMMARIES = /^(summary|overview)\b/i;

/** "Read about our mission", "Read how we listened", "Read the summary of …", "Read about the proposed focus areas". */
export function readAbout(title: string): string {
  const words = inSentence(title);
  if (QUESTION_WORDS.test(title)) return `Read ${words}`;
  if (SUMMARIES.test(title)) return `Read the ${words}`;
  if (DETERMINERS.test(title)) return `Read about ${words}`;
  return `Read about the ${words}`;
}

/**
 * For a summary that already lists the items (goals, values, priorities): "Our values in full";
 * a title that is not a name of its own ("Why we need to change") falls back to readAbout.
 */
export function inFull(title: string): string {
  return /^our\b/i.test(title) ? `${title} in full` : readAbout(title);
}
