/**
 * Astro's content layer reads the one source model, not the files: a Content Layer loader
 * for each collection (trusts, pages, easy read pages) that hands Astro the values the reader
 * parsed and the check judged, with each page's Markdown body. There is no second parse of
 * any settings block to disagree with the check's.
 *
 * - Build: the content is read and checked before Astro renders anything; a mistake stops the
 *   build here with the check's own words (the verdict before the work). Warnings are printed.
 * - Dev (`astro dev`): a saved file's trust is read again (src/reader/live-reading.ts) and only
 *   the entries whose text changed are stored again; the live preview's own check
 *   (src/integrations/dev-content-check.ts) reports problems.
 *
 * Markdown pages are rendered here with Astro's own Markdown pipeline (the entry type Astro
 * uses for .md), given the body the reader split off. MDX pages are compiled by @astrojs/mdx,
 * which splits the file again with Astro's splitter: the reader refuses any file that splitter
 * would cut differently, and any settings block Astro's YAML parser cannot read
 * (src/reader/source-text.ts, src/reader/read-content.ts), so both see the same body.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkModel } from '../checks/check-content.ts';
import { startCheckWorker, type Judged } from '../checks/check-in-worker.ts';
import { ContentCheckFailed } from '../checks/content-check-failed.ts';
import { formatProblems, hasErrors, type Problem } from '../problems/problem.ts';
import { REFUSED_CONTENT_MARKER, refusedProblemsIn } from '../markdown/refuse-unsafe-content.ts';
import { entriesOfModel, type CollectionName, type ContentEntry } from '../reader/content-entries.ts';
import { LiveReading } from '../reader/live-reading.ts';
import { contentStamp, linkedTrustFolders, readContent, trustSlugs } from '../reader/read-content.ts';

export type { CollectionName } from '../reader/content-entries.ts';

export interface LoaderSelection {
  /** Absolute path of the folder holding one folder per trust. */
  contentDir: string;
  /** The trusts to read; every trust when empty. */
  trusts: string[];
  /** Check the content before anything renders (false only in tests that prove the build's own refusal). */
  checkContent: boolean;
  /** `astro dev`: read again on every save, no verdict (the live preview's check reports). */
  livePreview: boolean;
}

/**
 * One reading (and, for a build, one verdict) shared by the three collections' loaders, made
 * again only when a content file changed (its path, size or time). Kept in this module: the
 * loaders are its only users.
 */
let shared: { key: string; reading: Promise<ContentEntry[]> } | undefined;

/** The live preview's reading, shared by the three loaders in the same way. */
let live: { key: string; reading: LiveReading } | undefined;

function liveReading(selection: LoaderSelection): LiveReading {
  const key = JSON.stringify(selection);
  if (live?.key !== key) live = { key, reading: new LiveReading(selection.contentDir, selection.trusts) };
  return live.reading;
}

/**
 * Reads the content and, for a build, judges it before anything renders. The verdict is on
 * the critical path, so a 2-core machine shares it: every other trust is read and judged in a
 * worker thread while this thread reads and judges the rest.
 */
async function readAndJudge(selection: LoaderSelection): Promise<ContentEntry[]> {
  const { contentDir } = selection;
  const displayRoot = path.dirname(contentDir);
  if (!selection.checkContent) return entriesOfModel(readContent({ contentDir, displayRoot, trusts: selection.trusts }));
  const slugs = existsSync(contentDir) ? trustSlugs(contentDir, selection.trusts) : [];
  const theirs = slugs.filter((_slug, index) => index % 2 === 1);
  const mine = slugs.length < 2 ? selection.trusts : slugs.filter((_slug, index) => index % 2 === 0);
  const worker = theirs.length > 0 && slugs.length >= 2 ? startCheckWorker() : undefined;
  try {
    const elsewhere: Promise<Judged> =
      worker?.judge({ contentDir, displayRoot, trusts: theirs }) ?? Promise.resolve({ problems: [], entries: [] });
    // Until it is awaited, a failure of the worker is not unhandled.
    elsewhere.catch(() => undefined);
    const model = readContent({ contentDir, displayRoot, trusts: mine });
    const problems: Problem[] = [...(await checkModel(model))];
    const other = await elsewhere;
    problems.push(...other.problems);
    if (worker && existsSync(contentDir))
      problems.push(
        ...linkedTrustFolders(contentDir, selection.trusts, (absolute) => path.relative(displayRoot, absolute).split(path.sep).join('/')),
      );
    if (hasErrors(problems)) throw new ContentCheckFailed(problems);
    // The comms team reads warnings in the build's own output, whatever Astro's log level.
    if (problems.length > 0) console.warn(`\n${formatProblems(problems)}\n`);
    return [...entriesOfModel(model), ...other.entries];
  } finally {
    void worker?.stop();
  }
}

