/** The `values` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { valuesSchema } from './schema.ts';

export default definePageType({
  schema: valuesSchema,
  component: { file: 'ValuesList.astro', place: 'after-text' },
  labels: { kind: 'Values', editor: 'Values', editorSingular: 'values page', scaffold: 'values and behaviours' },
  scaffoldFile: 'values.md',
  guide: {
    example: 'harbourside/values.md',
    also: {
      words: 'While the values are being refreshed, leave out `values` and write `refresh` instead:',
      example: 'ashdown-valley/values.md',
    },
  },
});
