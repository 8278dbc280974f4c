/** The `acknowledgements` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { acknowledgementsSchema } from './schema.ts';

export default definePageType({
  schema: acknowledgementsSchema,
  component: { file: 'AcknowledgementsList.astro', place: 'after-text' },
  labels: { kind: 'Thanks', editor: 'Thanks', editorSingular: 'thanks page', scaffold: 'thanks to the groups who helped' },
  scaffoldFile: 'acknowledgements.md',
  guide: { example: 'fenmoor/acknowledgements.md' },
});
