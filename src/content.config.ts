/**
 * Content collections. Schemas live in src/schemas/; the entries come from the one reader
 * (src/integrations/content-loader.ts), which hands Astro the values it parsed and the check judged.
 *
 * Which content folder and which trusts are read comes from the strategy-sites integration's
 * options (src/integrations/strategy-sites.ts): `content/` and every trust unless the build
 * command selected others (the benchmark uses a temporary fleet).
 */
import { defineCollection } from 'astro:content';
import { easyReadSchema } from './schemas/easy-read.ts';
import { pageSchema } from './page-types/registry.ts';
import { languageSettingsSchema, trustSchema } from './schemas/trust.ts';
import { strategyContentLoaders } from './integrations/content-loader.ts';
import { base, checkContent, livePreview, trusts as selectedTrusts } from 'virtual:strategy-sites/selection';

/** One reading of the content, shared by the three collections' loaders. */
const loaders = strategyContentLoaders({ contentDir: base, trusts: selectedTrusts, checkContent, livePreview });

/** Entry ids: the trust's folder name for settings; "<trust>/<path>" for pages, so the site model can pair twins by path. */
const trusts = defineCollection({ loader: loaders.trusts, schema: trustSchema });
/** A language's own trust.yaml (content/<trust>/<folder>/trust.yaml), by "<trust>/<folder>". */
const languageSettings = defineCollection({ loader: loaders.languageSettings, schema: languageSettingsSchema });
const pages = defineCollection({ loader: loaders.pages, schema: pageSchema });
const easyRead = defineCollection({ loader: loaders.easyRead, schema: easyReadSchema });

export const collections = { trusts, languageSettings, pages, easyRead };
