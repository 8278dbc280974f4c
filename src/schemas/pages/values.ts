/** Values and the behaviours that show them; or a note that the values are being refreshed. */
import { z } from 'astro/zod';
import { calendarDate, text, textList } from '../fields.ts';
import { pageFields } from './common.ts';

const value = z.strictObject({
  name: text('values name', 'Kind').describe('The value\'s name, for example "Kind".'),
  meaning: text('values meaning', 'We treat everyone with warmth and respect.').describe('What the value means, in one sentence.'),
  behaviours: textList('values behaviours').describe('What people do when they live the value. At least one.'),
});

const refresh = z.strictObject({
  expected: calendarDate('refresh.expected').describe('When the new values are expected, YYYY-MM-DD.'),
  explanation: z
    .string()
    .trim()
    .min(1, { error: 'refresh.explanation is empty. Say why the values are being refreshed.' })
    .describe('Why the values are being refreshed and how people can take part.'),
});

export const valuesSchema = z
  .object({
    ...pageFields,
    type: z.literal('values'),
    behavioursHeading: text('behavioursHeading')
      .default('What this looks like')
      .describe("Heading shown above each value's behaviours, in the trust's words."),
    values: z
      .array(value)
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
          'A values page needs either a list of values (each with name, meaning and behaviours) or, while they are being refreshed, a refresh section with expected and explanation.',
      });
    }
  })
  .describe('Values with the behaviours that show them, or a note that they are being refreshed.');
