/** Themes, such as those emerging from engagement, arranged around an optional centre statement. */
import { z } from 'astro/zod';
import { text, textList, itemLimit } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

const theme = z.strictObject({
  title: text('themes title', 'Fair access').describe('The theme\'s short name, for example "Fair access".'),
  description: text('themes description').optional().describe('Optional: a sentence about the theme.'),
  points: textList('themes points').optional().describe('Optional: the main points under the theme.'),
});

export const themesSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('themes'),
    centre: text('centre')
      .optional()
      .describe('Optional: what sits at the centre of all the themes, for example "People\'s outcomes at the centre".'),
    themes: z
      .array(theme, { error: 'themes must be a list, each starting with "- title:".' })
      .max(...itemLimit('themes'))
      .min(1, {
        error: 'themes needs at least one theme, each starting with "- title:".',
      })
      .describe('The themes. At least one.'),
  })
  .describe('Themes, such as those emerging from engagement, around an optional centre statement.');
