/**
 * Small field builders shared by the trust settings and the page types.
 * Each one carries a plain-English error that says what a correct value looks like,
 * because the people who read these errors are comms officers, not developers.
 */
import { z } from 'astro/zod';

/**
 * Longest text a field may hold. Every field is a name, a heading or a few sentences; the cap
 * keeps a pasted document (or a hostile value) from making the check, the build or the search
 * index run unbounded.
 */
export const MAX_TEXT_LENGTH = 1000;

/** Most items a list field may hold: far more than any page shows, few enough to stay fast. */
export const MAX_LIST_ITEMS = 100;

/** A line of text that must not be empty. `example` is shown in error messages. */
export const text = (what: string, example = 'Our goals', max = MAX_TEXT_LENGTH) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${what} is missing. Add it as text, for example "${example}".`
          : `${what} must be text, for example "${example}".`,
    })
    .trim()
    .min(1, { error: `${what} is empty. Write a few words, for example "${example}".` })
    .max(max, {
      error: (issue) =>
        `${what} is ${String(issue.input).length} characters long; keep it to ${max} or fewer. Shorten it, or move longer text into the page's Markdown below the settings.`,
    });

/** A list of short text items, at least `min` of them. */
export const textList = (what: string, min = 1) =>
  z
    .array(text(`Each item in ${what}`), {
      error: `${what} must be a list, with each item on its own line starting with "- ".`,
    })
    .min(min, {
      error: `${what} needs at least ${min} item${min === 1 ? '' : 's'}, each on its own line starting with "- ".`,
    })
    .max(MAX_LIST_ITEMS, { error: `${what} has more than ${MAX_LIST_ITEMS} items. Keep the ${MAX_LIST_ITEMS} that matter most.` });

/**
 * A calendar date written as YYYY-MM-DD. YAML reads such a date as a Date already; a quoted
 * "2026-03-31" is accepted too. Anything else ("April 2025", "next spring") is refused,
 * rather than guessed at.
 */
export const calendarDate = (what: string) =>
  z.preprocess(
    (value) => {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value;
      const date = new Date(`${value.trim()}T00:00:00Z`);
      // "2025-02-30" would roll over to 2 March: a day that is not in the calendar stays text, and is refused.
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value.trim() ? date : value;
    },
    z.date({
      error: (issue) =>
        typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input.trim())
          ? `${what} "${issue.input.trim()}" is not a real date. Check the day and month, written as YYYY-MM-DD, for example 2026-03-31.`
          : `${what} must be a date written as YYYY-MM-DD, for example 2026-03-31.`,
    }),
  );

/**
 * When something is expected or happened, in the words the trust actually used. Real
 * strategies often give no exact date ("in our next annual report", "summer 2025"), and a
 * made-up date would be published as fact, so three forms are accepted:
 * - a date, YYYY-MM-DD (2026-03-31): shown as "31 March 2026";
 * - a month, YYYY-MM (2026-03): shown as "March 2026";
 * - words, shown exactly as written ("in our next annual report").
 * A date or month that has passed while the page still reads as future is a warning (src/checks/stale-dates.ts).
 */
export type When = { kind: 'date'; date: Date } | { kind: 'month'; year: number; month: number } | { kind: 'words'; text: string };

export const when = (what: string, example = 'in our next annual report') =>
  z
    .union([z.date(), z.string().trim().min(1)], {
      error: `${what} must be a date (YYYY-MM-DD, for example 2026-03-31), a month (YYYY-MM, for example 2026-03) or words, for example "${example}".`,
    })
    .transform((value, ctx): When => {
      if (value instanceof Date) return { kind: 'date', date: value };
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const month = /^(\d{4})-(\d{2})$/.exec(value);
      if (day || month) {
        const date = new Date(`${value}${month ? '-01' : ''}T00:00:00Z`);
        const monthNumber = Number((day ?? month)![2]);
        if (Number.isNaN(date.getTime()) || monthNumber < 1 || monthNumber > 12 || (day && date.toISOString().slice(0, 10) !== value)) {
          ctx.addIssue({
            code: 'custom',
            message: `${what} "${value}" is not a real date. Write it as YYYY-MM-DD, for example 2026-03-31.`,
          });
          return z.NEVER;
        }
        return day ? { kind: 'date', date } : { kind: 'month', year: Number(month![1]), month: monthNumber };
      }
      return { kind: 'words', text: value };
    });

/**
 * A point or stretch of time a figure belongs to, as the trust writes it: "2024/25",
 * "March 2025", "Q1 2026" or a date. Kept as text (a YAML date becomes YYYY-MM-DD) because
 * NHS figures are reported by financial year and quarter as often as by day.
 */
export const period = (what: string, example = '2024/25') =>
  z.union([z.date().transform((date) => date.toISOString().slice(0, 10)), text(what, example)], {
    error: `${what} must say when, for example "${example}" or "March 2025".`,
  });

/** A four-digit year. */
export const year = (what: string) =>
  z
    .number({ error: `${what} must be a year written as four digits, for example 2026.` })
    .int({ error: `${what} must be a whole year, for example 2026.` })
    .min(2000, { error: `${what} must be a year from 2000 onwards, for example 2026.` })
    .max(2100, { error: `${what} must be a year before 2100, for example 2030.` });

/** A colour written as a six-digit hex code. */
export const hexColour = (what: string) =>
  z
    .string({ error: `${what} must be a colour code in quotes, for example "#005eb8".` })
    .regex(/^#[0-9a-fA-F]{6}$/, {
      error: `${what} must be a six-digit colour code starting with #, in quotes, for example "#005eb8".`,
    })
    .transform((value) => value.toLowerCase());

export const email = (what: string) => z.email({ error: `${what} must be an email address, for example strategy@example.nhs.uk.` });

/** A web address starting with https://. */
export const webAddress = (what: string) =>
  z.url({
    protocol: /^https$/,
    error: `${what} must be a full web address starting with https://, for example https://www.example.nhs.uk/strategy/.`,
  });

/**
 * A file inside the trust's `files/` folder, written as `files/<name>`.
 * Whether the file exists is checked when the site model is built (see src/site/site-model.ts).
 */
export const trustFile = (what: string) =>
  z
    .string({ error: `${what} must be a file path such as "files/strategy-summary.pdf".` })
    .regex(/^files\/[A-Za-z0-9._\-/]+$/, {
      error: `${what} must point inside the trust's files folder and use only letters, numbers, dots, dashes and underscores, for example "files/strategy-summary.pdf".`,
    })
    .refine((value) => !value.split('/').includes('..'), {
      error: `${what} must stay inside the trust's files folder, for example "files/logo.svg".`,
    });

/**
 * The item limit for a list field, as `.max(...itemLimit('goals'))`: every list has one, so no
 * page can make the build lay out an unbounded number of cards, rows or events.
 */
export const itemLimit = (what: string, max = MAX_LIST_ITEMS) =>
  [
    max,
    { error: `${what} has more than ${max} items. Keep the ${max} that matter most and delete the rest, or split them over more pages.` },
  ] as const;

/**
 * An optional list that, written empty ("plans: []"), counts as left out: the page then shows
 * no heading over nothing, as when the field is not there at all.
 */
export const optionalList = <Item extends z.ZodType>(list: z.ZodArray<Item>) =>
  list.optional().transform((items) => (items?.length ? items : undefined));
