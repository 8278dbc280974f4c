/** Values and the behaviours that show them; or a note that the values are being refreshed. */
import { z } from 'astro/zod';
import { calendarDate, text, textList } from '../fields.ts';
import { pageFields } from './common.ts';

const value = z.strictObject({
  /** The value's name, for example "Kind". */
  name: text('values name', 'Kind'),
  /** What the value means, in one sentence. */
  meaning: text('values meaning', 'We treat everyone with warmth and respect.'),
  /** What people do when they live the value. At least one. */
  behaviours: textList('values behaviours'),
});

const refresh = z.strictObject({
  /** When the new values are expected, YYYY-MM-DD. */
  expected: calendarDate('refresh.expected'),
  /** Why the values are being refreshed and how people can take part. */
  explanation: z.string().trim().min(1, { error: 'refresh.explanation is empty. Say why the values are being refreshed.' }),
});

export const valuesSchema = z
  .object({
    ...pageFields,
    type: z.literal('values'),
    /** Heading shown above each value's behaviours, in the trust's words. */
    behavioursHeading: text('behavioursHeading').default('What this looks like'),
    /** The values. Leave out while they are being refreshed, and fill in `refresh` instead. */
    values: z.array(value).min(1, { error: 'values needs at least one value, or leave it out and fill in refresh.' }).optional(),
    /** Fill this in while the values are being refreshed, instead of `values`. */
    refresh: refresh.optional(),
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
  });
