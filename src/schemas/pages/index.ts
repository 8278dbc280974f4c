/**
 * Every page type. A page's `type` in its front matter picks its schema and its layout.
 * To add a type: write its schema here, a component in src/components/, and map it in
 * src/components/PageBody.astro.
 */
import { z } from 'astro/zod';
import { acknowledgementsSchema } from './acknowledgements.ts';
import { caseForChangeSchema } from './case-for-change.ts';
import { deliverySchema } from './delivery.ts';
import { documentsSchema } from './documents.ts';
import { engagementSchema } from './engagement.ts';
import { goalsSchema } from './goals.ts';
import { overviewSchema, plainSchema } from './overview.ts';
import { prioritiesSchema } from './priorities.ts';
import { missionSchema, visionSchema } from './statement.ts';
import { themesSchema } from './themes.ts';
import { valuesSchema } from './values.ts';

export const pageSchemas = {
  overview: overviewSchema,
  mission: missionSchema,
  vision: visionSchema,
  'case-for-change': caseForChangeSchema,
  goals: goalsSchema,
  values: valuesSchema,
  priorities: prioritiesSchema,
  themes: themesSchema,
  delivery: deliverySchema,
  engagement: engagementSchema,
  documents: documentsSchema,
  acknowledgements: acknowledgementsSchema,
  page: plainSchema,
} as const;

export type PageType = keyof typeof pageSchemas;
export const pageTypes = Object.keys(pageSchemas) as PageType[];

export const pageSchema = z.discriminatedUnion(
  'type',
  [
    overviewSchema,
    missionSchema,
    visionSchema,
    caseForChangeSchema,
    goalsSchema,
    valuesSchema,
    prioritiesSchema,
    themesSchema,
    deliverySchema,
    engagementSchema,
    documentsSchema,
    acknowledgementsSchema,
    plainSchema,
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `type must be one of: ${pageTypes.join(', ')}. For example: type: goals.` : undefined,
  },
);

export type PageData = z.infer<typeof pageSchema>;
