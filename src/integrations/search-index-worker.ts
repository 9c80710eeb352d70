/**
 * Builds the search index in a worker thread (started by src/integrations/search-index.ts), so
 * the pages' augmentation garbage stays in a small heap of its own (src/integrations/worker-job.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, closePagefind, type BuildIndexOptions } from '../build/pagefind-index.ts';

try {
  parentPort?.postMessage(await buildSearchIndex(workerData as BuildIndexOptions));
} finally {
  // Pagefind's Node API runs its binary as a child service: stop it, or the worker never exits.
  await closePagefind();
}
