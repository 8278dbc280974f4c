/** Mission and vision pages: one short statement, with the body explaining it. */
import { z } from 'astro/zod';
import { text } from '../fields.ts';
import { pageFields } from './common.ts';

export const missionSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('mission'),
    statement: text('statement', 'To give everyone safe, kind care close to home.').describe(
      'The mission (or purpose) in one or two sentences. Shown large on the home page.',
    ),
  })
  .describe('The mission (or purpose): why the trust exists, in one statement shown large on the home page.');

export const visionSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('vision'),
    statement: text('statement', 'To give everyone safe, kind care close to home.').describe(
      'The vision (or ambition) in one or two sentences. Shown large on the home page.',
    ),
  })
  .describe('The vision (or ambition): where the trust wants to be, in one statement shown large on the home page.');
