/** How the strategy was shaped with people: figures, events, a survey, questions, answers and contact. */
import { z } from 'astro/zod';
import { calendarDate, email, text, textList, webAddress } from '../fields.ts';
import { pageFields } from './common.ts';

const figure = z.strictObject({
  /** What was counted, for example "people took part". */
  label: text('figures label', 'people took part'),
  /** The number, written as digits, for example 1450. */
  value: z.number({ error: 'figures value must be a number written as digits, for example 1450.' }).int().nonnegative(),
  /** Optional: "about" or "over" before the number. */
  qualifier: z.enum(['about', 'over', 'almost'], { error: 'figures qualifier must be about, over or almost.' }).optional(),
});

export const eventFormats = ['in-person', 'online', 'hybrid'] as const;

const event = z
  .object({
    /** The event's name. */
    title: text('events title', 'Drop-in at the library'),
    /** The date, YYYY-MM-DD. Events before the build date are listed as past. */
    date: calendarDate('events date'),
    /** Start time as 24-hour HH:MM, for example "18:30". */
    start: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'events start must be a 24-hour time in quotes, for example "18:30".' })
      .optional(),
    /** End time as 24-hour HH:MM, for example "20:00". */
    end: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'events end must be a 24-hour time in quotes, for example "20:00".' })
      .optional(),
    /** in-person, online or hybrid (both). */
    format: z.enum(eventFormats, { error: `events format must be one of: ${eventFormats.join(', ')}.` }),
    /** Where it happens, for an in-person or hybrid event, for example "Town Hall, Market Street". */
    place: text('events place', 'Town Hall, Market Street').optional(),
    /** Optional: where to book or join. */
    link: webAddress('events link').optional(),
    /** Optional: a sentence about who it is for and what happens. */
    description: text('events description').optional(),
  })
  .superRefine((value, ctx) => {
    if (value.format !== 'online' && !value.place) {
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: 'An in-person or hybrid event needs a place, for example place: "Town Hall, Market Street".',
      });
    }
    if (value.start && value.end && value.end <= value.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'events end must be later than start, for example start: "18:30" and end: "20:00".',
      });
    }
  });

const survey = z.strictObject({
  /** The survey's name. */
  title: text('survey title'),
  /** Who the survey is for, for example "patients, carers and staff". */
  audience: text('survey audience', 'patients, carers and staff'),
  /** The last day to respond, YYYY-MM-DD. */
  closes: calendarDate('survey closes'),
  /** Where to fill it in. */
  link: webAddress('survey link'),
});

const question = z.strictObject({
  /** The question people ask. */
  question: text('faq question', 'Why are you changing the strategy?'),
  /** The answer, in plain words. */
  answer: text('faq answer', 'Because our services have changed.'),
});

export const engagementSchema = z.strictObject({
  ...pageFields,
  type: z.literal('engagement'),
  /** Optional: numbers that show the reach of the engagement. */
  figures: z.array(figure).optional(),
  /** Optional: what people told the trust, one point per line. */
  heard: textList('heard').optional(),
  /** Heading for what people told the trust, in the trust's words. */
  heardHeading: text('heardHeading').default('What we heard'),
  /** Optional: events, past and upcoming. */
  events: z.array(event).optional(),
  /** Optional: a survey that is open or recently closed. */
  survey: survey.optional(),
  /** Optional: questions the trust asks the public to think about. */
  questions: textList('questions').optional(),
  /** Optional: frequently asked questions with answers. */
  faq: z.array(question).optional(),
  /** Optional: where to send comments, if different from the trust's main contact email. */
  contactEmail: email('contactEmail').optional(),
});
