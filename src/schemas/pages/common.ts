/**
 * Fields every page has, whatever its type. A page's `title` is the trust's own heading,
 * so one trust can call its goals "Our ambitions" and another "Pillars" with the same type.
 */
import { z } from 'astro/zod';
import { text } from '../fields.ts';

/**
 * A translation's record of which version of the main language's page it translates (the stamp
 * src/reader/translation-stamp.ts works out). Shared by every page and easy read page.
 */
export const translatesField = z
  .string({ error: 'translates must be the code npm run stamp-translations writes, in quotes, for example translates: "3f9a0c1b2d4e".' })
  .regex(/^[0-9a-f]{12}$/, {
    error:
      'translates must be the 12 letters and numbers npm run stamp-translations writes, in quotes, for example translates: "3f9a0c1b2d4e".',
  })
  .optional()
  .describe(
    "Only on a translated page (in a language's folder, such as cy/). Which version of the English page (the main language's page with the same file name) this page translates: a code of 12 letters and numbers that npm run stamp-translations writes once the translation has been checked. Do not type it yourself. When the English page changes, the code no longer matches, the check says so and the page tells readers it may be out of date, until the page is translated again and stamped.",
  );

export const pageFields = {
  title: text('title', 'Our goals').describe(
    'The page heading and its name in menus, in the trust\'s own words, for example "Our ambitions".',
  ),
  description: text('description', 'Our three goals for the next five years.').describe(
    'One or two sentences saying what the page is about. Shown in the contents page, search results and link previews.',
  ),
  order: z
    .number({ error: 'order must be a number, for example 3.' })
    .int({ error: 'order must be a whole number, for example 3.' })
    .default(100)
    .describe('Where the page comes in the menu: lower numbers first. Pages with the same number are sorted by title.'),
  navLabel: text('navLabel', 'Goals').optional().describe('A shorter name for the menu when the title is long, for example "Ambitions".'),
  translates: translatesField,
};
