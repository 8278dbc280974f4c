/** The mission page: one short statement, with the body explaining it. */
import { z } from 'astro/zod';
import { text } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

export const missionSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('mission'),
    statement: text('statement', 'To give everyone safe, kind care close to home.').describe(
      'The mission (or purpose) in one or two sentences. Shown large on the home page.',
    ),
  })
  .describe('The mission (or purpose): why the trust exists, in one statement shown large on the home page.');
