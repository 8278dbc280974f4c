/**
 * Delivery: how the trust will know the strategy is working. Plans, measures and the dates
 * it will report. Strategies often promise measures before any figure exists ("we will
 * publish these in our first annual report"), so a measure can be just its name and words.
 */
import { z } from 'astro/zod';
import { period, text, trustFile, webAddress, when, itemLimit, optionalList } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

const figureAt = (what: string) =>
  z.strictObject({
    value: z
      .number({ error: `${what} value must be a number written as digits, for example 18 or 92.5.` })
      .describe('The figure, as digits.'),
    date: period(`${what} date`).describe('When the figure was measured, for example "March 2024", "2024/25" or 2024-03-31.'),
  });

export const measureDirections = ['higher', 'lower'] as const;

const measure = z
  .strictObject({
    name: text('measures name', 'Time from referral to first appointment')
      .optional()
      .describe('What is measured, in plain words. Optional when the strategy describes the measure only in a sentence (description).'),
    description: text('measures description', 'We will track how long people wait for a first appointment.')
      .optional()
      .describe('Optional: the measure in a sentence, as the strategy writes it. Give a name, a description or both.'),
    goal: text('measures goal', 'Care without long waits')
      .optional()
      .describe('Optional: the goal or focus area this measure belongs to, as it is named on its page.'),
    unit: text('measures unit', 'weeks')
      .optional()
      .describe('Optional: what the numbers count, read after them, for example "weeks", "%" or "people".'),
    better: z
      .enum(measureDirections, { error: 'measures better must be higher or lower.' })
      .optional()
      .describe('Optional: whether a higher or a lower figure is better, so the site can say if things are improving.'),
    baseline: figureAt('measures baseline').optional().describe('Optional: where things started, with when.'),
    target: z
      .strictObject({
        value: z
          .number({ error: 'measures target value must be a number written as digits, for example 18.' })
          .describe('The figure aimed for.'),
        date: period('measures target date', '2029/30').optional().describe('Optional: by when, for example "March 2030" or "2029/30".'),
      })
      .optional()
      .describe('Optional: the figure the trust aims for, and by when.'),
    values: z
      .array(figureAt('measures values'), { error: 'measures values must be a list, each starting with "- value:".' })
      .max(...itemLimit('values'))
      .optional()
      .describe('Optional: the figures measured so far, oldest first, each with when it was measured.'),
    source: text('measures source', 'Monthly waiting list data').optional().describe('Optional: where the figures come from.'),
    notYetMeasured: text('measures notYetMeasured', 'We will publish the first figures in our 2026 annual report.')
      .optional()
      .describe(
        'Optional: what to say while there are no figures yet, for example "We will publish the first figures in our 2026 annual report."',
      ),
  })
  .refine((value) => value.name || value.description, {
    error:
      'Each measure needs a name (a few words) or a description (a sentence), for example "- description: We will track waiting times."',
    path: ['name'],
  });

const plan = z
  .strictObject({
    title: text('plans title', 'Our plan for 2025 to 2026')
      .optional()
      .describe(
        'The plan\'s name, for example "Our delivery plan for 2025 to 2026". Optional when the strategy gives the plan only as a sentence (description).',
      ),
    description: text('plans description').optional().describe('Optional: a sentence about what the plan covers.'),
    file: trustFile('plans file')
      .optional()
      .describe('Optional: the plan as a file in the trust\'s files folder, for example "files/plan-2025.pdf".'),
    link: webAddress('plans link').optional().describe('Optional: where the plan is published on the web.'),
    when: when('plans when', 'in spring 2026')
      .optional()
      .describe('Optional: when the plan is or will be published: a date, a month (2026-04) or words such as "in spring 2026".'),
  })
  .refine((value) => !(value.file && value.link), {
    error: 'A plan can have a file or a link, not both. Keep the one readers should use.',
    path: ['link'],
  })
  .refine((value) => value.title || value.description, {
    error:
      'Each plan needs a title (its name) or a description (a sentence), for example "- description: Each service writes a yearly plan."',
    path: ['title'],
  });

const report = z.strictObject({
  what: text('reporting what', 'Progress report to our board').describe(
    'What will be reported, for example "Progress report to our public board meeting", or a whole sentence such as "We will report progress to our board in public."',
  ),
  when: when('reporting when', 'every six months')
    .optional()
    .describe(
      'Optional: when: a date, a month (2026-07) or words such as "every six months" or "in our annual report each July". Leave it out when the strategy gives no time, or when `what` is a whole sentence that says it.',
    ),
});

export const deliverySchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('delivery'),
    summary: text('summary', 'We will report our progress every six months.')
      .optional()
      .describe('Optional: how the trust will know the strategy is working, in one or two sentences. Shown on the home page.'),
    plans: optionalList(
      z.array(plan, { error: 'plans must be a list, each starting with "- title:".' }).max(...itemLimit('plans')),
    ).describe('Optional: the plans that deliver the strategy.'),
    plansHeading: text('plansHeading').default('Our plans').describe("Heading over the plans, in the trust's words."),
    measures: optionalList(
      z.array(measure, { error: 'measures must be a list, each starting with "- name:".' }).max(...itemLimit('measures')),
    ).describe('Optional: what the trust will measure, with figures where it has them.'),
    measuresHeading: text('measuresHeading').default('How we will know').describe("Heading over the measures, in the trust's words."),
    reporting: optionalList(
      z.array(report, { error: 'reporting must be a list, each starting with "- what:".' }).max(...itemLimit('reporting')),
    ).describe('Optional: when and where the trust will report progress.'),
    reportingHeading: text('reportingHeading')
      .default('When we will report')
      .describe("Heading over the reporting dates, in the trust's words."),
  })
  .describe('Delivery: the plans, the measures and the reporting dates that show whether the strategy is working.');

export type Measure = z.infer<typeof measure>;

/** A measure with a baseline, a value or a target has figures to chart; one with a name only has none (the how-we-are-doing page exists only for measures with figures). */
export const hasFigures = (measure: Measure): boolean => Boolean(measure.baseline || measure.values?.length || measure.target);
