/** Themes, such as those emerging from engagement, arranged around an optional centre statement. */
import { z } from 'astro/zod';
import { text, textList } from '../fields.ts';
import { pageFields } from './common.ts';

const theme = z.strictObject({
  /** The theme's short name, for example "Fair access". */
  title: text('themes title', 'Fair access'),
  /** Optional: a sentence about the theme. */
  description: text('themes description').optional(),
  /** Optional: the main points under the theme. */
  points: textList('themes points').optional(),
});

export const themesSchema = z.strictObject({
  ...pageFields,
  type: z.literal('themes'),
  /** Optional: what sits at the centre of all the themes, for example "People's outcomes at the centre". */
  centre: text('centre').optional(),
  /** The themes. At least one. */
  themes: z.array(theme, { error: 'themes must be a list, each starting with "- title:".' }).min(1, {
    error: 'themes needs at least one theme, each starting with "- title:".',
  }),
});
