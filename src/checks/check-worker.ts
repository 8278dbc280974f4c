/**
 * The content check in a worker thread (started by ./check-in-worker.ts). Most of the check
 * is synchronous (reading and parsing a trust's files): in a build it runs on the second core
 * while Astro renders on the first, and in `npm run dev` it stays off the server's thread,
 * where it held up Astro storing the saved page and answering requests.
 * Receives { id, options } and posts { id, problems } or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import { checkContent, type CheckOptions } from './check-content.ts';

parentPort!.on('message', async ({ id, options }: { id: number; options: CheckOptions }) => {
  try {
    parentPort!.postMessage({ id, problems: await checkContent(options) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
