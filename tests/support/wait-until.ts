/**
 * Waits sized for a loaded 2-core machine: by the clock, not by a count of tries, so a slow
 * answer does not use up the wait; and long enough for a server to start while builds run
 * beside it. tests/waits.test.ts holds every test to this.
 */

/** Long enough for a server (nginx, an emulator, `astro dev`) to start on a loaded 2-core machine. */
export const SERVER_START_MS = 120_000;

/**
 * Calls `attempt` until it returns something other than undefined, and returns that. A thrown
 * error counts as "not yet" (a server not listening yet) unless `stop` says to give up (its
 * process has ended); when the time is up, the last error is thrown, with `describe()` if given.
 */
export async function waitUntil<T>(
  attempt: () => Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number; stop?: () => string | undefined; describe?: () => string } = {},
): Promise<T> {
  const { timeoutMs = SERVER_START_MS, intervalMs = 200 } = options;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    const stopped = options.stop?.();
    if (stopped !== undefined) throw new Error(`${stopped}${options.describe ? `\n${options.describe()}` : ''}`, { cause: last });
    if (Date.now() >= deadline)
      throw new Error(`Still waiting after ${timeoutMs / 1000} s${options.describe ? `:\n${options.describe()}` : '.'}`, { cause: last });
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The response from `url` once the server answers at all (any status). */
export function firstAnswer(url: string, options: Parameters<typeof waitUntil>[1] = {}): Promise<Response> {
  return waitUntil(() => fetch(url, { signal: AbortSignal.timeout(30_000) }), options);
}
