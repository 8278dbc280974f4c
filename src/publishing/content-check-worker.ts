/**
 * Runs the content check in a worker thread, so it uses the second core while Astro
 * renders on the first (see fleet-build.ts). Posts the problems found.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, type CheckOptions } from '../checks/check-content.ts';

parentPort!.postMessage(await checkContent(workerData as CheckOptions));
