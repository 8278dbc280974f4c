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
 * Markdown pages are rendered here with Astro's own Markdown pipeline (the loader API's
 * renderMarkdown), given the body the reader split off. MDX pages are compiled by @astrojs/mdx,
 * which splits the file again with Astro's splitter: the reader refuses any file that splitter
 * would cut differently, and any settings block Astro's YAML parser cannot read
 * (src/reader/source-text.ts, src/reader/read-content.ts), so both see the same body.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
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
 * The collections' loaders (trusts, languages' own settings, pages, easy read pages). They share one reading of
 * the content, which they own: in a build one reading and one verdict, in `astro dev` one live
 * reading that a saved file makes read its trust again.
 */
export function strategyContentLoaders(selection: LoaderSelection): Record<CollectionName, Loader> {
  const reading = new SharedReading(selection);
  return {
    trusts: collectionLoader('trusts', reading),
    languageSettings: collectionLoader('languageSettings', reading),
    pages: collectionLoader('pages', reading),
    easyRead: collectionLoader('easyRead', reading),
  };
}

/** One reading (and, for a build, one verdict) of the selected content, made again only when a content file changed. */
class SharedReading {
  readonly selection: LoaderSelection;
  /** A build's reading, with the fingerprint of the files it read (their paths, sizes and times). */
  #read: { stamp: string; entries: Promise<ContentEntry[]> } | undefined;
  /** `astro dev`'s reading. */
  readonly #live: LiveReading | undefined;

  constructor(selection: LoaderSelection) {
    this.selection = selection;
    this.#live = selection.livePreview ? new LiveReading(selection.contentDir, selection.trusts) : undefined;
  }

  /** `astro dev`: a file was saved, added or removed. Whether it is part of this content (and so is read again). */
  changed(file: string): boolean {
    return this.#live?.changed(file) ?? false;
  }

  /** `astro dev`: Astro loads the collections afresh (the dev server starting, or its content config changing). */
  forget(): void {
    this.#live?.forget();
  }

  entries(logger: AstroIntegrationLogger): Promise<ContentEntry[]> {
    if (this.#live) return Promise.resolve(this.#live.entries());
    const stamp = contentStamp(this.selection);
    if (this.#read?.stamp !== stamp) this.#read = { stamp, entries: readAndJudge(this.selection, logger) };
    return this.#read.entries;
  }
}

/**
 * Reads the content and, for a build, judges it before anything renders. The verdict is on
 * the critical path, so a 2-core machine shares it: every other trust is read and judged in a
 * worker thread while this thread reads and judges the rest.
 */
async function readAndJudge(selection: LoaderSelection, logger: AstroIntegrationLogger): Promise<ContentEntry[]> {
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
    // The comms team reads warnings in the build's output (npm run build shows Astro's warnings).
    if (problems.length > 0) logger.warn(`\n${formatProblems(problems)}\n`);
    return [...entriesOfModel(model), ...other.entries];
  } finally {
    void worker?.stop();
  }
}

function collectionLoader(collection: CollectionName, reading: SharedReading): Loader {
  return {
    name: `strategy-content-${collection}`,
    load: async (context) => {
      reading.forget();
      await storeEntries(context, collection, reading);
      context.watcher?.on('all', (_event, changed) => {
        if (!reading.changed(changed)) return;
        storeEntries(context, collection, reading).catch((error: unknown) =>
          context.logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

/**
 * A page's Markdown body as HTML, through the pipeline astro.config.mjs configures (Sätteri with the
 * product's plugins). renderMarkdown reads a settings block at the top of what it is given, so the
 * body goes after an empty one: a body that itself starts with "---" (a dividing line) is never
 * taken for settings. The page's values are the reader's, never parsed again here.
 */
function renderBody(context: LoaderContext, entry: ContentEntry & { body: string }) {
  return context.renderMarkdown(`---\n---\n${entry.body}`, { fileURL: pathToFileURL(entry.absolute) });
}

async function storeEntries(context: LoaderContext, collection: CollectionName, reading: SharedReading): Promise<void> {
  const { store, config, parseData } = context;
  const { livePreview } = reading.selection;
  const entries = (await reading.entries(context.logger)).filter((entry) => entry.collection === collection);
  const root = fileURLToPath(config.root);
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
      if (!livePreview) throw error;
      context.logger.error(`${entry.file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      continue;
    }
    const stored = { id: entry.id, data, filePath, digest: entry.digest };
    if (entry.body === undefined) {
      store.set(stored);
    } else if (entry.isMdx) {
      store.set({ ...stored, body: entry.body, deferredRender: true });
    } else {
      let rendered: Awaited<ReturnType<LoaderContext['renderMarkdown']>>;
      try {
        rendered = await renderBody(context, { ...entry, body: entry.body });
      } catch (error) {
        const problems = refusedProblemsIn(error);
        if (problems.length === 0 || !String(error).includes(REFUSED_CONTENT_MARKER)) throw error;
        refused.push(...problems);
        continue;
      }
      store.set({ ...stored, body: entry.body, rendered, assetImports: rendered.metadata?.imagePaths ?? [] });
    }
  }
  for (const id of untouched) store.delete(id);
  // Only when the check was skipped (tests): the build's own Markdown plugin refused a page. In the
  // live preview its old words stay and the preview's check shows why (not "The build stopped").
  if (refused.length > 0 && !livePreview) throw new ContentCheckFailed(refused);
}
