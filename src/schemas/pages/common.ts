/**
 * Fields every page has, whatever its type. A page's `title` is the trust's own heading,
 * so one trust can call its goals "Our ambitions" and another "Pillars" with the same type.
 */
import { z } from 'astro/zod';
import { text } from '../fields.ts';

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
};
