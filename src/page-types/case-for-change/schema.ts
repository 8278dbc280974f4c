/**
 * The case for change: why the trust needs a new strategy. Real strategies open with it
 * ("where we are now", "why now", "what people told us"); every part is optional because
 * trusts tell it in different shapes, and the body can carry the story in prose.
 */
import { z } from 'astro/zod';
import { text, textList, itemLimit, optionalList } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

const fact = z.strictObject({
  value: z
    .union([z.number().transform((value) => value.toLocaleString('en-GB')), text('facts value', '1 in 5')], {
      error: 'facts value must be a figure, for example 12400 or "1 in 5".',
    })
    .describe('The figure as the trust writes it, for example 12400, "1 in 5" or "£1.2 billion". Words are published exactly as written.'),
  label: text('facts label', 'people in our area are over 65').describe(
    'What the figure counts, read after it, for example "people in our area are over 65".',
  ),
  source: text('facts source', 'Office for National Statistics, 2021 census')
    .optional()
    .describe('Optional: where the figure comes from, for example "Office for National Statistics, 2021 census".'),
});

const reason = z
  .strictObject({
    title: text('reasons title', 'More people living with long-term conditions')
      .optional()
      .describe('The pressure or reason, in a few words. Optional when the strategy gives it only as a sentence (description).'),
    description: text('reasons description').optional().describe('Optional: one or two sentences about it.'),
  })
  .refine((value) => value.title || value.description, {
    error: 'Each reason needs a title (a few words) or a description (a sentence), for example "- description: Our buildings are ageing."',
    path: ['title'],
  });

export const caseForChangeSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('case-for-change'),
    summary: text('summary', 'Our population is growing older and our buildings are ageing.')
      .optional()
      .describe('Optional: the case for change in one or two sentences. Shown on the home page.'),
    facts: optionalList(
      z.array(fact, { error: 'facts must be a list, each starting with "- value:".' }).max(...itemLimit('facts')),
    ).describe('Optional: figures about the area or the services that show why change is needed.'),
    factsHeading: text('factsHeading').default('Where we are now').describe("Heading over the figures, in the trust's words."),
    reasons: optionalList(
      z.array(reason, { error: 'reasons must be a list, each starting with "- title:".' }).max(...itemLimit('reasons')),
    ).describe('Optional: why the trust needs a new strategy now, one reason per item.'),
    reasonsHeading: text('reasonsHeading').default('Why we need to change').describe("Heading over the reasons, in the trust's words."),
    heard: textList('heard').optional().describe('Optional: what people told the trust that shaped the strategy, one point per line.'),
    heardHeading: text('heardHeading').default('What people told us').describe("Heading over what people said, in the trust's words."),
  })
  .describe('The case for change: where the trust is now, why it needs a new strategy, and what people told it.');
