/** The `overview` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { overviewSchema } from './schema.ts';

export default definePageType({
  schema: overviewSchema,
  labels: {
    kind: 'Overview',
    editor: 'Home page introduction',
    editorSingular: 'home page introduction',
    scaffold: 'the home page introduction',
  },
  scaffoldFile: 'index.md',
  guide: { example: 'fenmoor/index.md' },
});
