/**
 * Runs the content check in a worker thread (./check-worker.ts), for `npm run dev`
 * (src/integrations/dev-content-check.ts: one worker for the server's life, a check per save)
 * and for a build (src/integrations/content-loader.ts: a share of the fleet judged beside the main thread).
 */
import { Worker } from 'node:worker_threads';
import type { ContentEntry } from '../reader/content-entries.ts';
import type { CheckOptions } from './check-content.ts';
import type { Problem } from '../problems/problem.ts';

export interface Judged {
  problems: Problem[];
  /** The content layer's entries of what was read (when asked for). */
  entries: ContentEntry[];
}

export interface CheckWorker {
  check(options: CheckOptions): Promise<Problem[]>;
  /** Reads and checks, and sends back the entries read as well. */
  judge(options: CheckOptions): Promise<Judged>;
  stop(): Promise<number>;
}

export function startCheckWorker(): CheckWorker {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url));
  // Whoever started it decides when the process ends, not this worker.
  worker.unref();
  let nextId = 0;
  const waiting = new Map<number, { resolve: (judged: Judged) => void; reject: (error: Error) => void }>();
  worker.on(
    'message',
    ({ id, problems, entries, error }: { id: number; problems?: Problem[]; entries?: ContentEntry[]; error?: string }) => {
      const request = waiting.get(id);
      waiting.delete(id);
      if (error !== undefined) request?.reject(new Error(error));
      else request?.resolve({ problems: problems ?? [], entries: entries ?? [] });
    },
  );
  const failAll = (error: Error) => {
    for (const request of waiting.values()) request.reject(error);
    waiting.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The content check's worker thread ended unexpectedly (exit code ${code}).`)));
  const ask = (options: CheckOptions, entries: boolean) =>
    new Promise<Judged>((resolve, reject) => {
      const id = (nextId += 1);
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, options, entries });
    });
  return {
    check: async (options) => (await ask(options, false)).problems,
    judge: (options) => ask(options, true),
    stop: () => worker.terminate(),
  };
}
