/** How the strategy was shaped with people: figures, events, a survey, questions, answers and contact. */
import { z } from 'astro/zod';
import { calendarDate, email, text, textList, webAddress, itemLimit, optionalList } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

const figure = z.strictObject({
  label: text('figures label', 'people took part').describe('What was counted, for example "people took part".'),
  value: z
    .number({ error: 'figures value must be a number written as digits, for example 1450.' })
    .int()
    .nonnegative()
    .describe('The number, written as digits, for example 1450.'),
  qualifier: z
    .enum(['about', 'over', 'almost'], { error: 'figures qualifier must be about, over or almost.' })
    .optional()
    .describe('Optional: "about" or "over" before the number.'),
});

export const eventFormats = ['in-person', 'online', 'hybrid'] as const;

const event = z
  .strictObject({
    title: text('events title', 'Drop-in at the library').describe("The event's name."),
    date: calendarDate('events date').describe('The date, YYYY-MM-DD. Events before the build date are listed as past.'),
    start: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'events start must be a 24-hour time in quotes, for example "18:30".' })
      .optional()
      .describe('Start time as 24-hour HH:MM, for example "18:30".'),
    end: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'events end must be a 24-hour time in quotes, for example "20:00".' })
      .optional()
      .describe('End time as 24-hour HH:MM, for example "20:00".'),
    format: z
      .enum(eventFormats, { error: `events format must be one of: ${eventFormats.join(', ')}.` })
      .describe('in-person, online or hybrid (both).'),
    place: text('events place', 'Town Hall, Market Street')
      .optional()
      .describe('Where it happens, for an in-person or hybrid event, for example "Town Hall, Market Street".'),
    link: webAddress('events link').optional().describe('Optional: where to book or join.'),
    description: text('events description').optional().describe('Optional: a sentence about who it is for and what happens.'),
  })
  .superRefine((value, ctx) => {
    if (value.format !== 'online' && !value.place) {
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: 'An in-person or hybrid event needs a place, for example place: "Town Hall, Market Street".',
      });
    }
    // An end alone would be shown as nothing: a time needs its start.
    if (value.end && !value.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `This event has an end time but no start time. Add the start, for example start: "18:30" above end: "${value.end}", or delete the end line.`,
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
  title: text('survey title').describe("The survey's name."),
  audience: text('survey audience', 'patients, carers and staff').describe(
    'Who the survey is for, for example "patients, carers and staff".',
  ),
  closes: calendarDate('survey closes').describe('The last day to respond, YYYY-MM-DD.'),
  link: webAddress('survey link')
    .optional()
    .describe(
      'Optional: where to fill it in. Once the survey has closed the link is no longer shown. Leave it out if there is no online form to link to.',
    ),
  results: webAddress('survey results')
    .optional()
    .describe(
      'Optional: where to read what people said in the survey, shown once it has closed. Without it, a closed survey links to "what we heard" on this page when there is one.',
    ),
});

const youSaidWeDid = z.strictObject({
  youSaid: text('youSaidWeDid youSaid', 'Letters are hard to understand').describe(
    'What people told the trust, in their words or close to them.',
  ),
  weDid: text('youSaidWeDid weDid', 'We rewrote our appointment letters with patients').describe(
    'What the trust did, or has promised to do, about it.',
  ),
});

const question = z.strictObject({
  question: text('faq question', 'Why are you changing the strategy?').describe('The question people ask.'),
  answer: text('faq answer', 'Because our services have changed.').describe('The answer, in plain words.'),
});

export const engagementSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('engagement'),
    figures: optionalList(z.array(figure).max(...itemLimit('figures'))).describe(
      'Optional: numbers that show the reach of the engagement.',
    ),
    heard: textList('heard').optional().describe('Optional: what people told the trust, one point per line.'),
    heardHeading: text('heardHeading').default('What we heard').describe("Heading for what people told the trust, in the trust's words."),
    youSaidWeDid: optionalList(
      z
        .array(youSaidWeDid, { error: 'youSaidWeDid must be a list, each item starting with "- youSaid:" followed by a "weDid:" line.' })
        .max(...itemLimit('youSaidWeDid')),
    ).describe(
      'Optional: "you said, we did" pairs, each what people said (youSaid) and what the trust did about it (weDid). They keep showing after the engagement closes, so people can see what changed.',
    ),
    events: optionalList(z.array(event).max(...itemLimit('events'))).describe('Optional: events, past and upcoming.'),
    survey: survey.optional().describe('Optional: a survey that is open or recently closed.'),
    questions: textList('questions').optional().describe('Optional: questions the trust asks the public to think about.'),
    faq: optionalList(z.array(question).max(...itemLimit('faq'))).describe('Optional: frequently asked questions with answers.'),
    contactEmail: email('contactEmail')
      .optional()
      .describe("Optional: where to send comments, if different from the trust's main contact email."),
  })
  .describe('How the strategy is shaped with people: figures, what we heard, events, a survey, questions and answers.');
