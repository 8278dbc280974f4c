/** The `page` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { plainSchema } from './schema.ts';

export default definePageType({
  schema: plainSchema,
  labels: { kind: 'Other pages', editor: 'Other pages', editorSingular: 'page', scaffold: 'a plain page of text' },
  scaffoldFile: 'about.md',
  guide: { example: 'fenmoor/whats-next.md' },
});
