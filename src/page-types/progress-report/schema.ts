/**
 * A progress report: what happened in one year of the strategy, goal by goal, in words. Trusts
 * report to their public board once a year ("year one of Better together"); the report names
 * each goal as the goals page names it (the check refuses a goal the trust does not have), says
 * in a few words how it is going, what happened, what changed and what comes next.
 */
import { z } from 'astro/zod';
import { calendarDate, itemLimit, optionalList, text, webAddress } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

/** How a goal is going, in words readers see as a tag with text (never a colour alone). */
export const progressStatuses = ['on-track', 'some-delay', 'not-started', 'done'] as const;
export type ProgressStatus = (typeof progressStatuses)[number];

/** A month, written YYYY-MM (2025-04), or a date (2025-04-01): a report covers whole months. */
export interface Month {
  year: number;
  month: number;
}

const month = (what: string, example: string) =>
  z
    .union([z.date(), z.string().trim()], { error: `${what} must be a month written as YYYY-MM, for example ${example}.` })
    .transform((value, ctx): Month => {
      const written = value instanceof Date ? value.toISOString().slice(0, 7) : value;
      const found = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(written);
      const monthNumber = Number(found?.[2]);
      if (!found || monthNumber < 1 || monthNumber > 12) {
        ctx.addIssue({ code: 'custom', message: `${what} must be a month written as YYYY-MM, for example ${example}.` });
        return z.NEVER;
      }
      return { year: Number(found[1]), month: monthNumber };
    });

const monthIndex = (value: Month) => value.year * 12 + value.month;

const goalProgress = z.strictObject({
  goal: text('goals goal', 'Care without long waits').describe(
    "The goal's title exactly as it is written on the trust's goals page (or focus areas, priorities or themes page). The check refuses a name the site does not have.",
  ),
  status: z
    .enum(progressStatuses, { error: `goals status must be one of: ${progressStatuses.join(', ')}.` })
    .describe(
      'How the goal is going, in one of these words: on-track, some-delay, not-started or done. Readers see it as words ("On track", "Some delay"), not a colour.',
    ),
  progress: text('goals progress', 'We cut the longest waits for planned surgery.').describe(
    'What happened this year for this goal, in one to three plain sentences.',
  ),
});

const agreement = z
  .strictObject({
    meeting: text('agreedAt meeting', 'Public board meeting')
      .optional()
      .describe('Optional: the meeting that agreed the report, for example "Public board meeting".'),
    date: calendarDate('agreedAt date').optional().describe('Optional: the date of that meeting, written YYYY-MM-DD.'),
    paper: text('agreedAt paper', 'Paper 7')
      .optional()
      .describe('Optional: the board paper\'s reference, for example "Paper 7" or "Item 12".'),
    link: webAddress('agreedAt link').optional().describe('Optional: where the board papers are published on the web.'),
  })
  .refine((value) => value.meeting || value.paper || value.link, {
    error:
      'agreedAt needs a meeting, a paper or a link, for example "meeting: Public board meeting". Delete agreedAt if the report does not say.',
    path: ['meeting'],
  });

export const progressReportSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('progress-report'),
    period: z
      .strictObject({
        start: month('period start', '2025-04').describe('The first month the report covers, written YYYY-MM, for example 2025-04.'),
        end: month('period end', '2026-03').describe('The last month the report covers, written YYYY-MM, for example 2026-03.'),
      })
      .refine((value) => monthIndex(value.end) >= monthIndex(value.start), {
        error: 'period end comes before period start. The report covers from start to end, for example start: 2025-04 and end: 2026-03.',
        path: ['end'],
      })
      .describe('The months the report covers, for example April 2025 to March 2026.'),
    published: calendarDate('published').describe(
      'The date the report was published, written YYYY-MM-DD. The home page links the report with the latest date.',
    ),
    agreedAt: agreement
      .optional()
      .describe('Optional: the board meeting or paper that agreed the report. Leave it out if the report does not say.'),
    goals: z
      .array(goalProgress, { error: 'goals must be a list, each starting with "- goal:".' })
      .min(1, { error: 'goals needs at least one goal, each starting with "- goal:".' })
      .max(...itemLimit('goals'))
      .describe('How each goal is going: its name as on the goals page, a status in words and what happened.'),
    changes: optionalList(
      z
        .array(text('Each item in changes', 'We opened a community clinic in Eastport.'), {
          error: 'changes must be a list, with each item on its own line starting with "- ".',
        })
        .max(...itemLimit('changes')),
    ).describe('Optional: what changed this year, one short sentence per item.'),
    next: optionalList(
      z
        .array(text('Each item in next', 'We will open a second community clinic.'), {
          error: 'next must be a list, with each item on its own line starting with "- ".',
        })
        .max(...itemLimit('next')),
    ).describe('Optional: what comes next year, one short sentence per item.'),
  })
  .describe('Progress report: how each goal went over one year of the strategy, what changed and what comes next.');

export type ProgressReport = z.infer<typeof progressReportSchema>;
