/**
 * Pagefind indexes, one per trust, written into that trust's own folder so its search
 * can only ever find its own pages. Pages are collected as Astro renders them and added in
 * page order when the trust is published (Pagefind runs as its own process, so it indexes on
 * the second core while Node publishes), with URLs from the trust's root ("/goals/"); the search page tells Pagefind the base path.
 * Only pages whose route is declared in search are indexed (their <main> carries data-pagefind-body): not search, contents or 404.
 *
 * Every file is a new file on disk for each of up to 200 trusts, and creating files is the
 * slowest part of publishing. So a trust's page excerpts go in one shared fragment file
 * (a few kilobytes for a strategy's pages) rather than one file per page, and the bundle
 * files that only Pagefind's other interfaces use are removed.
 *
 * Pagefind's process writes each index straight into the trust's folder (writeFiles) rather
 * than handing its files back to Node (getFiles): every index comes back with Pagefind's
 * whole bundle, about 640 KB, twice encoded as base64 on the way, which cost more processor
 * time and memory than the rest of publishing (docs/benchmark-log.md).
 *
 * Easy read pages have an index of their own (pagefind/easy-read/, its data files only), which
 * the search page merges with a lower weight (Pagefind's indexWeight): a reader of the standard
 * pages meets every standard result before the easy read twins that share its words, and a
 * search started from an easy read page weighs the two the other way round.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { editionList, editions, type Edition } from '../addresses/editions.ts';

/** Files of Pagefind's older interfaces; the search page uses its Component UI only. */
const UNUSED_FILES = new Set([
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
]);

interface Entry {
  languages: Record<string, { wasm: string | null; page_count: number }>;
}

/** The index files a merged index needs (its folders hold only such files): the search code and word stemming come from the main index. */
const isIndexData = (file: string) => /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)$/.test(file);

/** One Pagefind index, built in Pagefind's process. */
class PagefindIndex {
  readonly #index: Promise<pagefind.PagefindIndex>;
  readonly #adding: Promise<unknown>[] = [];
  /** Pages waiting to be indexed, by path: Pagefind's files depend on the order pages are added, and pages finish rendering in no fixed order. */
  readonly #pages = new Map<string, string>();
  readonly #errors: string[] = [];
  #built: { outputPath: string; done: Promise<void> } | undefined;

  /** `language` undefined: Pagefind reads each page's `<html lang>` and keeps one index per language (a trust in several languages). */
  constructor(language: string | undefined) {
    this.#index = pagefind.createIndex({ ...(language ? { forceLanguage: language } : {}), maxFragments: 1 }).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return index;
    });
    // Failures are reported by write(); until then a rejected promise is not an unhandled one.
    this.#index.catch(() => undefined);
  }

  add(pagePath: string, html: string): void {
    this.#pages.set(pagePath, html);
  }

  #addInOrder(): void {
    for (const pagePath of [...this.#pages.keys()].sort()) this.#addNow(pagePath, this.#pages.get(pagePath)!);
    this.#pages.clear();
  }

  #addNow(pagePath: string, html: string): void {
    const added = this.#index
      .then((index) => index.addHTMLFile({ url: `/${pagePath}`, content: html }))
      .then(({ errors }) => this.#errors.push(...errors.map((error) => `/${pagePath}: ${error}`)))
      .catch((error: unknown) => this.#errors.push(`/${pagePath}: ${String(error)}`));
    this.#adding.push(added);
  }

  /** Indexes the pages and has Pagefind's process write the index into outputPath (once; later calls wait for it). */
  build(outputPath: string): Promise<void> {
    if (this.#built && this.#built.outputPath !== outputPath)
      throw new Error(`The search index was built into ${this.#built.outputPath}, not ${outputPath}.`);
    this.#built ??= {
      outputPath,
      done: (async () => {
        this.#addInOrder();
        const index = await this.#index;
        try {
          await Promise.all(this.#adding);
          if (this.#errors.length > 0) throw new Error(`Pagefind could not index some pages: ${this.#errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) throw new Error(`Pagefind could not build its index: ${written.errors.join('; ')}`);
        } finally {
          await index.deleteIndex();
        }
      })(),
    };
    // Failures are reported by write(); until then a rejected promise is not an unhandled one.
    this.#built.done.catch(() => undefined);
    return this.#built.done;
  }

  /**
   * Waits for the index in outputPath, removes the files beside its folders that `keep`
   * refuses (and those no reader's search loads), and returns how many pages it holds.
   */
  async write(outputPath: string, keep: (file: string) => boolean): Promise<number> {
    await this.build(outputPath);
    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as Entry;
    // Search loads only the word-stemming module of the index's own language; a language Pagefind
    // cannot stem (Welsh, Urdu) loads its plain module, "unknown".
    const wanted = new Set(Object.values(entry.languages).map(({ wasm }) => `wasm.${wasm ?? 'unknown'}.pagefind`));
    const unused = (await readdir(outputPath, { withFileTypes: true }))
      .filter((item) => item.isFile())
      .map((item) => item.name)
      .filter((file) => !((file.startsWith('wasm.') ? wanted.has(file) : !UNUSED_FILES.has(file)) && keep(file)));
    await Promise.all(unused.map((file) => rm(path.join(outputPath, file))));
    return Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
  }
}

export class TrustSearchIndex {
  readonly #language: string | undefined;
  /**
   * One index per edition (src/addresses/editions.ts). The standard edition's is always made (it
   * holds the search code); another edition's is started with its first page, so a trust
   * without easy read pages has no second index.
   */
  readonly #indexes = new Map<Edition, PagefindIndex>();

  /** The trust's language; undefined for a trust in several, whose pages are indexed by their own language. */
  constructor(language: string | undefined) {
    this.#language = language;
    this.#indexes.set('standard', new PagefindIndex(language));
  }

  /** Queues a rendered page in its edition's index; it is indexed when the index is built, in page order, so the same pages always make the same files. */
  add(pagePath: string, html: string, edition: Edition): void {
    let index = this.#indexes.get(edition);
    if (!index) this.#indexes.set(edition, (index = new PagefindIndex(this.#language)));
    index.add(pagePath, html);
  }

  /**
   * Builds the indexes in Pagefind's process once every page has been added, and has it write
   * them into outputPath (the easy read pages' into its easy-read/ folder). The build calls
   * this for the next few trusts while it publishes one, so Pagefind indexes and writes on its
   * own threads while Node copies the trusts' files.
   */
  build(outputPath: string): void {
    // Each part keeps its own outcome for write() to report.
    for (const edition of editionList) void this.#indexes.get(edition)?.build(this.#outputOf(edition, outputPath));
  }

  /** Where an edition's index goes: the standard edition's in outputPath, another's in its own folder there (pagefind/easy-read/). */
  #outputOf(edition: Edition, outputPath: string): string {
    const folder = editions[edition].searchIndexFolder;
    return folder === undefined ? outputPath : path.join(outputPath, folder);
  }

  /** Finishes each edition's index (built as build() says) and returns how many pages they hold (those marked data-pagefind-body). */
  async write(outputPath: string): Promise<number> {
    const counts = await Promise.all(
      editionList.flatMap((edition) => {
        const index = this.#indexes.get(edition);
        if (!index) return [];
        const keep = editions[edition].searchIndexFolder === undefined ? () => true : isIndexData;
        return [index.write(this.#outputOf(edition, outputPath), keep)];
      }),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  }
}

export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
