/**
 * What is worked out from a file (a picture's size, a logo's text for the share card), kept
 * while the file's size and modification time stay the same. A build works each out once;
 * `astro dev` works it out again once the file is replaced, so a logo swapped while the
 * preview runs shows its own size and share card on the reload the save brings, without
 * restarting the preview. Looking at the file's size and time costs far less than reading it.
 */
import { statSync } from 'node:fs';

export class FileMemo<T> {
  readonly #known = new Map<string, { size: number; mtimeMs: number; value: T }>();
  readonly #workOut: (file: string) => T;

  /** @param workOut what to keep for a file, given its absolute path (called again only when the file changed) */
  constructor(workOut: (file: string) => T) {
    this.#workOut = workOut;
  }

  /** The value for a file as it is now; a missing file is worked out too (the check reports it). */
  get(file: string): T {
    const stats = statSync(file, { throwIfNoEntry: false });
    const size = stats?.size ?? -1;
    const mtimeMs = stats?.mtimeMs ?? -1;
    const known = this.#known.get(file);
    if (known && known.size === size && known.mtimeMs === mtimeMs) return known.value;
    const value = this.#workOut(file);
    this.#known.set(file, { size, mtimeMs, value });
    return value;
  }
}
