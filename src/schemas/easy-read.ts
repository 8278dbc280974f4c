/**
 * Easy-read twins. The pairing is by place, declared once for the whole product:
 *
 *   content/<trust>/easy-read/<path>.md  is the easy-read twin of  content/<trust>/<path>.md
 *   content/<trust>/easy-read/index.md   is the easy-read twin of  the trust's home page
 *
 * so a twin never names its standard page and the two cannot drift apart.
 * The pairing is computed once per build in src/site/site-model.ts.
 */
import { z } from 'astro/zod';
import { text } from './fields.ts';
import { pageDates, translatesField } from './pages/common.ts';

export const easyReadSchema = z.strictObject({
  title: text('title', 'Our goals').describe('The easy-read page heading: short, plain words, for example "What we want to do".'),
  description: text('description', 'Our three goals for the next five years.').describe(
    'One short sentence saying what the page is about.',
  ),
  ...pageDates,
  translates: translatesField,
});

export type EasyReadData = z.infer<typeof easyReadSchema>;
