/** The `documents` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { documentsSchema } from './schema.ts';

export default definePageType({
  schema: documentsSchema,
  component: { file: 'DocumentsList.astro', place: 'after-text' },
  labels: { kind: 'Documents', editor: 'Documents', editorSingular: 'documents page', scaffold: 'documents to download' },
  scaffoldFile: 'documents.md',
  guide: { example: 'ashdown-valley/documents.md' },
});
