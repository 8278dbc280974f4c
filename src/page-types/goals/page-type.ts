/** The `goals` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { goalsSchema } from './schema.ts';

export default definePageType({
  schema: goalsSchema,
  component: { file: 'GoalsList.astro', place: 'after-text' },
  labels: { kind: 'Goals', editor: 'Goals or focus areas', editorSingular: 'goals page', scaffold: 'goals, focus areas or ambitions' },
  scaffoldFile: 'goals.md',
  guide: { example: 'harbourside/goals.md' },
});
