/** The `priorities` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { prioritiesSchema } from './schema.ts';

export default definePageType({
  schema: prioritiesSchema,
  component: { file: 'PriorityGroups.astro', place: 'after-text' },
  labels: { kind: 'Priorities', editor: 'Priorities', editorSingular: 'priorities page', scaffold: 'priorities grouped under commitments' },
  scaffoldFile: 'priorities.md',
  guide: { example: 'harbourside/priorities.md' },
});
