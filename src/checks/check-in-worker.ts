/**
 * Runs the content check in a worker thread (./check-worker.ts), for the build
 * (src/publishing/fleet-build.ts: one check beside the render) and for `npm run dev`
 * (src/integrations/dev-content-check.ts: one worker for the server's life, a check per save).
 */
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from './check-content.ts';
import type { Problem } from './problem.ts';

export interface CheckWorker {
  check(options: CheckOptions): Promise<Problem[]>;
  stop(): Promise<number>;
}

export function startCheckWorker(): CheckWorker {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url));
  // Whoever started it decides when the process ends, not this worker.
  worker.unref();
  let nextId = 0;
  const waiting = new Map<number, { resolve: (problems: Problem[]) => void; reject: (error: Error) => void }>();
  worker.on('message', ({ id, problems, error }: { id: number; problems?: Problem[]; error?: string }) => {
    const request = waiting.get(id);
    waiting.delete(id);
    if (error !== undefined) request?.reject(new Error(error));
    else request?.resolve(problems ?? []);
  });
  const failAll = (error: Error) => {
    for (const request of waiting.values()) request.reject(error);
    waiting.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The content check's worker thread ended unexpectedly (exit code ${code}).`)));
  return {
    check(options) {
      return new Promise((resolve, reject) => {
        const id = (nextId += 1);
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, options });
      });
    },
    stop: () => worker.terminate(),
  };
}
