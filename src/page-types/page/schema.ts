/** The plain page, for anything that fits no other type. */
import { z } from 'astro/zod';
import { pageFields } from '../../schemas/pages/common.ts';

/** A page of Markdown text with no special layout. */
export const plainSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('page'),
  })
  .describe('A plain page of Markdown text, for anything that fits no other type.');
