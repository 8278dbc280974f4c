/** Goals (or objectives, ambitions, pillars): what the strategy sets out to achieve. */
import { z } from 'astro/zod';
import { text, textList, itemLimit } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

const goal = z.strictObject({
  title: text('goals title', 'Care without long waits').describe('The goal\'s short name, for example "Care closer to home".'),
  statement: text('goals statement', 'We will cut the time people wait for care.')
    .optional()
    .describe('One or two sentences saying what the goal (or focus area) means. Optional: some strategies name a focus area only.'),
  outcomes: textList('goals outcomes')
    .optional()
    .describe(
      'Optional: what will be different for people when the goal is met. Many strategies list focus areas with no outcomes: leave it out and no outcomes heading is shown.',
    ),
  measures: textList('goals measures')
    .optional()
    .describe('Optional: how the trust will know it is getting there, for example "waiting times under 18 weeks".'),
});

export const goalsSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('goals'),
    itemName: text('itemName', 'focus area')
      .optional()
      .describe(
        'Optional: the word the strategy uses for one of these, in lower case, for example "goal", "focus area", "ambition" or "priority". Screen readers hear it before each number ("Focus area 1"). Leave it out and each is read by its name alone.',
      ),
    outcomesHeading: text('outcomesHeading')
      .default('What this will mean')
      .describe("Heading shown above each goal's outcomes, in the trust's words."),
    measuresHeading: text('measuresHeading')
      .default('How we will know')
      .describe("Heading shown above each goal's measures, in the trust's words."),
    goals: z
      .array(goal, { error: 'goals must be a list of goals, each starting with "- title:".' })
      .max(...itemLimit('goals'))
      .min(1, {
        error: 'goals needs at least one goal, each starting with "- title:".',
      })
      .describe('The goals, in the order they should appear. At least one.'),
  })
  .describe(
    'Goals (or objectives, ambitions, pillars, focus areas), each with a name and, where the strategy gives them, a statement, outcomes and measures.',
  );
