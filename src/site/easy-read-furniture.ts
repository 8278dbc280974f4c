/**
 * The product's own words on easy read pages (the status line under the heading and the
 * footer's offer of other formats), in easy read: short sentences and common words.
 * "Plan" stands for "strategy", as the easy read pages say it. No invitation to write in: the
 * trust may have given nowhere to write to. Every string here is linted
 * with the easy read rules (tests/checks/easy-read-furniture.test.ts).
 */
import type { strategyStatuses } from '../schemas/trust.ts';

export const easyReadStatusWords: Record<(typeof strategyStatuses)[number], string> = {
  engagement: 'We are still making this plan. We are asking people what they think.',
  draft: 'This plan is not finished yet.',
  launched: 'We are using this plan now.',
  refreshing: 'We are looking at this plan again. We are asking people what they think.',
};

/** "Our plan is called Better together. It is for 2025 to 2030." The years only when the trust gave them. */
export function easyReadStrategyWords(name: string, period: { start: number; end: number } | undefined): string {
  return `Our plan is called ${name}.${period ? ` It is for ${period.start} to ${period.end}.` : ''}`;
}

/** The other-formats offer of one format: "You can ask for this in braille." */
export const easyReadOneFormatWords = (format: string) => `You can ask for this in ${format}.`;

/** Before a list of two or more formats, one to a line. */
export const EASY_READ_FORMATS_INTRO = 'You can ask for this in:';

/** Before a list of the ways to ask, one to a line. */
export const EASY_READ_ROUTES_INTRO = 'To ask, you can:';

/** Before the only way to ask when the trust gave none ("contact Riverside NHS Trust"), which ends the sentence. */
export const EASY_READ_HOW_TO_ASK = 'To ask,';

/** Before the trust's promised reply time, which ends the sentence. */
export const EASY_READ_REPLY = 'We will reply';
