/** Priorities grouped under commitments (or ambitions, focus areas, pillars). */
import { z } from 'astro/zod';
import { text } from '../fields.ts';
import { pageFields } from './common.ts';

const priority = z.strictObject({
  /** The priority's short name. */
  title: text('priorities title', 'Open a community clinic'),
  /** What the trust will do, in one or two sentences. */
  description: text('priorities description', 'Offer blood tests six days a week.'),
});

const group = z.strictObject({
  /** The commitment or ambition these priorities sit under, for example "Our commitment to patients". */
  title: text('groups title', 'Our commitment to patients'),
  /** Optional: one sentence about the commitment. */
  statement: text('groups statement').optional(),
  /** The priorities in this group. At least one. */
  priorities: z.array(priority).min(1, { error: 'Each group needs at least one priority, each starting with "- title:".' }),
});

export const prioritiesSchema = z.strictObject({
  ...pageFields,
  type: z.literal('priorities'),
  /** The groups, in order. At least one. */
  groups: z.array(group, { error: 'groups must be a list, each group starting with "- title:".' }).min(1, {
    error: 'groups needs at least one group, each starting with "- title:".',
  }),
});
