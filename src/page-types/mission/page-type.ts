/** The `mission` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { missionSchema } from './schema.ts';

export default definePageType({
  schema: missionSchema,
  component: { file: 'MissionStatement.astro', place: 'before-text' },
  labels: { kind: 'Mission', editor: 'Mission', editorSingular: 'mission page', scaffold: 'the mission or purpose, in one statement' },
  scaffoldFile: 'mission.md',
  guide: { example: 'harbourside/mission.md' },
});
