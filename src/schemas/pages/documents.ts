/** Documents to download or read elsewhere. */
import { z } from 'astro/zod';
import { calendarDate, text, trustFile, webAddress } from '../fields.ts';
import { pageFields } from './common.ts';

export const documentKinds = ['full', 'summary', 'easy-read', 'other'] as const;

const document = z
  .object({
    /** The document's title, for example "Our strategy 2025 to 2030 (full version)". */
    title: text('documents title', 'Our strategy 2025 to 2030'),
    /** full, summary, easy-read or other. */
    kind: z.enum(documentKinds, { error: `documents kind must be one of: ${documentKinds.join(', ')}.` }),
    /** A file in the trust's files folder, for example "files/strategy-full.pdf". Give either file or link. */
    file: trustFile('documents file').optional(),
    /** A web address where the document is published. Give either file or link. */
    link: webAddress('documents link').optional(),
    /** The date the document was published, YYYY-MM-DD. */
    date: calendarDate('documents date'),
    /** Optional: a sentence about what is in it. */
    description: text('documents description').optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.file === !value.link) {
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message:
          'Each document needs exactly one of file (for example file: files/strategy.pdf) or link (for example link: https://www.example.nhs.uk/strategy.pdf).',
      });
    }
  });

export const documentsSchema = z.strictObject({
  ...pageFields,
  type: z.literal('documents'),
  /** The documents, in order. At least one. */
  documents: z.array(document, { error: 'documents must be a list, each starting with "- title:".' }).min(1, {
    error: 'documents needs at least one document, each starting with "- title:".',
  }),
});
