/**
 * Fields every page has, whatever its type. A page's `title` is the trust's own heading,
 * so one trust can call its goals "Our ambitions" and another "Pillars" with the same type.
 */
import { z } from 'astro/zod';
import { calendarDate, itemLimit, text } from '../fields.ts';

/** Most change notes a page's history may hold: years of updates, few enough to lay out and put in the feed. */
export const MAX_PAGE_UPDATES = 50;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * When a page was first published and what changed since (GOV.UK's "Published", "Last updated",
 * "See all updates"). Optional: a page without it shows nothing, as no date is ever guessed.
 * Shared by standard and easy read pages.
 */
export const pageHistory = z
  .strictObject({
    published: calendarDate('history.published').describe(
      'The day the page was first published, written as YYYY-MM-DD, for example 2025-04-01. Readers see "Published 1 April 2025".',
    ),
    updates: z
      .array(
        z.strictObject({
          date: calendarDate("Each update's date in history.updates").describe(
            'The day of the change, written as YYYY-MM-DD, for example 2026-06-03. It cannot be before history.published.',
          ),
          note: text("Each update's note in history.updates", 'Added our progress for 2025/26.', 300).describe(
            'One sentence saying what changed, for example "Added our progress for 2025/26." Readers see it under "See all updates" and in the site\'s updates feed.',
          ),
        }),
        { error: 'history.updates must be a list, each item with a date and a note on its own lines starting with "- date:".' },
      )
      .max(...itemLimit('history.updates', MAX_PAGE_UPDATES))
      .optional()
      .describe(
        `Each time the page changed in a way readers should know: its date and a note of what changed. Newest are shown first; at most ${MAX_PAGE_UPDATES}.`,
      ),
  })
  .superRefine((history, ctx) => {
    history.updates?.forEach((update, index) => {
      if (update.date < history.published)
        ctx.addIssue({
          code: 'custom',
          path: ['updates', index, 'date'],
          message: `history.updates: the update dated ${isoDay(update.date)} is before history.published (${isoDay(history.published)}). A page cannot change before it was published: correct the update's date, or history.published.`,
        });
    });
  })
  .describe('When the page was first published and each update since. Leave it out and the page shows no dates.');

/** When the page's content was last checked and when it will be checked again (the NHS's "Page last reviewed", "Next review due"). */
export const pageReview = z
  .strictObject({
    lastReviewed: calendarDate('review.lastReviewed').describe(
      'The day someone last checked the page was right, written as YYYY-MM-DD, for example 2026-01-15. Readers see "Page last reviewed: 15 January 2026".',
    ),
    nextDue: calendarDate('review.nextDue').describe(
      'The day the page is due to be checked again, written as YYYY-MM-DD, for example 2027-01-15. After review.lastReviewed; the check warns once it has passed.',
    ),
  })
  .superRefine((review, ctx) => {
    if (review.nextDue <= review.lastReviewed)
      ctx.addIssue({
        code: 'custom',
        path: ['nextDue'],
        message: `review.nextDue (${isoDay(review.nextDue)}) must come after review.lastReviewed (${isoDay(review.lastReviewed)}). Write the day the page will next be checked, for example a year after it was last reviewed.`,
      });
  })
  .describe('When the page was last checked and when it is next due to be checked. Leave it out and the page shows no review dates.');

/** The history and review fields, on every standard and easy read page. */
export const pageDates = {
  history: pageHistory.optional(),
  review: pageReview.optional(),
};

export type PageHistory = z.infer<typeof pageHistory>;
export type PageReview = z.infer<typeof pageReview>;

/**
 * A translation's record of which version of the main language's page it translates (the stamp
 * src/reader/translation-stamp.ts works out). Shared by every page and easy read page.
 */
export const translatesField = z
  .string({ error: 'translates must be the code npm run stamp-translations writes, in quotes, for example translates: "3f9a0c1b2d4e".' })
  .regex(/^[0-9a-f]{12}$/, {
    error:
      'translates must be the 12 letters and numbers npm run stamp-translations writes, in quotes, for example translates: "3f9a0c1b2d4e".',
  })
  .optional()
  .describe(
    "Only on a translated page (in a language's folder, such as cy/). Which version of the English page (the main language's page with the same file name) this page translates: a code of 12 letters and numbers that npm run stamp-translations writes once the translation has been checked. Do not type it yourself. When the English page changes, the code no longer matches, the check says so and the page tells readers it may be out of date, until the page is translated again and stamped.",
  );

export const pageFields = {
  title: text('title', 'Our goals').describe(
    'The page heading and its name in menus, in the trust\'s own words, for example "Our ambitions".',
  ),
  description: text('description', 'Our three goals for the next five years.').describe(
    'One or two sentences saying what the page is about. Shown in the contents page, search results and link previews.',
  ),
  order: z
    .number({ error: 'order must be a number, for example 3.' })
    .int({ error: 'order must be a whole number, for example 3.' })
    .default(100)
    .describe('Where the page comes in the menu: lower numbers first. Pages with the same number are sorted by title.'),
  navLabel: text('navLabel', 'Goals').optional().describe('A shorter name for the menu when the title is long, for example "Ambitions".'),
  ...pageDates,
  translates: translatesField,
};
