/**
 * The content check in a worker thread (started by ./check-in-worker.ts). Most of the check
 * is synchronous (reading and judging a trust's files): in `npm run dev` it stays off the
 * server's thread, where it held up Astro storing the saved page and answering requests, and
 * in a build a share of the fleet is read and judged here while the content loader does the
 * rest on the main thread (src/integrations/content-loader.ts).
 * Receives { id, options, entries } and posts { id, problems, entries } or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import { readContent } from '../reader/read-content.ts';
import { entriesOfModel } from '../reader/content-entries.ts';
import { checkModel, type CheckOptions } from './check-content.ts';

interface Request {
  id: number;
  options: CheckOptions;
  entries?: boolean;
}

async function answer({ id, options, entries }: Request): Promise<void> {
  try {
    const model = readContent(options);
    const problems = await checkModel(model, options);
    parentPort!.postMessage({ id, problems, ...(entries ? { entries: entriesOfModel(model) } : {}) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

// One check at a time, answered in the order asked: the document checks wait on files, and a check started
// before a save could otherwise answer after the check of that save, so the live preview showed the older verdict
// (a mistake it had just reported seemed corrected, and its page a 404).
let queue = Promise.resolve();
parentPort!.on('message', (request: Request) => {
  queue = queue.then(() => answer(request));
});
