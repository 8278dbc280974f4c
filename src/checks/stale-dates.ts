/**
 * Dates that have passed while the page still reads as future: "We expect to publish the
 * new values by 31 July 2025" read in November 2025. The page would not be wrong to build,
 * but it would tell readers something that is no longer true, so the check and the build
 * warn, naming the field, measured against the build date (src/site/build-date.ts).
 */
import type { When } from '../schemas/fields.ts';
import type { PageData } from '../page-types/registry.ts';
import type { PageReview } from '../schemas/pages/common.ts';
import { formatDate, formatWhen, lastDayOf } from '../site/format.ts';

export interface StaleDate {
  /** The field, as a path, for finding its line. */
  path: (string | number)[];
  message: string;
}

export function staleDates(data: PageData, today: Date): StaleDate[] {
  const found: StaleDate[] = [];
  const passed = (value: When | undefined) => {
    const last = value && lastDayOf(value);
    return last !== undefined && last < today;
  };
  const on = `the build date is ${formatDate(today)}`;
  if (data.type === 'values' && data.refresh?.expected && passed(data.refresh.expected)) {
    found.push({
      path: ['refresh', 'expected'],
      message: `The page says "We expect to publish the new values ${formatWhen(data.refresh.expected)}", and that has passed (${on}). Change refresh.expected to a new date, or to words such as "in our next annual report", or publish the new values.`,
    });
  }
  // A closed survey beside what was heard (or a link to it) is a record of the engagement, not a stale promise.
  const reportedBack = data.type === 'engagement' && Boolean(data.heard || data.youSaidWeDid || data.survey?.results);
  if (data.type === 'engagement' && data.survey && data.survey.closes < today && !reportedBack) {
    found.push({
      path: ['survey', 'closes'],
      message: `The survey closed on ${formatDate(data.survey.closes)} (${on}), so the page shows it as closed. If it was extended, change survey.closes; otherwise say what you heard (heard, youSaidWeDid, or survey.results for a link), or remove the survey.`,
    });
  }
  if (data.type === 'delivery') {
    data.plans?.forEach((plan, index) => {
      if (plan.when && passed(plan.when) && !plan.file && !plan.link)
        found.push({
          path: ['plans', index, 'when'],
          message: `The plan "${plan.title ?? plan.description}" was due ${formatWhen(plan.when)} and that has passed (${on}). Add its file or link, or change when to a new date or words.`,
        });
    });
    data.reporting?.forEach((report, index) => {
      if (report.when && passed(report.when))
        found.push({
          path: ['reporting', index, 'when'],
          message: `"${report.what}" was due ${formatWhen(report.when)} and that has passed (${on}). Change when to the next date, or to words such as "every six months".`,
        });
    });
  }
  return found;
}

/**
 * A review date that has passed: the page tells readers "Next review due: 1 March 2026" after that
 * day. Measured against the build date, as the dates above are.
 */
export function reviewOverdue(review: PageReview | undefined, today: Date): StaleDate[] {
  if (!review || review.nextDue >= today) return [];
  return [
    {
      path: ['review', 'nextDue'],
      message: `The page says "Next review due: ${formatDate(review.nextDue)}", and that has passed (the build date is ${formatDate(today)}). Check the page is still right, then change review.lastReviewed to the day you checked it and review.nextDue to the day of the next check.`,
    },
  ];
}
