/** An introduction to the strategy, and the plain page for anything that fits no other type. */
import { z } from 'astro/zod';
import { pageFields } from './common.ts';

/** The overview's body is shown on the home page too, above "the strategy at a glance". */
export const overviewSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('overview'),
  })
  .describe(
    'An introduction to the strategy. Written as content/<trust>/index.md, it is shown on the home page above the strategy at a glance.',
  );

/** A page of Markdown text with no special layout. */
export const plainSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('page'),
  })
  .describe('A plain page of Markdown text, for anything that fits no other type.');
