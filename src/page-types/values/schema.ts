/** Values and the behaviours that show them; or a note that the values are being refreshed. */
import { z } from 'astro/zod';
import { text, textList, when, itemLimit } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

const value = z.strictObject({
  name: text('values name', 'Kind').describe('The value\'s name, for example "Kind".'),
  meaning: text('values meaning', 'We treat everyone with warmth and respect.')
    .optional()
    .describe('Optional: what the value means, in one sentence. Leave it out if the trust names the value only.'),
  behaviours: textList('values behaviours')
    .optional()
    .describe('Optional: what people do when they live the value. Leave it out if the strategy does not list behaviours.'),
});

const refresh = z.strictObject({
  expected: when('refresh.expected')
    .optional()
    .describe(
      'Optional: when the new values are expected, as the trust says it. A date (2026-03-31), a month (2026-03) or words that follow "We expect to publish the new values", for example "in our next annual report". Leave it out if no time has been given: the page then says nothing about when.',
    ),
  explanation: z
    .string()
    .trim()
    .min(1, { error: 'refresh.explanation is empty. Say why the values are being refreshed.' })
    .describe('Why the values are being refreshed and how people can take part.'),
  heading: z
    .string()
    .trim()
    .min(1)
    .default('Our values are being refreshed')
    .describe("The heading over the explanation, in the trust's words."),
});

export const valuesSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('values'),
    behavioursHeading: text('behavioursHeading')
      .default('What this looks like')
      .describe("Heading shown above each value's behaviours, in the trust's words."),
    values: z
      .array(value)
      .max(...itemLimit('values'))
      .min(1, { error: 'values needs at least one value, or leave it out and fill in refresh.' })
      .optional()
      .describe('The values. Leave out while they are being refreshed, and fill in `refresh` instead.'),
    refresh: refresh.optional().describe('Fill this in while the values are being refreshed, instead of `values`.'),
  })
  .superRefine((page, ctx) => {
    if (!page.values && !page.refresh) {
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message:
          'A values page needs either a list of values (each with name, meaning and behaviours) or, while they are being refreshed, a refresh section with an explanation (and, if the trust has said, when the new values are expected).',
      });
    }
  })
  .describe('Values with the behaviours that show them, or a note that they are being refreshed.');
