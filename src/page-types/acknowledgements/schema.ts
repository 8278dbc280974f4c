/** Thanks to the groups who helped shape the strategy. */
import { z } from 'astro/zod';
import { text, itemLimit } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

const group = z.strictObject({
  name: text('groups name', 'Our carers forum').describe('The group\'s name, for example "Our carers\' forum".'),
  contribution: text('groups contribution').optional().describe('Optional: what the group did.'),
});

export const acknowledgementsSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('acknowledgements'),
    groups: z
      .array(group, { error: 'groups must be a list, each starting with "- name:".' })
      .max(...itemLimit('groups'))
      .min(1, {
        error: 'groups needs at least one group, each starting with "- name:".',
      })
      .describe('The groups thanked. At least one.'),
  })
  .describe('Thanks to the groups who helped shape the strategy.');
