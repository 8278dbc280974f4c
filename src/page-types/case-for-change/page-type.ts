/** The `case-for-change` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { caseForChangeSchema } from './schema.ts';

export default definePageType({
  schema: caseForChangeSchema,
  component: { file: 'CaseForChange.astro', place: 'before-text' },
  labels: {
    kind: 'Case for change',
    editor: 'Case for change',
    editorSingular: 'case for change page',
    scaffold: 'why the strategy is needed',
  },
  scaffoldFile: 'case-for-change.md',
  guide: { example: 'northwold/case-for-change.md' },
});
