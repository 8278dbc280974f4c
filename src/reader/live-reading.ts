/**
 * The live preview's reading (`astro dev`): every trust is read once, then a saved file makes
 * only its own trust's folder be read again. The dev server's watcher says which file changed,
 * so nothing has to walk the whole content folder to find out: on a 200-trust fleet that walk
 * cost more than reading the saved page. The reader's own cache (src/reader/read-content.ts)
 * keeps what it read of the trust's unchanged files.
 */
import path from 'node:path';
import { entriesOfModel, type ContentEntry } from './content-entries.ts';
import { readContent } from './read-content.ts';
import { trustOfSavedFile } from './saved-file-trust.ts';

export class LiveReading {
  readonly #contentDir: string;
  readonly #trusts: string[];
  /** Each trust's entries, by its folder name. */
  readonly #byTrust = new Map<string, ContentEntry[]>();
  /** The trusts to read again before the next answer; every trust until the first reading. */
  #stale: Set<string> | 'every trust' = 'every trust';

  /**
   * @param contentDir absolute path of the folder holding one folder per trust
   * @param trusts the trusts to read; every trust when empty
   */
  constructor(contentDir: string, trusts: string[]) {
    this.#contentDir = path.resolve(contentDir);
    this.#trusts = trusts;
  }

  /**
   * A file was added, changed or removed (any path; those outside the content folder are
   * ignored). A file inside a trust's folder makes that trust stale; one directly in the content
   * folder (or the folder itself) makes every trust stale.
   * @returns whether the file is in the content this reading covers
   */
  changed(file: string): boolean {
    const trust = trustOfSavedFile(this.#contentDir, file);
    if (trust === undefined) return false;
    if (trust === 'every trust') {
      this.#stale = 'every trust';
      return true;
    }
    if (this.#trusts.length > 0 && !this.#trusts.includes(trust)) return false;
    if (this.#stale !== 'every trust') this.#stale.add(trust);
    return true;
  }

  /** Reads every trust again on the next answer (for example when Astro loads the collections afresh). */
  forget(): void {
    this.#stale = 'every trust';
  }

  /** Every entry of the selected trusts, in the order of their folder names, as the files now are. */
  entries(): ContentEntry[] {
    const displayRoot = path.dirname(this.#contentDir);
    const stale = this.#stale;
    this.#stale = new Set();
    if (stale === 'every trust') this.#byTrust.clear();
    const slugs = stale === 'every trust' ? this.#trusts : [...stale];
    if (stale !== 'every trust' && slugs.length === 0) return this.#all();
    for (const slug of slugs) this.#byTrust.delete(slug);
    const model = readContent({ contentDir: this.#contentDir, displayRoot, trusts: slugs });
    for (const trust of model.trusts) this.#byTrust.set(trust.slug, entriesOfModel({ ...model, trusts: [trust] }));
    return this.#all();
  }

  #all(): ContentEntry[] {
    return [...this.#byTrust.keys()].sort().flatMap((slug) => this.#byTrust.get(slug)!);
  }
}
