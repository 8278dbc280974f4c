/** The `themes` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { themesSchema } from './schema.ts';

export default definePageType({
  schema: themesSchema,
  component: { file: 'ThemesDiagram.astro', place: 'after-text' },
  labels: { kind: 'Themes', editor: 'Themes', editorSingular: 'themes page', scaffold: 'themes, such as those emerging from engagement' },
  scaffoldFile: 'themes.md',
  guide: { example: 'fenmoor/themes.md' },
});
