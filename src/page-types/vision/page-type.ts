/** The `vision` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { visionSchema } from './schema.ts';

export default definePageType({
  schema: visionSchema,
  component: { file: 'VisionStatement.astro', place: 'before-text' },
  labels: { kind: 'Vision', editor: 'Vision', editorSingular: 'vision page', scaffold: 'the vision, in one statement' },
  scaffoldFile: 'vision.md',
  guide: { example: 'harbourside/vision.md' },
});
