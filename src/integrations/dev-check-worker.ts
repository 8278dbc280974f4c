/**
 * The content check for `npm run dev`, in a worker thread that lives as long as the dev
 * server: most of the check is synchronous (reading and parsing a trust's files), and on
 * the server's own thread it held up Astro storing the saved page and answering requests.
 * Receives { id, options } and posts { id, problems } or { id, error }.
 */
import { parentPort } from 'node:worker_threads';
import { checkContent, type CheckOptions } from '../checks/check-content.ts';

parentPort!.on('message', async ({ id, options }: { id: number; options: CheckOptions }) => {
  try {
    parentPort!.postMessage({ id, problems: await checkContent(options) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
