/** Documents to download or read elsewhere. */
import { z } from 'astro/zod';
import { calendarDate, text, trustFile, webAddress, itemLimit } from '../../schemas/fields.ts';
import { pageFields } from '../../schemas/pages/common.ts';

export const documentKinds = ['full', 'summary', 'easy-read', 'other'] as const;

const document = z
  .strictObject({
    title: text('documents title', 'Our strategy 2025 to 2030').describe(
      'The document\'s title, for example "Our strategy 2025 to 2030 (full version)".',
    ),
    kind: z
      .enum(documentKinds, { error: `documents kind must be one of: ${documentKinds.join(', ')}.` })
      .describe('full, summary, easy-read or other.'),
    file: trustFile('documents file')
      .optional()
      .describe('A file in the trust\'s files folder, for example "files/strategy-full.pdf". Give either file or link.'),
    link: webAddress('documents link').optional().describe('A web address where the document is published. Give either file or link.'),
    page: z
      .string({ error: 'documents page must be the file name of a page on this site, without .md, for example page: ambitions' })
      .regex(/^[a-z0-9][a-z0-9\-/]*$/, {
        error: 'documents page must be the file name of a page on this site, without .md, in lower case, for example page: ambitions',
      })
      .optional()
      .describe(
        'Optional: the page on this site that has the same content, as its file name without .md (for example ambitions). The page is offered first, as "Read it on this site", because a web page is easier to read on a phone and with a screen reader than a PDF.',
      ),
    date: calendarDate('documents date')
      .optional()
      .describe(
        'Optional: the date the document was published, YYYY-MM-DD. Leave it out if the trust does not state one: no date line is shown.',
      ),
    description: text('documents description').optional().describe('Optional: a sentence about what is in it.'),
    language: z
      .string({ error: 'documents language must be a language tag, for example language: cy-GB for a document in Welsh.' })
      .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, {
        error: 'documents language must be a language tag such as "cy-GB" (Welsh), "ur" (Urdu) or "pl" (Polish).',
      })
      .optional()
      .describe(
        "Optional: the language the document is written in, as a language tag, for example cy-GB for Welsh or pl for Polish. Give it when the document is not in the language of the page that lists it: the list then says which language it is in, and screen readers read its title in that language. Leave it out for a document in the page's own language.",
      ),
    onRequest: z
      .literal(true, { error: 'documents onRequest can only be true (or left out).' })
      .optional()
      .describe(
        'Optional: true for a document people can ask the trust for, when its file or web address is not to hand. It is listed as "available on request" with the ways to ask that trust.yaml gives under contact (email, phone, contact page or postal address); the check refuses it when trust.yaml gives none. Leave out file and link.',
      ),
  })
  .superRefine((value, ctx) => {
    const given = [value.file, value.link, value.onRequest].filter((part) => part !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message:
          'Each document needs exactly one of file (for example file: files/strategy.pdf), link (for example link: https://www.example.nhs.uk/strategy.pdf) or, when neither is to hand, onRequest: true.',
      });
    }
  });

export const documentsSchema = z
  .strictObject({
    ...pageFields,
    type: z.literal('documents'),
    documents: z
      .array(document, { error: 'documents must be a list, each starting with "- title:".' })
      .max(...itemLimit('documents'))
      .min(1, {
        error: 'documents needs at least one document, each starting with "- title:".',
      })
      .describe('The documents, in order. At least one.'),
  })
  .describe('Documents to download: full, summary, easy read or other.');
