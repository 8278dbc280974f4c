/** The vision page: one short statement, with the body explaining it. */
import { z } from 'astro/zod';
import { text } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

export const visionSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('vision'),
    statement: text('statement', 'To give everyone safe, kind care close to home.').describe(
      'The vision (or ambition) in one or two sentences. Shown large on the home page.',
    ),
  })
  .describe('The vision (or ambition): where the trust wants to be, in one statement shown large on the home page.');
