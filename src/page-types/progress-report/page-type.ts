/** The `progress-report` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { progressReportSchema } from './schema.ts';

export default definePageType({
  schema: progressReportSchema,
  component: { file: 'ProgressReport.astro', place: 'before-text' },
  labels: {
    kind: 'Progress report',
    editor: 'Progress reports',
    editorSingular: 'progress report',
    scaffold: 'a yearly progress report, goal by goal',
  },
  scaffoldFile: 'progress-report.md',
  guide: { example: 'harbourside/progress-2025-26.md' },
});
