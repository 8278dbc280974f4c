/**
 * Content collections. Schemas live in src/schemas/; this file only says where content is.
 *
 * Which content folder and which trusts are read comes from the strategy-sites integration's
 * options (src/integrations/strategy-sites.ts): `content/` and every trust unless the build
 * command selected others (the benchmark uses a temporary fleet).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { easyReadSchema } from './schemas/easy-read.ts';
import { pageSchema } from './schemas/pages/index.ts';
import { trustSchema } from './schemas/trust.ts';
import { base, trustPattern } from 'virtual:strategy-sites/selection';

/** Entry ids keep the file's path (without extension) so the site model can pair twins by path. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.(md|mdx|ya?ml)$/, '');

const trusts = defineCollection({
  loader: glob({ base, pattern: `${trustPattern}/trust.{yaml,yml}`, generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
  schema: trustSchema,
});

const pages = defineCollection({
  loader: glob({
    base,
    pattern: [`${trustPattern}/**/*.{md,mdx}`, `!${trustPattern}/easy-read/**`, `!*/files/**`],
    generateId: idFromPath,
  }),
  schema: pageSchema,
});

const easyRead = defineCollection({
  loader: glob({ base, pattern: `${trustPattern}/easy-read/**/*.{md,mdx}`, generateId: idFromPath }),
  schema: easyReadSchema,
});

export const collections = { trusts, pages, easyRead };
