/** Priorities grouped under commitments (or ambitions, focus areas, pillars). */
import { z } from 'astro/zod';
import { text } from '../fields.ts';
import { pageFields } from './common.ts';

const priority = z.strictObject({
  title: text('priorities title', 'Open a community clinic').describe("The priority's short name."),
  description: text('priorities description', 'Offer blood tests six days a week.').describe(
    'What the trust will do, in one or two sentences.',
  ),
});

const group = z.strictObject({
  title: text('groups title', 'Our commitment to patients').describe(
    'The commitment or ambition these priorities sit under, for example "Our commitment to patients".',
  ),
  statement: text('groups statement').optional().describe('Optional: one sentence about the commitment.'),
  priorities: z
    .array(priority)
    .min(1, { error: 'Each group needs at least one priority, each starting with "- title:".' })
    .describe('The priorities in this group. At least one.'),
});

export const prioritiesSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('priorities'),
    groups: z
      .array(group, { error: 'groups must be a list, each group starting with "- title:".' })
      .min(1, {
        error: 'groups needs at least one group, each starting with "- title:".',
      })
      .describe('The groups, in order. At least one.'),
  })
  .describe('Priorities grouped under commitments (or ambitions, focus areas).');
