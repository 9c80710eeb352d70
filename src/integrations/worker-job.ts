/**
 * One job in a worker thread: the worker posts one message, its answer; a throw or an exit before
 * it rejects. The build's heavy steps run so (the record archive, the search index): in a heap of
 * their own, their garbage is collected as they go, where the build's own heap (the rendered
 * site's data, over a gigabyte at 10,000 releases) would let it pile up first.
 */
import { Worker } from 'node:worker_threads';

export function workerJob<T>(entry: URL, data: unknown, exitText: (code: number) => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: data });
    worker.once('message', (answer: T) => resolve(answer));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(exitText(code))));
  });
}