function currentEntries(selection: LoaderSelection): Promise<ContentEntry[]> {
  if (selection.livePreview) return Promise.resolve(liveReading(selection).entries());
  const key = JSON.stringify([contentStamp(selection), selection]);
  if (shared?.key !== key) shared = { key, reading: readAndJudge(selection) };
  return shared.reading;
}

export function strategyContentLoader(collection: CollectionName, selection: LoaderSelection): Loader {
  return {
    name: `strategy-content-${collection}`,
    load: async (context) => {
      // Astro loads the collections afresh (the dev server starting, or its content config changing): read everything.
      if (selection.livePreview) liveReading(selection).forget();
      await storeEntries(context, collection, selection);
      if (!context.watcher) return;
      context.watcher.on('all', (_event, changed) => {
        if (!selection.livePreview || !liveReading(selection).changed(changed)) return;
        storeEntries(context, collection, selection).catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

type MarkdownRender = (entry: {
  id: string;
  data: Record<string, unknown>;
  body: string;
  filePath: string;
  digest: string;
}) => Promise<unknown>;
/** Astro's Markdown entry type: the pipeline `astro.config.mjs` configures (Sätteri with the product's plugins). */
async function markdownRenderer(context: LoaderContext): Promise<MarkdownRender> {
  const entryTypes = (
    context as LoaderContext & { entryTypes: Map<string, { getRenderFunction?: (config: unknown) => Promise<MarkdownRender> }> }
  ).entryTypes;
  const render = await entryTypes.get('.md')?.getRenderFunction?.(context.config);
  if (!render) throw new Error('Astro has no Markdown renderer for .md pages.');
  return render;
}

async function storeEntries(context: LoaderContext, collection: CollectionName, selection: LoaderSelection): Promise<void> {
  const { store, config, parseData } = context;
  const entries = (await currentEntries(selection)).filter((entry) => entry.collection === collection);
  const root = fileURLToPath(config.root);
  const render = collection === 'trusts' ? undefined : await markdownRenderer(context);
  const untouched = new Set(store.keys());
  const refused: Problem[] = [];
  for (const entry of entries) {
    untouched.delete(entry.id);
    const filePath = path.relative(root, entry.absolute).split(path.sep).join('/');
    const existing = store.get(entry.id);
    if (existing?.digest === entry.digest && existing.filePath === filePath) {
      if (existing.deferredRender) store.addModuleImport(filePath);
      continue;
    }
    let data: Record<string, unknown>;
    try {
      data = await parseData({ id: entry.id, data: entry.data, filePath: entry.absolute });
    } catch (error) {
      // A build has its verdict first, so this is a fault there. In the live preview the old words
      // stay, and the preview's own check says why.
      if (!selection.livePreview) throw error;
      context.logger.error(`${entry.file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      continue;
    }
    const stored = { id: entry.id, data, filePath, digest: entry.digest };
    if (entry.body === undefined) {
      store.set(stored);
    } else if (entry.isMdx) {
      store.set({ ...stored, body: entry.body, deferredRender: true });
    } else {
      let rendered: Awaited<ReturnType<MarkdownRender>>;
      try {
        rendered = await render!({ id: entry.id, data: entry.data, body: entry.body, filePath: entry.absolute, digest: entry.digest });
      } catch (error) {
        const problems = refusedProblemsIn(error);
        if (problems.length === 0 || !String(error).includes(REFUSED_CONTENT_MARKER)) throw error;
        refused.push(...problems);
        continue;
      }
      const { metadata } = rendered as { metadata?: { imagePaths?: string[] } };
      store.set({ ...stored, body: entry.body, rendered: rendered as never, assetImports: metadata?.imagePaths ?? [] });
    }
  }
  for (const id of untouched) store.delete(id);
  // Only when the check was skipped (tests): the build's own Markdown plugin refused a page. In the
  // live preview its old words stay and the preview's check shows why (not "The build stopped").
  if (refused.length > 0 && !selection.livePreview) throw new ContentCheckFailed(refused);
}
