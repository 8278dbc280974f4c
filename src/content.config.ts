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
import { trustSchema } from './schemas/trust.ts';
import { strategyContentLoader, type LoaderSelection } from './integrations/content-loader.ts';
import { base, checkContent, livePreview, trusts as selectedTrusts } from 'virtual:strategy-sites/selection';

const selection: LoaderSelection = { contentDir: base, trusts: selectedTrusts, checkContent, livePreview };

/** Entry ids: the trust's folder name for settings; "<trust>/<path>" for pages, so the site model can pair twins by path. */
const trusts = defineCollection({ loader: strategyContentLoader('trusts', selection), schema: trustSchema });
const pages = defineCollection({ loader: strategyContentLoader('pages', selection), schema: pageSchema });
const easyRead = defineCollection({ loader: strategyContentLoader('easyRead', selection), schema: easyReadSchema });

export const collections = { trusts, pages, easyRead };
