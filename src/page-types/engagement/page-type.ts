/** The `engagement` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { engagementSchema } from './schema.ts';

export default definePageType({
  schema: engagementSchema,
  component: { file: 'EngagementDetails.astro', place: 'after-text' },
  labels: {
    kind: 'Engagement',
    editor: 'Engagement',
    editorSingular: 'engagement page',
    scaffold: 'how people were involved: events, a survey, what was heard',
  },
  scaffoldFile: 'engagement.md',
  guide: { example: 'ashdown-valley/have-your-say.md' },
});
