/** An introduction to the strategy, and the plain page for anything that fits no other type. */
import { z } from 'astro/zod';
import { pageFields } from './common.ts';

/** As the home page's introduction (index.md), its title is the home page's heading and its body comes above "the strategy at a glance". */
export const overviewSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('overview'),
  })
  .describe(
    "An introduction to the strategy. Written as content/<trust>/index.md, its title is the home page's heading (often the strategy's name) and its text is shown on the home page above the strategy at a glance.",
  );

/** A page of Markdown text with no special layout. */
export const plainSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('page'),
  })
  .describe('A plain page of Markdown text, for anything that fits no other type.');
