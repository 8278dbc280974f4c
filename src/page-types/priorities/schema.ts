/** Priorities grouped under commitments (or ambitions, focus areas, pillars). */
import { z } from 'astro/zod';
import { itemLimit, text } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

const priority = z.strictObject({
  title: text('priorities title', 'Open a community clinic').describe("The priority's short name."),
  description: text('priorities description', 'Offer blood tests six days a week.')
    .optional()
    .describe('Optional: what the trust will do, in one or two sentences.'),
});

const group = z.strictObject({
  title: text('groups title', 'Our commitment to patients')
    .optional()
    .describe(
      'Optional: the name of the commitment or ambition these priorities sit under, for example "Our commitment to patients". Leave it out when the strategy writes the commitment as a sentence only (use statement), or gives the priorities no group at all.',
    ),
  statement: text('groups statement')
    .optional()
    .describe('Optional: the commitment in a sentence, for example "We will treat people as partners in their care."'),
  priorities: z
    .array(priority, { error: 'Each group needs a list of priorities, each starting with "- title:".' })
    .max(...itemLimit('priorities'))
    .min(1, { error: 'Each group needs at least one priority, each starting with "- title:".' })
    .describe('The priorities in this group. At least one.'),
});

export const prioritiesSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('priorities'),
    groups: z
      .array(group, { error: 'groups must be a list, each group starting with "- title:" or "- statement:".' })
      .max(...itemLimit('groups'))
      .min(1, {
        error: 'groups needs at least one group, each starting with "- title:" or "- statement:".',
      })
      .describe('The groups, in order. At least one.'),
  })
  .describe('Priorities grouped under commitments (or ambitions, focus areas).');
