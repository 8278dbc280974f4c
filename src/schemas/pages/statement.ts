/** Mission and vision pages: one short statement, with the body explaining it. */
import { z } from 'astro/zod';
import { text } from '../fields.ts';
import { pageFields } from './common.ts';

export const missionSchema = z.strictObject({
  ...pageFields,
  type: z.literal('mission'),
  /** The mission (or purpose) in one or two sentences. Shown large on the home page. */
  statement: text('statement', 'To give everyone safe, kind care close to home.'),
});

export const visionSchema = z.strictObject({
  ...pageFields,
  type: z.literal('vision'),
  /** The vision (or ambition) in one or two sentences. Shown large on the home page. */
  statement: text('statement', 'To give everyone safe, kind care close to home.'),
});
