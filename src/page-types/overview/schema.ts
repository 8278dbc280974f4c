/** An introduction to the strategy. */
import { z } from 'astro/zod';
import { pageFields } from '../../schemas/pages/common.ts';

/** As the home page's introduction (index.md), its title is the home page's heading and its body comes above "the strategy at a glance". */
export const overviewSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('overview'),
  })
  .describe(
    "An introduction to the strategy. Written as content/<trust>/index.md, its title is the home page's heading (often the strategy's name) and its text is shown on the home page above the strategy at a glance.",
  );
