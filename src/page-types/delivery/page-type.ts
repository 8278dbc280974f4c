/** The `delivery` page type: its schema, its component and the words editors and readers see for it. */
import { definePageType } from '../define.ts';
import { deliverySchema } from './schema.ts';

export default definePageType({
  schema: deliverySchema,
  component: { file: 'DeliveryDetails.astro', place: 'after-text' },
  labels: {
    kind: 'Delivery',
    editor: 'Plans and measures',
    editorSingular: 'plans and measures page',
    scaffold: 'plans, measures and reporting',
  },
  scaffoldFile: 'delivery.md',
  guide: { example: 'harbourside/delivery.md' },
});
