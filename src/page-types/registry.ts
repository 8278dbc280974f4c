/**
 * Every page type, once: one line per folder under src/page-types/. A page's `type` in its front
 * matter picks its schema and its component; everything that lists page types derives from this
 * list (see define.ts). The order is the order editors meet the types in: the "type must be one
 * of" error, the editor's guide, the browser editor's collections and the scaffold's list.
 *
 * To add a type, see "Adding a page type" in docs/contributing.md.
 */
import { z } from 'astro/zod';
import { typeName, type PageTypeDefinition } from './define.ts';
import overview from './overview/page-type.ts';
import mission from './mission/page-type.ts';
import vision from './vision/page-type.ts';
import caseForChange from './case-for-change/page-type.ts';
import goals from './goals/page-type.ts';
import values from './values/page-type.ts';
import priorities from './priorities/page-type.ts';
import themes from './themes/page-type.ts';
import delivery from './delivery/page-type.ts';
import progressReport from './progress-report/page-type.ts';
import engagement from './engagement/page-type.ts';
import documents from './documents/page-type.ts';
import acknowledgements from './acknowledgements/page-type.ts';
import page from './page/page-type.ts';

export const pageTypeDefinitions = [
  overview,
  mission,
  vision,
  caseForChange,
  goals,
  values,
  priorities,
  themes,
  delivery,
  progressReport,
  engagement,
  documents,
  acknowledgements,
  page,
] as const;

type Definition = (typeof pageTypeDefinitions)[number];
type Schema = Definition['schema'];
export type PageType = Schema['shape']['type']['value'];

/** Each type's schema by its name. */
export const pageSchemas = Object.fromEntries(pageTypeDefinitions.map((definition) => [typeName(definition), definition.schema])) as {
  [S in Schema as S['shape']['type']['value']]: S;
};
export const pageTypes = pageTypeDefinitions.map((definition) => typeName(definition)) as PageType[];

/** Each type's declaration by its name. */
export const pageTypeDefinition = (type: PageType): PageTypeDefinition =>
  pageTypeDefinitions.find((definition) => typeName(definition) === type) as unknown as PageTypeDefinition;

export const pageSchema = z.discriminatedUnion(
  'type',
  pageTypeDefinitions.map((definition) => definition.schema) as unknown as [Schema, ...Schema[]],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `type must be one of: ${pageTypes.join(', ')}. For example: type: goals.` : undefined,
  },
);

export type PageData = z.infer<typeof pageSchema>;
